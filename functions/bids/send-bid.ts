import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { bids } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { printedDate } from '../documents/dates'
import type { Letterhead } from '../documents/pdf'
import { sendDocumentEmail } from '../documents/send-document'
import { ApiError } from '../lib/errors'
import type { Mailer } from '../lib/mail'
import { formatCents } from '../lib/money'
import type { Storage } from '../lib/storage'
import { toOutboxEmail } from '../outbox/to-outbox-email'
import type { OutboxEmail } from '../outbox/schemas'
import { assertBidSendable } from './assert-bid-sendable'
import { buildBidPdf } from './build-bid-pdf'
import { findBidRow } from './find-bid-row'
import { getBid } from './get-bid'
import type { Bid } from './schemas'

/** The message that goes with the PDF. */
function emailText(bid: Bid, customerName: string, letterhead: Letterhead): string {
  const lines = [`Hello ${customerName},`, '', `Please find attached bid ${bid.number}${bid.title ? ` for ${bid.title}` : ''}, totaling ${formatCents(bid.totalCents)}.`]
  if (bid.validUntil) lines.push(`The prices are valid until ${printedDate(bid.validUntil)}.`)
  lines.push('Reply to this email with any questions, or to accept the bid.', '', letterhead.name)
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
  bidId: string
  requestId?: string
}

/**
 * Emails the bid's PDF to the customer through the outbox and, once the mailer accepts it,
 * marks a draft `sent`. Sending a sent bid again re-delivers it. When the mailer refuses, the
 * bid stays as it was and the outbox keeps the failed attempt with the reason.
 */
export async function sendBid({ tx, storage, mailer, companyId, actorUserId, bidId, requestId }: Options): Promise<{ bid: Bid; email: OutboxEmail }> {
  const row = await findBidRow({ tx, companyId, bidId, forUpdate: true })
  await assertBidSendable({ tx, row, allowResend: true })
  const { bid, customer, letterhead, bytes, fileName } = await buildBidPdf({ tx, storage, companyId, bidId })
  if (!customer.email) {
    throw new ApiError('validation_failed', `${customer.name} has no email address. Add one to the customer, then send the bid.`, {
      details: [{ path: 'customer.email', message: 'The customer needs an email address.' }],
    })
  }
  const email = await sendDocumentEmail({
    tx,
    storage,
    mailer,
    companyId,
    actorUserId,
    documentId: bid.id,
    to: customer.email,
    subject: `Bid ${bid.number} from ${letterhead.name}${bid.title ? `: ${bid.title}` : ''}`,
    text: emailText(bid, customer.name, letterhead),
    attachment: { name: fileName, bytes },
    replyTo: letterhead.email,
    fromName: letterhead.name,
    requestId,
  })
  const marksSent = email.status === 'sent' && row.status === 'draft'
  if (marksSent) {
    const now = new Date()
    await tx.update(bids).set({ status: 'sent', sentAt: now, updatedAt: now }).where(eq(bids.id, row.id))
  }
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: email.status === 'sent' ? 'bid.send' : 'bid.send_failed',
    entityType: 'bid',
    entityId: row.id,
    changes: { emailId: email.id, to: customer.email, from: row.status, ...(email.error ? { error: email.error } : {}) },
    requestId,
  })
  return { bid: marksSent ? await getBid({ tx, companyId, bidId }) : bid, email: toOutboxEmail(email) }
}
