import type { Tx } from '../../db/client'
import type { invoices } from '../../db/schema'
import { assertReadyToSend } from '../documents/assert-ready-to-send'
import { ApiError } from '../lib/errors'

type Options = {
  tx: Tx
  row: typeof invoices.$inferSelect
  /** Emailing an open invoice again (a reminder) is allowed; recording it as sent needs a draft. */
  allowResend: boolean
}

/**
 * Refuses to send an invoice that is paid or void (or, for a first send, not a draft) with a
 * 409, one Z drafted that no person has reviewed (409), or one without lines (422).
 */
export async function assertInvoiceSendable({ tx, row, allowResend }: Options): Promise<void> {
  const allowed = allowResend ? ['draft', 'sent', 'partial'] : ['draft']
  if (!allowed.includes(row.status)) {
    throw new ApiError('conflict', `Only ${allowed.join(', ')} invoices can be sent; ${row.number} is ${row.status}.`)
  }
  await assertReadyToSend({ tx, kind: 'invoice', row })
}
