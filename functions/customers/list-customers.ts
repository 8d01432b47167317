import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers } from '../../db/schema'
import type { Customer } from './schemas'
import { toCustomer } from './to-customer'
import { containsPattern } from '../lib/search'

type Options = {
  tx: Tx
  companyId: string
  /** Case-insensitive match on name, email or phone. */
  search?: string
  page: number
  pageSize: number
}

/** One page of the company's customers, by name, with the total for pagination. */
export async function listCustomers({ tx, companyId, search, page, pageSize }: Options) {
  const filters: SQL[] = [eq(customers.companyId, companyId)]
  if (search) {
    const pattern = containsPattern(search)
    filters.push(or(ilike(customers.name, pattern), ilike(customers.email, pattern), ilike(customers.phone, pattern))!)
  }
  const where = and(...filters)
  const [rows, [totals]] = await Promise.all([
    tx
      .select()
      .from(customers)
      .where(where)
      .orderBy(asc(customers.name), asc(customers.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ total: count() }).from(customers).where(where),
  ])
  const data: Customer[] = rows.map(toCustomer)
  return { data, page, pageSize, total: totals?.total ?? 0 }
}
