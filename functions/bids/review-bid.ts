import type { Tx } from '../../db/client'
import { reviewDocument } from '../documents/review-document'
import { findBidRow } from './find-bid-row'
import { getBid } from './get-bid'
import type { Bid } from './schemas'

type Options = { tx: Tx; companyId: string; actorUserId: string; bidId: string; requestId?: string }

/**
 * Records that a person checked a draft bid (required before a bid Z drafted can be sent).
 * The reviewer is the caller.
 */
export async function reviewBid({ tx, companyId, actorUserId, bidId, requestId }: Options): Promise<Bid> {
  const row = await findBidRow({ tx, companyId, bidId, forUpdate: true })
  await reviewDocument({ tx, companyId, actorUserId, kind: 'bid', row, requestId })
  return getBid({ tx, companyId, bidId: row.id })
}
