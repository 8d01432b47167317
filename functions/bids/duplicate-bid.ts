import type { Tx } from '../../db/client'
import { lineAsInput } from '../documents/line-items'
import { createBid } from './create-bid'
import { getBid } from './get-bid'
import type { Bid } from './schemas'

type Options = { tx: Tx; companyId: string; actorUserId: string; bidId: string; requestId?: string }

/**
 * A new draft with the next number and the same customer, job, lines, discount, tax and notes,
 * whatever state the original is in (the usual way to revise a sent or declined bid). The copy
 * is a person's work: not flagged as Z's, not yet reviewed.
 */
export async function duplicateBid({ tx, companyId, actorUserId, bidId, requestId }: Options): Promise<Bid> {
  const source = await getBid({ tx, companyId, bidId })
  return createBid({
    tx,
    companyId,
    actorUserId,
    requestId,
    input: {
      customerId: source.customerId,
      jobId: source.jobId,
      title: source.title,
      trade: source.trade,
      jobCategory: source.jobCategory,
      validUntil: null,
      notes: source.notes,
      lines: source.lines.map(lineAsInput),
      discountCents: source.discountCents,
      taxRateBps: source.taxRateBps,
    },
  })
}
