import type { Tx } from '../../db/client'
import { invoices } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { addDays, todayIso } from '../documents/dates'
import { priceLines } from '../documents/line-items'
import { requireCustomer, requireJob } from '../documents/references'
import { saveLineItems } from '../documents/save-line-items'
import { ApiError } from '../lib/errors'
import { nextDocumentNumber } from '../lib/numbering'
import { getInvoice } from './get-invoice'
import type { Invoice, InvoiceInput } from './schemas'

/** Payment terms when no due date is given. */
export const DEFAULT_TERMS_DAYS = 30

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  input: InvoiceInput
  /** The accepted bid this invoice bills (set when converting a bid). */
  bidId?: string | null
  /** Set by Z's confirmed intents: the invoice must then be reviewed before it is sent. */
  createdByAi?: boolean
  requestId?: string
}

/** Refuses a due date before the issue date. */
export function assertDueAfterIssue(issueDate: string, dueDate: string) {
  if (dueDate < issueDate) {
    throw new ApiError('validation_failed', 'The due date is before the issue date.', { details: [{ path: 'dueDate', message: `Must be on or after ${issueDate}.` }] })
  }
}

/**
 * Creates a draft invoice with the next number (`INV-0001`), issued today unless given and due
 * 30 days after issue unless given, with totals computed from its lines.
 */
export async function createInvoice({ tx, companyId, actorUserId, input, bidId = null, createdByAi = false, requestId }: Options): Promise<Invoice> {
  await requireCustomer(tx, companyId, input.customerId)
  if (input.jobId) await requireJob(tx, companyId, input.jobId, input.customerId)
  const issueDate = input.issueDate ?? todayIso()
  const dueDate = input.dueDate ?? addDays(issueDate, DEFAULT_TERMS_DAYS)
  assertDueAfterIssue(issueDate, dueDate)
  const { lines, totals } = priceLines(input.lines, input.discountCents, input.taxRateBps)
  const number = await nextDocumentNumber(tx, companyId, 'invoice')
  const [row] = await tx
    .insert(invoices)
    .values({
      companyId,
      customerId: input.customerId,
      jobId: input.jobId ?? null,
      bidId,
      number,
      issueDate,
      dueDate,
      notes: input.notes ?? null,
      ...totals,
      createdByAi,
      createdBy: actorUserId,
    })
    .returning({ id: invoices.id })
  if (!row) throw new Error('insert returned no row')
  await saveLineItems({ tx, companyId, document: { kind: 'invoice', id: row.id }, lines })
  await recordAudit({ tx, companyId, actorUserId, action: 'invoice.create', entityType: 'invoice', entityId: row.id, changes: { number, totalCents: totals.totalCents, bidId, createdByAi }, requestId })
  return getInvoice({ tx, companyId, invoiceId: row.id })
}
