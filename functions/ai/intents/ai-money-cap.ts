import { ApiError } from '../../lib/errors'
import { documentTotals, formatCents } from '../../lib/money'
import type { DescribedLine } from './parse/lines'

/** The most a bid or invoice drafted by Z may total: $50,000.00. Larger ones are made by a person in the editor. */
export const AI_DOCUMENT_CAP_CENTS = 5_000_000

export type CappedDocument = 'bid' | 'invoice'

/** The document's total exactly as the bid and invoice services compute it (no discount or tax on a draft from Z). */
export const draftTotalCents = (lines: DescribedLine[]) => documentTotals(lines, 0, 0).totalCents

/** What Z says when a drafted document would exceed the cap. */
export const overCapMessage = (kind: CappedDocument, totalCents: number) =>
  `That ${kind} comes to ${formatCents(totalCents)}, above the ${formatCents(AI_DOCUMENT_CAP_CENTS)} Z may draft. ` +
  `Create it in the ${kind} editor (${kind === 'bid' ? 'Bids' : 'Invoices'} → New ${kind}), where you enter and check each line yourself.`

/** Refuses, at execution, a drafted document over the cap, whatever was stored at proposal. */
export function assertWithinAiCap(kind: CappedDocument, lines: DescribedLine[]): void {
  const totalCents = draftTotalCents(lines)
  if (totalCents > AI_DOCUMENT_CAP_CENTS) {
    throw new ApiError('validation_failed', overCapMessage(kind, totalCents), {
      details: [{ path: 'lines', message: `The total must not exceed ${formatCents(AI_DOCUMENT_CAP_CENTS)} for a ${kind} drafted by Z.` }],
    })
  }
}
