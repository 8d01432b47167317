import type { Tx } from '../../db/client'
import { priceDocumentEdit } from '../documents/price-document-edit'
import { requireEditedReferences } from '../documents/references'
import { saveDocumentChange } from '../documents/save-document-change'
import { ApiError } from '../lib/errors'
import { findBidRow } from './find-bid-row'
import { getBid } from './get-bid'
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
  const { jobId } = await requireEditedReferences(tx, companyId, row, patch)
  const document = { kind: 'bid', id: row.id } as const
  const edit = await priceDocumentEdit({ tx, companyId, document, stored: row, patch, jobId })
  await saveDocumentChange({ tx, companyId, actorUserId, update: { ...document, set: edit.set }, action: 'update', changes: edit.changes, requestId })
  return getBid({ tx, companyId, bidId: row.id })
}
