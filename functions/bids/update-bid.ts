import { asc, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { bidLineItems, bids } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { lineAsInput, priceLines, toLineItem } from '../documents/line-items'
import { requireCustomer, requireJob } from '../documents/references'
import { ApiError } from '../lib/errors'
import { findBidRow } from './find-bid-row'
import { getBid } from './get-bid'
import { saveBidLines } from './save-bid-lines'
import type { Bid, BidPatch } from './schemas'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  bidId: string
  /** Only the fields present change; `lines` replaces every line. */
  patch: BidPatch
  requestId?: string
}

/**
 * Edits a draft bid and recomputes its totals. A bid that has been sent is an offer the
 * customer holds, so it is never edited (409): duplicate it instead.
 */
export async function updateBid({ tx, companyId, actorUserId, bidId, patch, requestId }: Options): Promise<Bid> {
  const row = await findBidRow({ tx, companyId, bidId, forUpdate: true })
  if (row.status !== 'draft') {
    throw new ApiError('conflict', `Only draft bids can be edited; ${row.number} is ${row.status}. Duplicate it to make a new version.`)
  }
  const customerId = patch.customerId ?? row.customerId
  if (patch.customerId) await requireCustomer(tx, companyId, patch.customerId)
  const jobId = patch.jobId === undefined ? row.jobId : patch.jobId
  if (jobId && (patch.jobId || patch.customerId)) await requireJob(tx, companyId, jobId, customerId)

  const repricing = patch.lines !== undefined || patch.discountCents !== undefined || patch.taxRateBps !== undefined
  let totals = {}
  if (repricing) {
    const lines =
      patch.lines ??
      (await tx.select().from(bidLineItems).where(eq(bidLineItems.bidId, row.id)).orderBy(asc(bidLineItems.position))).map((line) => lineAsInput(toLineItem(line)))
    const priced = priceLines(lines, patch.discountCents ?? row.discountCents, patch.taxRateBps ?? row.taxRateBps)
    totals = priced.totals
    if (patch.lines) await saveBidLines({ tx, companyId, bidId: row.id, lines: priced.lines })
  }
  const { lines: _lines, ...fields } = patch
  await tx
    .update(bids)
    .set({ ...fields, jobId, ...totals, updatedAt: new Date() })
    .where(eq(bids.id, row.id))
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'bid.update',
    entityType: 'bid',
    entityId: row.id,
    changes: { ...fields, ...(patch.lines ? { lines: patch.lines.length } : {}), ...totals },
    requestId,
  })
  return getBid({ tx, companyId, bidId: row.id })
}
