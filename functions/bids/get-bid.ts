import { asc, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers, invoices } from '../../db/schema'
import { loadLineItems } from '../documents/load-line-items'
import { findBidRow } from './find-bid-row'
import type { Bid } from './schemas'
import { toBid } from './to-bid'

type Options = { tx: Tx; companyId: string; bidId: string }

/** One bid with its customer, lines and the invoices made from it. */
export async function getBid({ tx, companyId, bidId }: Options): Promise<Bid> {
  const row = await findBidRow({ tx, companyId, bidId })
  const [[customer], lines, madeInvoices] = await Promise.all([
    tx.select({ id: customers.id, name: customers.name, email: customers.email }).from(customers).where(eq(customers.id, row.customerId)),
    loadLineItems(tx, { kind: 'bid', id: row.id }),
    tx
      .select({ id: invoices.id, number: invoices.number, status: invoices.status })
      .from(invoices)
      .where(eq(invoices.bidId, row.id))
      .orderBy(asc(invoices.createdAt)),
  ])
  if (!customer) throw new Error(`bid ${row.id} has no readable customer`)
  return toBid(row, customer, lines, madeInvoices)
}
