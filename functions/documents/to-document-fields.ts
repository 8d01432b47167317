import type { bids, invoices } from '../../db/schema'
import type { CustomerRef } from './references'

type Row = typeof bids.$inferSelect | typeof invoices.$inferSelect

/**
 * The summary fields a bid and an invoice show alike: number, customer and job, totals, review
 * and timestamps. Each to-* mapper adds its own (status first among them) and parses the whole
 * through its schema, which also sets the order of the keys.
 */
export const documentFields = (row: Row, customer: CustomerRef) => ({
  id: row.id,
  number: row.number,
  customerId: row.customerId,
  customer,
  jobId: row.jobId,
  subtotalCents: row.subtotalCents,
  discountCents: row.discountCents,
  taxRateBps: row.taxRateBps,
  taxCents: row.taxCents,
  totalCents: row.totalCents,
  createdByAi: row.createdByAi,
  reviewedBy: row.reviewedBy,
  sentAt: row.sentAt?.toISOString() ?? null,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})
