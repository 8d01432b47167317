import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { bids } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ApiError } from '../lib/errors'
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
  if (row.status !== 'draft') throw new ApiError('conflict', `Only draft bids are reviewed before sending; ${row.number} is ${row.status}.`)
  await tx.update(bids).set({ reviewedBy: actorUserId, updatedAt: new Date() }).where(eq(bids.id, row.id))
  await recordAudit({ tx, companyId, actorUserId, action: 'bid.review', entityType: 'bid', entityId: row.id, changes: { createdByAi: row.createdByAi }, requestId })
  return getBid({ tx, companyId, bidId: row.id })
}
