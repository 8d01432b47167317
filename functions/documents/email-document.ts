import { recordAudit } from '../audit/record-audit'
import { ApiError } from '../lib/errors'
import type { OutboxEmail } from '../outbox/schemas'
import { toOutboxEmail } from '../outbox/to-outbox-email'
import type { DocumentKind } from './document-ref'
import { contactLine, type PrintedCustomer } from './format'
import type { Letterhead } from './pdf'
import { sendDocumentEmail, type DocumentSender } from './send-document'
import { updateDocumentRow } from './update-document-row'

type Options = DocumentSender & {
  kind: DocumentKind
  /** The bid or invoice as stored before sending, locked by the caller. */
  row: { id: string; status: string }
  /** The PDF and who it is for and from, as printed (see printDocument). */
  printed: { customer: PrintedCustomer; letterhead: Letterhead; bytes: Uint8Array; fileName: string }
  subject: string
  /** The paragraphs between the greeting and the signature. */
  message: string[]
  /** A closing line above the company's name, e.g. `Thank you for your business,`. */
  signOff?: string
}

/** The email's text: greeting, message, then the company's name and contact line. */
function emailText(customerName: string, letterhead: Letterhead, message: string[], signOff?: string): string {
  const lines = [`Hello ${customerName},`, '', ...message, '', ...(signOff ? [signOff] : []), letterhead.name]
  const contact = contactLine(letterhead, ' | ')
  if (contact) lines.push(contact)
  return lines.join('\n')
}

/**
 * Emails a bid's or invoice's PDF to its customer through the outbox and, once the mailer
 * accepts it, marks a draft `sent`. When the mailer refuses, the document stays as it was and
 * the outbox keeps the failed attempt; the audit log records `<kind>.send` or
 * `<kind>.send_failed` either way. A customer without an email address is a 422 and nothing is
 * sent.
 */
export async function emailDocument({ kind, row, printed, subject, message, signOff, ...sender }: Options): Promise<{ email: OutboxEmail; marksSent: boolean }> {
  const { tx, companyId, actorUserId, requestId } = sender
  const { customer, letterhead } = printed
  if (!customer.email) {
    throw new ApiError('validation_failed', `${customer.name} has no email address. Add one to the customer, then send the ${kind}.`, {
      details: [{ path: 'customer.email', message: 'The customer needs an email address.' }],
    })
  }
  const email = await sendDocumentEmail({
    ...sender,
    documentId: row.id,
    to: customer.email,
    subject,
    text: emailText(customer.name, letterhead, message, signOff),
    attachment: { name: printed.fileName, bytes: printed.bytes },
    replyTo: letterhead.email,
    fromName: letterhead.name,
  })
  const marksSent = email.status === 'sent' && row.status === 'draft'
  if (marksSent) {
    const now = new Date()
    await updateDocumentRow(tx, { kind, id: row.id, set: { status: 'sent', sentAt: now, updatedAt: now } })
  }
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: email.status === 'sent' ? `${kind}.send` : `${kind}.send_failed`,
    entityType: kind,
    entityId: row.id,
    changes: { emailId: email.id, to: customer.email, from: row.status, ...(email.error ? { error: email.error } : {}) },
    requestId,
  })
  return { email: toOutboxEmail(email), marksSent }
}
