import { count, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { bidLineItems, type bids } from '../../db/schema'
import { ApiError } from '../lib/errors'

type Options = {
  tx: Tx
  row: typeof bids.$inferSelect
  /** Sending again an already-sent bid re-delivers it; recording it as sent needs a draft. */
  allowResend: boolean
}

/**
 * Refuses to send a bid that is not a draft (409), that Z drafted and no person has reviewed
 * (409), or that has no lines (422).
 */
export async function assertBidSendable({ tx, row, allowResend }: Options): Promise<void> {
  const allowed = allowResend ? ['draft', 'sent'] : ['draft']
  if (!allowed.includes(row.status)) {
    throw new ApiError('conflict', `Only ${allowed.join(' or ')} bids can be sent; ${row.number} is ${row.status}.`)
  }
  if (row.createdByAi && !row.reviewedBy) {
    throw new ApiError('conflict', `${row.number} was drafted by Z: review it (POST /bids/${row.id}/review) before it goes to the customer.`)
  }
  const [lines] = await tx.select({ n: count() }).from(bidLineItems).where(eq(bidLineItems.bidId, row.id))
  if (!lines?.n) throw new ApiError('validation_failed', `${row.number} has no lines. Add at least one before sending it.`)
}
