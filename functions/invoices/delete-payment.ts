import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { invoices, payments } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { notFound } from '../lib/errors'
import { findInvoiceRow } from './find-invoice-row'
import { getInvoice } from './get-invoice'
import type { Invoice } from './schemas'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  invoiceId: string
  paymentId: string
  requestId?: string
}

/**
 * Reverses a payment recorded by mistake (or refunded): removes it and puts the invoice back to
 * `partial` or `sent`, in one transaction with the invoice row locked.
 */
export async function deletePayment({ tx, companyId, actorUserId, invoiceId, paymentId, requestId }: Options): Promise<Invoice> {
  const row = await findInvoiceRow({ tx, companyId, invoiceId, forUpdate: true })
  const [payment] = await tx
    .delete(payments)
    .where(and(eq(payments.id, paymentId), eq(payments.invoiceId, row.id), eq(payments.companyId, companyId)))
    .returning()
  if (!payment) throw notFound('Payment')
  const amountPaidCents = row.amountPaidCents - payment.amountCents
  await tx
    .update(invoices)
    .set({ amountPaidCents, status: amountPaidCents > 0 ? 'partial' : 'sent', paidAt: null, updatedAt: new Date() })
    .where(eq(invoices.id, row.id))
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'payment.delete',
    entityType: 'invoice',
    entityId: row.id,
    changes: { paymentId: payment.id, amountCents: payment.amountCents, method: payment.method, paidOn: payment.paidOn },
    requestId,
  })
  return getInvoice({ tx, companyId, invoiceId: row.id })
}
