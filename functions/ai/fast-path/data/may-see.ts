import { can } from '../../../lib/permissions'
import type { FastContext } from '../fast-context'

/**
 * What a person may be told from the company's records: the REST permission of their role
 * (so Z never shows what the API would refuse) and, for business data, the owner's Layer 6
 * visibility settings on top.
 */
export const maySee = {
  jobs: (ctx: FastContext) => ctx.role !== null && can(ctx.role, 'jobs:read'),
  customers: (ctx: FastContext) => ctx.role !== null && can(ctx.role, 'customers:read'),
  ownHours: (ctx: FastContext) => ctx.role !== null && can(ctx.role, 'time:clock'),
  /** Balances, due dates and payments are the customer's payment history. */
  invoices: (ctx: FastContext) => ctx.role !== null && can(ctx.role, 'invoices:read') && ctx.mask.customer_payment_history,
  bids: (ctx: FastContext) => ctx.role !== null && can(ctx.role, 'bids:read'),
  /** What the company quotes is pricing intelligence. */
  bidAmounts: (ctx: FastContext) => ctx.role !== null && can(ctx.role, 'prices:read') && ctx.mask.pricing_intelligence,
  leads: (ctx: FastContext) => ctx.role !== null && can(ctx.role, 'leads:read'),
  /** A lead's estimated value is a revenue figure. */
  leadValues: (ctx: FastContext) => ctx.role !== null && can(ctx.role, 'leads:read') && ctx.mask.revenue_data,
  /** Other people's clocked hours are employee performance data. */
  teamHours: (ctx: FastContext) => ctx.role !== null && can(ctx.role, 'time:read_all') && ctx.mask.employee_performance,
}
