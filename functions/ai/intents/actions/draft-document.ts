import { z } from '@hono/zod-openapi'
import { formatCents } from '../../../lib/money'
import { AI_DOCUMENT_CAP_CENTS, draftTotalCents, overCapMessage, type CappedDocument } from '../ai-money-cap'
import type { ProposalContext, Translation } from '../intent-action'
import { findAmounts } from '../parse/money'
import { readLines, type DescribedLine } from '../parse/lines'
import { quoted, trimPhrase } from '../parse/text'
import { resolveParty } from '../resolve/resolve-party'

/** Bids and invoices Z drafts: who for, and lines read from the message. */

const DraftLine = z
  .object({
    description: z.string().trim().min(1).max(500),
    quantity: z.string().regex(/^\d{1,9}(\.\d{1,3})?$/),
    unitPriceCents: z.number().int().min(0).max(100_000_000, { error: 'A line is limited to $1,000,000.00 per unit.' }),
  })
  .strict()

export const DraftParams = z
  .object({
    customerId: z.uuid(),
    customerName: z.string(),
    jobId: z.uuid().nullable(),
    jobTitle: z.string().nullable(),
    lines: z.array(DraftLine).min(1).max(50, { error: 'Z drafts at most 50 lines; use the editor for more.' }),
  })
  .strict()
export type DraftParams = z.output<typeof DraftParams>

/**
 * "Jane Parker: panel $3,200 and permit $150", "Jane Parker with panel $3,200",
 * "Jane Parker $450 for the service call" → who it is for, and the priced words.
 */
function splitRequest(text: string): { party: string; priced: string } {
  const colon = text.indexOf(':')
  if (colon >= 0) return { party: text.slice(0, colon), priced: text.slice(colon + 1) }
  const firstAmount = findAmounts(text)[0]?.index ?? text.length
  const withWord = /\s+(?:with|including|covering)\s+/i.exec(text.slice(0, firstAmount))
  if (withWord) return { party: text.slice(0, withWord.index), priced: text.slice(withWord.index + withWord[0].length) }
  return { party: text.slice(0, firstAmount), priced: text.slice(firstAmount) }
}

const example = (kind: CappedDocument, name: string) =>
  kind === 'bid' ? `"draft a bid for ${name}: 200A panel upgrade $3,200 and permit $150"` : `"invoice ${name} $450 for the service call"`

/**
 * Reads who a drafted bid or invoice is for and its lines, resolving the customer (or job)
 * through the caller's queries; asks for whatever is missing, and refuses above the cap.
 */
export async function translateDraft(kind: CappedDocument, context: ProposalContext, text: string): Promise<Translation> {
  const { party: partyPhrase, priced } = splitRequest(text)
  if (!trimPhrase(partyPhrase)) return { clarify: `Who is the ${kind} for? e.g. ${example(kind, 'Jane Parker')}.` }
  const party = await resolveParty(context.tx, context.companyId, partyPhrase)
  if (!('found' in party)) return party
  const { lines, undescribedCents } = readLines(priced)
  const name = party.found.customerName
  if (undescribedCents !== null) return { clarify: `What is the ${formatCents(undescribedCents)} for? Say it with the amount, e.g. ${example(kind, name)}.` }
  if (lines.length === 0) return { clarify: `What should the ${kind} for ${name} include? Give each line with its price, e.g. ${example(kind, name)}.` }
  const totalCents = draftTotalCents(lines)
  if (totalCents > AI_DOCUMENT_CAP_CENTS) return { redirect: overCapMessage(kind, totalCents) }
  return { params: { ...party.found, lines } }
}

/** "Create bid for Jane Parker: 2 lines, total $3,350.00 (drafted by Z, needs your review before sending)". */
export function summarizeDraft(kind: CappedDocument, { customerName, jobTitle, lines }: DraftParams): string {
  const job = jobTitle ? ` (job ${quoted(jobTitle)})` : ''
  const count = `${lines.length} line${lines.length === 1 ? '' : 's'}`
  return `Create ${kind} for ${customerName}${job}: ${count}, total ${formatCents(draftTotalCents(lines))} (drafted by Z, needs your review before sending)`
}

/** The drafted lines as the bid and invoice services take them. */
export const serviceLines = (lines: DescribedLine[]) => lines.map(({ description, quantity, unitPriceCents }) => ({ description, quantity, unitPriceCents }))
