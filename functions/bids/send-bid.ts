import { eq } from 'drizzle-orm'
import { bids } from '../../db/schema'
import { printedDate } from '../documents/dates'
import { emailDocument } from '../documents/email-document'
import type { DocumentSender } from '../documents/send-document'
import { formatCents } from '../lib/money'
import type { OutboxEmail } from '../outbox/schemas'
import { assertBidSendable } from './assert-bid-sendable'
import { buildBidPdf } from './build-bid-pdf'
import { findBidRow } from './find-bid-row'
import { getBid } from './get-bid'
import type { Bid } from './schemas'

type Options = DocumentSender & { bidId: string }

/**
 * Emails the bid's PDF to the customer through the outbox and, once the mailer accepts it,
 * marks a draft `sent`. Sending a sent bid again re-delivers it and, the first time, records
 * the follow-up (`followedUpAt`; follow-ups feed the anonymous win-rate patterns). When the
 * mailer refuses, the bid stays as it was and the outbox keeps the failed attempt.
 */
export async function sendBid({ bidId, ...sender }: Options): Promise<{ bid: Bid; email: OutboxEmail }> {
  const { tx, storage, companyId } = sender
  const row = await findBidRow({ tx, companyId, bidId, forUpdate: true })
  await assertBidSendable({ tx, row, allowResend: true })
  const { bid, ...printed } = await buildBidPdf({ tx, storage, companyId, bidId })
  const { email, marksSent } = await emailDocument({
    ...sender,
    kind: 'bid',
    row,
    printed,
    subject: `Bid ${bid.number} from ${printed.letterhead.name}${bid.title ? `: ${bid.title}` : ''}`,
    message: [
      `Please find attached bid ${bid.number}${bid.title ? ` for ${bid.title}` : ''}, totaling ${formatCents(bid.totalCents)}.`,
      ...(bid.validUntil ? [`The prices are valid until ${printedDate(bid.validUntil)}.`] : []),
      'Reply to this email with any questions, or to accept the bid.',
    ],
  })
  const followsUp = email.status === 'sent' && row.status === 'sent' && !row.followedUpAt
  if (followsUp) await tx.update(bids).set({ followedUpAt: new Date() }).where(eq(bids.id, bidId))
  return { bid: marksSent || followsUp ? await getBid({ tx, companyId, bidId }) : bid, email }
}
