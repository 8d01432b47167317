import { printedDate } from '../documents/dates'
import { emailDocument } from '../documents/email-document'
import type { DocumentSender } from '../documents/send-document'
import { formatCents } from '../lib/money'
import type { OutboxEmail } from '../outbox/schemas'
import { assertInvoiceSendable } from './assert-invoice-sendable'
import { buildInvoicePdf } from './build-invoice-pdf'
import { findInvoiceRow } from './find-invoice-row'
import { getInvoice } from './get-invoice'
import type { Invoice } from './schemas'

/** What is owed and by when: the whole invoice the first time, the balance in a reminder. */
function owedSentence(invoice: Invoice, reminder: boolean): string {
  const due = invoice.dueDate ? `, due ${printedDate(invoice.dueDate)}` : ''
  return reminder
    ? `This is a reminder about invoice ${invoice.number}. The balance due is ${formatCents(invoice.balanceCents)}${due}.`
    : `Please find attached invoice ${invoice.number} for ${formatCents(invoice.totalCents)}${due}.`
}

type Options = DocumentSender & { invoiceId: string }

/**
 * Emails the invoice's PDF to the customer through the outbox and, once the mailer accepts it,
 * marks a draft `sent`. An open (sent or partly paid) invoice can be sent again as a reminder.
 * When the mailer refuses, the invoice stays as it was and the outbox keeps the failed attempt.
 */
export async function sendInvoice({ invoiceId, ...sender }: Options): Promise<{ invoice: Invoice; email: OutboxEmail }> {
  const { tx, storage, companyId } = sender
  const row = await findInvoiceRow({ tx, companyId, invoiceId, forUpdate: true })
  await assertInvoiceSendable({ tx, row, allowResend: true })
  const { invoice, ...printed } = await buildInvoicePdf({ tx, storage, companyId, invoiceId })
  const { email, marksSent } = await emailDocument({
    ...sender,
    kind: 'invoice',
    row,
    printed,
    subject: `${row.status === 'draft' ? 'Invoice' : 'Reminder: invoice'} ${invoice.number} from ${printed.letterhead.name}`,
    message: [owedSentence(invoice, invoice.status !== 'draft'), 'Reply to this email with any questions.'],
    signOff: 'Thank you for your business,',
  })
  return { invoice: marksSent ? await getInvoice({ tx, companyId, invoiceId }) : invoice, email }
}
