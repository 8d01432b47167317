import type { Tx } from '../../db/client'
import type { bidStatuses } from '../../db/schema'
import { saveDocumentChange } from '../documents/save-document-change'
import { ApiError } from '../lib/errors'
import { assertBidSendable } from './assert-bid-sendable'
import { findBidRow } from './find-bid-row'
import { getBid } from './get-bid'
import type { Bid } from './schemas'

type BidStatus = (typeof bidStatuses)[number]

/**
 * The bid state machine: `draft → sent → accepted | declined | expired`. `mark_sent` records a
 * bid handed over outside ZAFTO (on paper, in person); `POST /bids/{id}/send` emails it.
 */
const transitions = {
  mark_sent: { from: 'draft', to: 'sent', verb: 'marked as sent' },
  accept: { from: 'sent', to: 'accepted', verb: 'accepted' },
  decline: { from: 'sent', to: 'declined', verb: 'declined' },
  expire: { from: 'sent', to: 'expired', verb: 'marked expired' },
} as const satisfies Record<string, { from: BidStatus; to: BidStatus; verb: string }>

export type BidAction = keyof typeof transitions

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  bidId: string
  action: BidAction
  /** Why the customer declined (decline only). */
  reason?: string | null
  requestId?: string
}

/** Moves a bid along its state machine and stamps when; anything else is a 409 saying what is allowed. */
export async function changeBidStatus({ tx, companyId, actorUserId, bidId, action, reason, requestId }: Options): Promise<Bid> {
  const row = await findBidRow({ tx, companyId, bidId, forUpdate: true })
  const step = transitions[action]
  if (action === 'mark_sent') await assertBidSendable({ tx, row, allowResend: false })
  else if (row.status !== step.from) {
    throw new ApiError('conflict', `A bid can be ${step.verb} only while it is ${step.from}; ${row.number} is ${row.status}.`)
  }
  const now = new Date()
  const stamps =
    action === 'mark_sent'
      ? { sentAt: now }
      : action === 'accept'
        ? { acceptedAt: now }
        : action === 'decline'
          ? { declinedAt: now, declineReason: reason ?? null }
          : {}
  await saveDocumentChange({
    tx,
    companyId,
    actorUserId,
    update: { kind: 'bid', id: row.id, set: { status: step.to, ...stamps, updatedAt: now } },
    action,
    changes: { from: row.status, to: step.to, ...(action === 'decline' && reason ? { reason } : {}) },
    requestId,
  })
  return getBid({ tx, companyId, bidId: row.id })
}
