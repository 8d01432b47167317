import type { Tx } from '../../db/client'
import type { bids } from '../../db/schema'
import { assertReadyToSend } from '../documents/assert-ready-to-send'
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
  await assertReadyToSend({ tx, kind: 'bid', row })
}
