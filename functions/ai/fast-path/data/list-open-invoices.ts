import { and, asc, count, eq, gte, inArray, lt, sql } from 'drizzle-orm'
import type { Tx } from '../../../../db/client'
import { customers, invoices } from '../../../../db/schema'
import { invoiceFilters } from '../../../invoices/invoice-filters'
import { openStatuses } from '../../../invoices/standing'
import { toInvoiceSummary } from '../../../invoices/to-invoice'
import type { InvoiceSummary } from '../../../invoices/schemas'

type Options = {
  tx: Tx
  companyId: string
  /** `YYYY-MM-DD` in the person's time zone: an invoice due before it is overdue. */
  today: string
  /** Only those past their due date; else every sent or partly paid one. */
  overdueOnly: boolean
  /** One customer's only. */
  customerId?: string
  /** Due on these days: `from` included, `to` excluded (`YYYY-MM-DD`). */
  dueBetween?: { from: string; to: string }
  limit: number
}

/**
 * Invoices still expecting money, the longest overdue first, with how many there are and
 * what they still owe in total — the invoice list's own filters, in two queries.
 */
export async function listOpenInvoices({ tx, companyId, today, overdueOnly, customerId, dueBetween, limit }: Options): Promise<{ data: InvoiceSummary[]; total: number; balanceCents: number }> {
  const where = and(
    overdueOnly ? invoiceFilters(companyId, { status: 'overdue', customerId }, today) : and(invoiceFilters(companyId, { customerId }, today), inArray(invoices.status, [...openStatuses])),
    dueBetween ? and(gte(invoices.dueDate, dueBetween.from), lt(invoices.dueDate, dueBetween.to)) : undefined,
  )
  const [rows, [totals]] = await Promise.all([
    tx
      .select({ invoice: invoices, customer: { id: customers.id, name: customers.name, email: customers.email } })
      .from(invoices)
      .innerJoin(customers, eq(customers.id, invoices.customerId))
      .where(where)
      .orderBy(sql`${invoices.dueDate} asc nulls last`, asc(invoices.number))
      .limit(limit),
    tx
      .select({ total: count(), balance: sql<number>`coalesce(sum(${invoices.totalCents} - ${invoices.amountPaidCents}), 0)`.mapWith(Number) })
      .from(invoices)
      .innerJoin(customers, eq(customers.id, invoices.customerId))
      .where(where),
  ])
  return {
    data: rows.map((r) => toInvoiceSummary(r.invoice, r.customer, today)),
    total: totals?.total ?? 0,
    balanceCents: totals?.balance ?? 0,
  }
}
