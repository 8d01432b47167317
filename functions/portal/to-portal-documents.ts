import type { bids, invoices } from '../../db/schema'
import type { LineItem } from '../documents/line-items'
import { invoiceStanding } from '../invoices/standing'
import { PortalInvoiceSummary, PortalQuoteSummary, type PortalLine } from './schemas'

type BidRow = Pick<typeof bids.$inferSelect, 'id' | 'number' | 'title' | 'status' | 'totalCents' | 'sentAt' | 'validUntil' | 'acceptedAt' | 'declinedAt'>
type InvoiceRow = Pick<typeof invoices.$inferSelect, 'id' | 'number' | 'status' | 'issueDate' | 'dueDate' | 'totalCents' | 'amountPaidCents'>

/**
 * Where a quote stands for the homeowner on `today`: a sent quote past its valid-until day is
 * expired (it can no longer be signed), whatever the stored state says. Drafts never reach here.
 */
export function portalQuoteStatus(row: Pick<BidRow, 'status' | 'validUntil'>, today: string): PortalQuoteSummary['status'] {
  if (row.status === 'draft') throw new Error('a draft quote reached the portal')
  return row.status === 'sent' && row.validUntil !== null && row.validUntil < today ? 'expired' : row.status
}

export const toPortalQuoteSummary = (row: BidRow, today: string): PortalQuoteSummary =>
  PortalQuoteSummary.parse({
    id: row.id,
    number: row.number,
    title: row.title,
    status: portalQuoteStatus(row, today),
    totalCents: row.totalCents,
    sentAt: row.sentAt?.toISOString() ?? null,
    validUntil: row.validUntil,
    decidedAt: (row.status === 'accepted' ? row.acceptedAt : row.status === 'declined' ? row.declinedAt : null)?.toISOString() ?? null,
  })

/** An invoice in the homeowner's list: `overdue` when open and past its due date, as in the CRM. */
export function toPortalInvoiceSummary(row: InvoiceRow, today: string): PortalInvoiceSummary {
  const { displayStatus, balanceCents } = invoiceStanding(row, today)
  if (displayStatus === 'draft') throw new Error('a draft invoice reached the portal')
  return PortalInvoiceSummary.parse({ ...row, status: displayStatus, balanceCents })
}

/** A bid or invoice line as the homeowner reads it: no line type, no ids. */
export const toPortalLine = (line: LineItem): PortalLine => ({
  description: line.description,
  quantity: line.quantity,
  unit: line.unit,
  unitPriceCents: line.unitPriceCents,
  totalCents: line.totalCents,
})
