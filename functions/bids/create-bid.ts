import type { Tx } from '../../db/client'
import { bids } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { priceLines } from '../documents/line-items'
import { requireCustomer, requireJob } from '../documents/references'
import { saveLineItems } from '../documents/save-line-items'
import { nextDocumentNumber } from '../lib/numbering'
import { getBid } from './get-bid'
import type { Bid, BidInput } from './schemas'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  input: BidInput
  /** Set by Z's confirmed intents: the bid must then be reviewed by a person before it is sent. */
  createdByAi?: boolean
  requestId?: string
}

/**
 * Creates a draft bid with the next number (`BID-0001`) and totals computed from its lines.
 * The customer (and job) must be the caller's company's.
 */
export async function createBid({ tx, companyId, actorUserId, input, createdByAi = false, requestId }: Options): Promise<Bid> {
  await requireCustomer(tx, companyId, input.customerId)
  if (input.jobId) await requireJob(tx, companyId, input.jobId, input.customerId)
  const { lines, totals } = priceLines(input.lines, input.discountCents, input.taxRateBps)
  const number = await nextDocumentNumber(tx, companyId, 'bid')
  const [row] = await tx
    .insert(bids)
    .values({
      companyId,
      customerId: input.customerId,
      jobId: input.jobId ?? null,
      number,
      title: input.title ?? null,
      trade: input.trade ?? null,
      jobCategory: input.jobCategory ?? null,
      validUntil: input.validUntil ?? null,
      notes: input.notes ?? null,
      ...totals,
      createdByAi,
      createdBy: actorUserId,
    })
    .returning({ id: bids.id })
  if (!row) throw new Error('insert returned no row')
  await saveLineItems({ tx, companyId, document: { kind: 'bid', id: row.id }, lines })
  await recordAudit({ tx, companyId, actorUserId, action: 'bid.create', entityType: 'bid', entityId: row.id, changes: { number, totalCents: totals.totalCents, createdByAi }, requestId })
  return getBid({ tx, companyId, bidId: row.id })
}
