import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { invoices } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { printedDate } from '../documents/dates'
import type { Letterhead } from '../documents/pdf'
import { sendDocumentEmail } from '../documents/send-document'
import { ApiError } from '../lib/errors'
import type { Mailer } from '../lib/mail'
import { formatCents } from '../lib/money'
import type { Storage } from '../lib/storage'
import type { OutboxEmail } from '../outbox/schemas'
import { toOutboxEmail } from '../outbox/to-outbox-email'
import { assertInvoiceSendable } from './assert-invoice-sendable'
import { buildInvoicePdf } from './build-invoice-pdf'
import { findInvoiceRow } from './find-invoice-row'
import { getInvoice } from './get-invoice'
import type { Invoice } from './schemas'

/** The message that goes with the PDF: what is owed and by when. */
function emailText(invoice: Invoice, customerName: string, letterhead: Letterhead): string {
  const reminder = invoice.status !== 'draft'
  const lines = [
    `Hello ${customerName},`,
    '',
    reminder
      ? `This is a reminder about invoice ${invoice.number}. The balance due is ${formatCents(invoice.balanceCents)}${invoice.dueDate ? `, due ${printedDate(invoice.dueDate)}` : ''}.`
      : `Please find attached invoice ${invoice.number} for ${formatCents(invoice.totalCents)}${invoice.dueDate ? `, due ${printedDate(invoice.dueDate)}` : ''}.`,
    'Reply to this email with any questions.',
    '',
    'Thank you for your business,',
    letterhead.name,
  ]
  const contact = [letterhead.phone, letterhead.email].filter(Boolean).join(' | ')
  if (contact) lines.push(contact)
  return lines.join('\n')
}

type Options = {
  tx: Tx
  storage: Storage
  mailer: Mailer
  companyId: string
  actorUserId: string
  invoiceId: string
  requestId?: string
}

/**
 * Emails the invoice's PDF to the customer through the outbox and, once the mailer accepts it,
 * marks a draft `sent`. An open (sent or partly paid) invoice can be sent again as a reminder.
 * When the mailer refuses, the invoice stays as it was and the outbox keeps the failed attempt.
 */
export async function sendInvoice({ tx, storage, mailer, companyId, actorUserId, invoiceId, requestId }: Options): Promise<{ invoice: Invoice; email: OutboxEmail }> {
  const row = await findInvoiceRow({ tx, companyId, invoiceId, forUpdate: true })
  await assertInvoiceSendable({ tx, row, allowResend: true })
  const { invoice, customer, letterhead, bytes, fileName } = await buildInvoicePdf({ tx, storage, companyId, invoiceId })
  if (!customer.email) {
    throw new ApiError('validation_failed', `${customer.name} has no email address. Add one to the customer, then send the invoice.`, {
      details: [{ path: 'customer.email', message: 'The customer needs an email address.' }],
    })
  }
  const email = await sendDocumentEmail({
    tx,
    storage,
    mailer,
    companyId,
    actorUserId,
    documentId: invoice.id,
    to: customer.email,
    subject: `${row.status === 'draft' ? 'Invoice' : 'Reminder: invoice'} ${invoice.number} from ${letterhead.name}`,
    text: emailText(invoice, customer.name, letterhead),
    attachment: { name: fileName, bytes },
    replyTo: letterhead.email,
    fromName: letterhead.name,
    requestId,
  })
  const marksSent = email.status === 'sent' && row.status === 'draft'
  if (marksSent) {
    const now = new Date()
    await tx.update(invoices).set({ status: 'sent', sentAt: now, updatedAt: now }).where(eq(invoices.id, row.id))
  }
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: email.status === 'sent' ? 'invoice.send' : 'invoice.send_failed',
    entityType: 'invoice',
    entityId: row.id,
    changes: { emailId: email.id, to: customer.email, from: row.status, ...(email.error ? { error: email.error } : {}) },
    requestId,
  })
  return { invoice: marksSent ? await getInvoice({ tx, companyId, invoiceId }) : invoice, email: toOutboxEmail(email) }
}
