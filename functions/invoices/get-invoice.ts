import { asc, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { bids, customers, payments } from '../../db/schema'
import { todayIso } from '../documents/dates'
import { loadLineItems } from '../documents/load-line-items'
import { findInvoiceRow } from './find-invoice-row'
import type { Invoice } from './schemas'
import { toInvoice, toPayment } from './to-invoice'

type Options = { tx: Tx; companyId: string; invoiceId: string; today?: string }

/** One invoice with its customer, lines, payments (oldest first) and source bid. */
export async function getInvoice({ tx, companyId, invoiceId, today = todayIso() }: Options): Promise<Invoice> {
  const row = await findInvoiceRow({ tx, companyId, invoiceId })
  const [[customer], lines, paid, [bid]] = await Promise.all([
    tx.select({ id: customers.id, name: customers.name, email: customers.email }).from(customers).where(eq(customers.id, row.customerId)),
    loadLineItems(tx, { kind: 'invoice', id: row.id }),
    tx.select().from(payments).where(eq(payments.invoiceId, row.id)).orderBy(asc(payments.paidOn), asc(payments.createdAt)),
    row.bidId ? tx.select({ id: bids.id, number: bids.number }).from(bids).where(eq(bids.id, row.bidId)) : Promise.resolve([]),
  ])
  if (!customer) throw new Error(`invoice ${row.id} has no readable customer`)
  return toInvoice(row, { customer, lines, payments: paid.map(toPayment), bid: bid ?? null }, today)
}
