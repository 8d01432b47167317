import { count, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { invoiceLineItems, type invoices } from '../../db/schema'
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
  if (row.createdByAi && !row.reviewedBy) {
    throw new ApiError('conflict', `${row.number} was drafted by Z: review it (POST /invoices/${row.id}/review) before it goes to the customer.`)
  }
  const [lines] = await tx.select({ n: count() }).from(invoiceLineItems).where(eq(invoiceLineItems.invoiceId, row.id))
  if (!lines?.n) throw new ApiError('validation_failed', `${row.number} has no lines. Add at least one before sending it.`)
}
