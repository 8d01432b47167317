import type { Tx } from '../../db/client'
import type { invoices } from '../../db/schema'
import { saveDocumentChange } from '../documents/save-document-change'
import { formatCents } from '../lib/money'
import { ApiError } from '../lib/errors'
import { assertInvoiceSendable } from './assert-invoice-sendable'
import { findInvoiceRow } from './find-invoice-row'
import { getInvoice } from './get-invoice'
import type { Invoice } from './schemas'

export type InvoiceAction = 'mark_sent' | 'void'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  invoiceId: string
  action: InvoiceAction
  /** Why it was voided, for the audit log. */
  reason?: string | null
  requestId?: string
}

/**
 * The manual steps of the invoice state machine (`partial` and `paid` follow payments):
 * `mark_sent` records a draft handed over outside ZAFTO; `void` cancels a draft or an unpaid
 * sent invoice. Money already received must be reversed first (delete the payments), so a
 * partly paid or paid invoice is never voided (409).
 */
export async function changeInvoiceStatus({ tx, companyId, actorUserId, invoiceId, action, reason, requestId }: Options): Promise<Invoice> {
  const row = await findInvoiceRow({ tx, companyId, invoiceId, forUpdate: true })
  const now = new Date()
  let change: Partial<typeof invoices.$inferInsert>
  if (action === 'mark_sent') {
    await assertInvoiceSendable({ tx, row, allowResend: false })
    change = { status: 'sent', sentAt: now }
  } else {
    if (row.status === 'void') throw new ApiError('conflict', `${row.number} is already void.`)
    if (row.status === 'paid' || row.status === 'partial' || row.amountPaidCents > 0) {
      throw new ApiError(
        'conflict',
        `${row.number} has ${formatCents(row.amountPaidCents)} in payments and cannot be voided. Refund the customer and delete the payments first.`,
      )
    }
    change = { status: 'void', voidedAt: now }
  }
  await saveDocumentChange({
    tx,
    companyId,
    actorUserId,
    update: { kind: 'invoice', id: row.id, set: { ...change, updatedAt: now } },
    action,
    changes: { from: row.status, to: change.status, ...(reason ? { reason } : {}) },
    requestId,
  })
  return getInvoice({ tx, companyId, invoiceId: row.id })
}
