import type { bids } from '../../db/schema'
import type { LineItem } from '../documents/line-items'
import type { CustomerRef } from '../documents/references'
import { documentFields } from '../documents/to-document-fields'
import { Bid, BidSummary } from './schemas'

type Row = typeof bids.$inferSelect

/** When the customer answered, for an accepted or declined bid; null before. */
const decidedAt = (row: Row) => (row.status === 'accepted' ? row.acceptedAt : row.status === 'declined' ? row.declinedAt : null)
/** Where: the portal records the content hash the homeowner saw; staff record no hash. */
const decidedVia = (row: Row) => (decidedAt(row) ? (row.signedContentHash ? 'client_portal' : 'crm') : null)

const summaryFields = (row: Row, customer: CustomerRef) => ({
  ...documentFields(row, customer),
  title: row.title,
  trade: row.trade,
  jobCategory: row.jobCategory,
  status: row.status,
  followedUpAt: row.followedUpAt?.toISOString() ?? null,
  validUntil: row.validUntil,
  acceptedAt: row.acceptedAt?.toISOString() ?? null,
  declinedAt: row.declinedAt?.toISOString() ?? null,
  declineReason: row.declineReason,
  decidedVia: decidedVia(row),
})

/**
 * The customer's answer: accepted or declined in the client portal (the portal records the
 * content hash the homeowner saw, with their typed name and address) or recorded by staff.
 */
function decisionOf(row: Row): Bid['decision'] {
  const at = decidedAt(row)
  const via = decidedVia(row)
  if (!at || !via) return null
  return {
    via,
    signedName: row.signedName,
    signedIp: row.signedIp,
    signedAt: at.toISOString(),
    declineReason: row.declineReason,
  }
}

/** A bid in a list: no lines. Parsed so nothing unlisted leaves. */
export const toBidSummary = (row: Row, customer: CustomerRef): BidSummary => BidSummary.parse(summaryFields(row, customer))

/** A whole bid: its lines and the invoices made from it. */
export const toBid = (
  row: Row,
  customer: CustomerRef,
  lines: LineItem[],
  invoices: { id: string; number: string; status: Bid['invoices'][number]['status'] }[],
): Bid => Bid.parse({ ...summaryFields(row, customer), decision: decisionOf(row), notes: row.notes, createdBy: row.createdBy, lines, invoices })
