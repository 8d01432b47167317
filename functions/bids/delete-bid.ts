import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { bids } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ApiError } from '../lib/errors'
import { findBidRow } from './find-bid-row'

type Options = { tx: Tx; companyId: string; actorUserId: string; bidId: string; requestId?: string }

/** Deletes a draft bid with its lines. A bid the customer has seen stays on record (409). */
export async function deleteBid({ tx, companyId, actorUserId, bidId, requestId }: Options): Promise<void> {
  const row = await findBidRow({ tx, companyId, bidId, forUpdate: true })
  if (row.status !== 'draft') {
    throw new ApiError('conflict', `Only draft bids can be deleted; ${row.number} is ${row.status}. Mark it declined or expired instead.`)
  }
  await tx.delete(bids).where(eq(bids.id, row.id))
  await recordAudit({ tx, companyId, actorUserId, action: 'bid.delete', entityType: 'bid', entityId: row.id, changes: { number: row.number, totalCents: row.totalCents }, requestId })
}
