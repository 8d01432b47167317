import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { bids, customers, type bidStatuses } from '../../db/schema'
import type { BidSummary } from './schemas'
import { toBidSummary } from './to-bid'
import { containsPattern } from '../lib/search'

type Options = {
  tx: Tx
  companyId: string
  status?: (typeof bidStatuses)[number]
  customerId?: string
  /** Case-insensitive match on number, title or customer name. */
  search?: string
  page: number
  pageSize: number
}

/** One page of the company's bids, newest first, with the total for pagination. */
export async function listBids({ tx, companyId, status, customerId, search, page, pageSize }: Options) {
  const filters: SQL[] = [eq(bids.companyId, companyId)]
  if (status) filters.push(eq(bids.status, status))
  if (customerId) filters.push(eq(bids.customerId, customerId))
  if (search) {
    const pattern = containsPattern(search)
    filters.push(or(ilike(bids.number, pattern), ilike(bids.title, pattern), ilike(customers.name, pattern))!)
  }
  const where = and(...filters)
  const [rows, [totals]] = await Promise.all([
    tx
      .select({ bid: bids, customer: { id: customers.id, name: customers.name, email: customers.email } })
      .from(bids)
      .innerJoin(customers, eq(customers.id, bids.customerId))
      .where(where)
      .orderBy(desc(bids.createdAt), desc(bids.number))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ total: count() }).from(bids).innerJoin(customers, eq(customers.id, bids.customerId)).where(where),
  ])
  const data: BidSummary[] = rows.map((r) => toBidSummary(r.bid, r.customer))
  return { data, page, pageSize, total: totals?.total ?? 0 }
}
