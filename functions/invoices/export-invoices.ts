import { asc, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers, invoices } from '../../db/schema'
import { todayIso } from '../documents/dates'
import { toCsv } from '../lib/csv'
import { invoiceFilters } from './invoice-filters'
import type { InvoiceFilter } from './schemas'
import { invoiceStanding } from './standing'

type Options = InvoiceFilter & { tx: Tx; companyId: string; today?: string }

/** `1234.50` from 123450: a plain number a spreadsheet sums without parsing currency. */
const dollars = (cents: number) => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`

type Row = { invoice: typeof invoices.$inferSelect; customerName: string; customerEmail: string | null }

/** The company's invoices (with the list's filters) as CSV, oldest number first. */
export async function exportInvoices({ tx, companyId, today = todayIso(), ...filter }: Options): Promise<string> {
  const rows: Row[] = await tx
    .select({ invoice: invoices, customerName: customers.name, customerEmail: customers.email })
    .from(invoices)
    .innerJoin(customers, eq(customers.id, invoices.customerId))
    .where(invoiceFilters(companyId, filter, today))
    .orderBy(asc(invoices.createdAt), asc(invoices.number))
  return toCsv<Row>(
    [
      { header: 'number', value: (r) => r.invoice.number },
      { header: 'customer', value: (r) => r.customerName },
      { header: 'customer_email', value: (r) => r.customerEmail },
      { header: 'status', value: (r) => invoiceStanding(r.invoice, today).displayStatus },
      { header: 'issue_date', value: (r) => r.invoice.issueDate },
      { header: 'due_date', value: (r) => r.invoice.dueDate },
      { header: 'subtotal', value: (r) => dollars(r.invoice.subtotalCents) },
      { header: 'discount', value: (r) => dollars(r.invoice.discountCents) },
      { header: 'tax', value: (r) => dollars(r.invoice.taxCents) },
      { header: 'total', value: (r) => dollars(r.invoice.totalCents) },
      { header: 'paid', value: (r) => dollars(r.invoice.amountPaidCents) },
      { header: 'balance', value: (r) => dollars(invoiceStanding(r.invoice, today).balanceCents) },
      { header: 'sent_at', value: (r) => r.invoice.sentAt },
      { header: 'paid_at', value: (r) => r.invoice.paidAt },
    ],
    rows,
  )
}
