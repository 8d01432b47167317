import type { invoices, payments } from '../../db/schema'
import type { LineItem } from '../documents/line-items'
import type { CustomerRef } from '../documents/references'
import { documentFields } from '../documents/to-document-fields'
import { Invoice, InvoiceSummary, Payment } from './schemas'
import { invoiceStanding } from './standing'

type Row = typeof invoices.$inferSelect

const summaryFields = (row: Row, customer: CustomerRef, today: string) => ({
  ...documentFields(row, customer),
  status: row.status,
  ...invoiceStanding(row, today),
  bidId: row.bidId,
  issueDate: row.issueDate,
  dueDate: row.dueDate,
  amountPaidCents: row.amountPaidCents,
  paidAt: row.paidAt?.toISOString() ?? null,
  voidedAt: row.voidedAt?.toISOString() ?? null,
})

/** The API's view of a payment. */
export const toPayment = (row: typeof payments.$inferSelect): Payment =>
  Payment.parse({
    id: row.id,
    invoiceId: row.invoiceId,
    amountCents: row.amountCents,
    method: row.method,
    paidOn: row.paidOn,
    reference: row.reference,
    notes: row.notes,
    recordedBy: row.recordedBy,
    createdAt: row.createdAt.toISOString(),
  })

/** An invoice in a list, standing computed for `today`. Parsed so nothing unlisted leaves. */
export const toInvoiceSummary = (row: Row, customer: CustomerRef, today: string): InvoiceSummary =>
  InvoiceSummary.parse(summaryFields(row, customer, today))

/** A whole invoice: lines, payments and the bid it came from. */
export const toInvoice = (
  row: Row,
  parts: { customer: CustomerRef; lines: LineItem[]; payments: Payment[]; bid: { id: string; number: string } | null },
  today: string,
): Invoice => Invoice.parse({ ...summaryFields(row, parts.customer, today), notes: row.notes, createdBy: row.createdBy, ...parts })
