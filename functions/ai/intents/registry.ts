import { clockInIntent } from './actions/clock-in'
import { clockOutIntent } from './actions/clock-out'
import { createBidIntent } from './actions/create-bid'
import { createCustomerIntent } from './actions/create-customer'
import { createExpenseIntent } from './actions/create-expense'
import { createInvoiceIntent } from './actions/create-invoice'
import { createJobIntent } from './actions/create-job'
import { recordPaymentIntent } from './actions/record-payment'
import { updateJobStatusIntent } from './actions/update-job-status'
import type { IntentAction } from './intent-action'

/**
 * Every write Z can propose, in the order messages are tried: the most specific phrasings
 * first ("start my clock on the Parker job" is clocking in, not starting the job; "paid ... on
 * INV-0012" is a payment, not an expense).
 */
export const intentActions: readonly IntentAction[] = [
  clockOutIntent,
  clockInIntent,
  recordPaymentIntent,
  createExpenseIntent,
  updateJobStatusIntent,
  createBidIntent,
  createInvoiceIntent,
  createJobIntent,
  createCustomerIntent,
]

/** The registry entry of a stored intent's action, if Z still knows it. */
export const findIntentAction = (action: string) => intentActions.find((entry) => entry.action === action)
