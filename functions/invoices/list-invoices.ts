import { count, desc, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers, invoices } from '../../db/schema'
import { todayIso } from '../documents/dates'
import { invoiceFilters } from './invoice-filters'
import type { InvoiceFilter, InvoiceSummary } from './schemas'
import { toInvoiceSummary } from './to-invoice'

type Options = InvoiceFilter & {
  tx: Tx
  companyId: string
  page: number
  pageSize: number
  today?: string
}

/** One page of the company's invoices, newest first, with the total for pagination. */
export async function listInvoices({ tx, companyId, page, pageSize, today = todayIso(), ...filter }: Options) {
  const where = invoiceFilters(companyId, filter, today)
  const [rows, [totals]] = await Promise.all([
    tx
      .select({ invoice: invoices, customer: { id: customers.id, name: customers.name, email: customers.email } })
      .from(invoices)
      .innerJoin(customers, eq(customers.id, invoices.customerId))
      .where(where)
      .orderBy(desc(invoices.createdAt), desc(invoices.number))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ total: count() }).from(invoices).innerJoin(customers, eq(customers.id, invoices.customerId)).where(where),
  ])
  const data: InvoiceSummary[] = rows.map((r) => toInvoiceSummary(r.invoice, r.customer, today))
  return { data, page, pageSize, total: totals?.total ?? 0 }
}
