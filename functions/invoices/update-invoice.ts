import { asc, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { invoiceLineItems, invoices } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { lineAsInput, priceLines, toLineItem } from '../documents/line-items'
import { requireCustomer, requireJob } from '../documents/references'
import { ApiError } from '../lib/errors'
import { assertDueAfterIssue } from './create-invoice'
import { findInvoiceRow } from './find-invoice-row'
import { getInvoice } from './get-invoice'
import { saveInvoiceLines } from './save-invoice-lines'
import type { Invoice, InvoicePatch } from './schemas'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  invoiceId: string
  /** Only the fields present change; `lines` replaces every line. */
  patch: InvoicePatch
  requestId?: string
}

/** What may still change once the customer has the invoice: its notes and a later due date. */
const editableWhenOpen = new Set(['notes', 'dueDate'])

/**
 * Edits an invoice and recomputes its totals. A draft changes freely; a sent or partly paid
 * invoice only its notes and due date (409 for anything else: void it and issue a new one);
 * a paid or void invoice not at all.
 */
export async function updateInvoice({ tx, companyId, actorUserId, invoiceId, patch, requestId }: Options): Promise<Invoice> {
  const row = await findInvoiceRow({ tx, companyId, invoiceId, forUpdate: true })
  if (row.status === 'paid' || row.status === 'void') {
    throw new ApiError('conflict', `${row.number} is ${row.status} and can no longer be edited.`)
  }
  if (row.status !== 'draft') {
    const locked = Object.keys(patch).filter((key) => patch[key as keyof InvoicePatch] !== undefined && !editableWhenOpen.has(key))
    if (locked.length > 0) {
      throw new ApiError('conflict', `${row.number} has been sent: only its notes and due date can change (not ${locked.join(', ')}). Void it and issue a new invoice to change the lines or amounts.`)
    }
  }
  const customerId = patch.customerId ?? row.customerId
  if (patch.customerId) await requireCustomer(tx, companyId, patch.customerId)
  const jobId = patch.jobId === undefined ? row.jobId : patch.jobId
  if (jobId && (patch.jobId || patch.customerId)) await requireJob(tx, companyId, jobId, customerId)
  const issueDate = patch.issueDate ?? row.issueDate
  const dueDate = patch.dueDate ?? row.dueDate
  if (issueDate && dueDate) assertDueAfterIssue(issueDate, dueDate)

  let totals = {}
  if (patch.lines !== undefined || patch.discountCents !== undefined || patch.taxRateBps !== undefined) {
    const lines =
      patch.lines ??
      (await tx.select().from(invoiceLineItems).where(eq(invoiceLineItems.invoiceId, row.id)).orderBy(asc(invoiceLineItems.position))).map((line) =>
        lineAsInput(toLineItem(line)),
      )
    const priced = priceLines(lines, patch.discountCents ?? row.discountCents, patch.taxRateBps ?? row.taxRateBps)
    totals = priced.totals
    if (patch.lines) await saveInvoiceLines({ tx, companyId, invoiceId: row.id, lines: priced.lines })
  }
  const { lines: _lines, ...fields } = patch
  await tx
    .update(invoices)
    .set({ ...fields, jobId, ...totals, updatedAt: new Date() })
    .where(eq(invoices.id, row.id))
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'invoice.update',
    entityType: 'invoice',
    entityId: row.id,
    changes: { ...fields, ...(patch.lines ? { lines: patch.lines.length } : {}), ...totals },
    requestId,
  })
  return getInvoice({ tx, companyId, invoiceId: row.id })
}
