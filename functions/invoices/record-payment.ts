import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { invoices, payments } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { addDays, todayIso } from '../documents/dates'
import { ApiError } from '../lib/errors'
import { formatCents } from '../lib/money'
import { findInvoiceRow } from './find-invoice-row'
import { getInvoice } from './get-invoice'
import type { Invoice, Payment, PaymentInput } from './schemas'
import { toPayment } from './to-invoice'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  invoiceId: string
  input: PaymentInput
  requestId?: string
}

/**
 * Records money received against an invoice and moves it to `partial` or `paid` in the same
 * transaction. The invoice row is locked first, so two payments at once cannot both pass the
 * balance check. Refused: drafts and void invoices (409), amounts above the balance (422).
 */
export async function recordPayment({ tx, companyId, actorUserId, invoiceId, input, requestId }: Options): Promise<{ payment: Payment; invoice: Invoice }> {
  const row = await findInvoiceRow({ tx, companyId, invoiceId, forUpdate: true })
  if (row.status === 'draft') throw new ApiError('conflict', `${row.number} is still a draft. Send it (or mark it sent) before recording payments.`)
  if (row.status === 'void') throw new ApiError('conflict', `${row.number} is void; it takes no payments.`)
  if (row.status === 'paid') throw new ApiError('conflict', `${row.number} is already paid in full.`)
  const balance = row.totalCents - row.amountPaidCents
  if (input.amountCents > balance) {
    throw new ApiError('validation_failed', `The payment is more than what is owed. Balance is ${formatCents(balance)}.`, {
      details: [{ path: 'amountCents', message: `Must not exceed the balance of ${formatCents(balance)}.` }],
    })
  }
  const today = todayIso()
  const paidOn = input.paidOn ?? today
  // One day of slack: the payer's calendar may already be on tomorrow.
  if (paidOn > addDays(today, 1)) {
    throw new ApiError('validation_failed', 'A payment cannot be dated in the future.', { details: [{ path: 'paidOn', message: `Must be on or before ${today}.` }] })
  }
  const [payment] = await tx
    .insert(payments)
    .values({
      companyId,
      invoiceId: row.id,
      amountCents: input.amountCents,
      method: input.method,
      paidOn,
      reference: input.reference ?? null,
      notes: input.notes ?? null,
      recordedBy: actorUserId,
    })
    .returning()
  if (!payment) throw new Error('insert returned no row')
  const amountPaidCents = row.amountPaidCents + input.amountCents
  const paidInFull = amountPaidCents === row.totalCents
  const now = new Date()
  await tx
    .update(invoices)
    .set({ amountPaidCents, status: paidInFull ? 'paid' : 'partial', paidAt: paidInFull ? now : null, updatedAt: now })
    .where(eq(invoices.id, row.id))
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'payment.record',
    entityType: 'invoice',
    entityId: row.id,
    changes: { paymentId: payment.id, amountCents: input.amountCents, method: input.method, paidOn, balanceCents: row.totalCents - amountPaidCents },
    requestId,
  })
  return { payment: toPayment(payment), invoice: await getInvoice({ tx, companyId, invoiceId: row.id, today }) }
}
