import type { bids } from '../../db/schema'
import type { LineItem } from '../documents/line-items'
import type { CustomerRef } from '../documents/references'
import { Bid, BidSummary } from './schemas'

type Row = typeof bids.$inferSelect

const summaryFields = (row: Row, customer: CustomerRef) => ({
  id: row.id,
  number: row.number,
  title: row.title,
  status: row.status,
  customerId: row.customerId,
  customer,
  jobId: row.jobId,
  validUntil: row.validUntil,
  subtotalCents: row.subtotalCents,
  discountCents: row.discountCents,
  taxRateBps: row.taxRateBps,
  taxCents: row.taxCents,
  totalCents: row.totalCents,
  createdByAi: row.createdByAi,
  reviewedBy: row.reviewedBy,
  sentAt: row.sentAt?.toISOString() ?? null,
  acceptedAt: row.acceptedAt?.toISOString() ?? null,
  declinedAt: row.declinedAt?.toISOString() ?? null,
  declineReason: row.declineReason,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
})

/** A bid in a list: no lines. Parsed so nothing unlisted leaves. */
export const toBidSummary = (row: Row, customer: CustomerRef): BidSummary => BidSummary.parse(summaryFields(row, customer))

/** A whole bid: its lines and the invoices made from it. */
export const toBid = (
  row: Row,
  customer: CustomerRef,
  lines: LineItem[],
  invoices: { id: string; number: string; status: Bid['invoices'][number]['status'] }[],
): Bid => Bid.parse({ ...summaryFields(row, customer), notes: row.notes, createdBy: row.createdBy, lines, invoices })
