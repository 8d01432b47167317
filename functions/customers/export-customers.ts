import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers } from '../../db/schema'
import { toCsv } from '../lib/csv'
import { containsPattern } from '../lib/search'

type Options = {
  tx: Tx
  companyId: string
  /** Case-insensitive match on name, email or phone, as in the list. */
  search?: string
}

type Row = typeof customers.$inferSelect

/** Column headers match what the import recognises, so an export can be imported back. */
const columns: { header: string; value: (row: Row) => unknown }[] = [
  { header: 'Name', value: (r) => r.name },
  { header: 'Email', value: (r) => r.email },
  { header: 'Phone', value: (r) => r.phone },
  { header: 'Address', value: (r) => r.address },
  { header: 'Notes', value: (r) => r.notes },
  { header: 'Created', value: (r) => r.createdAt },
  { header: 'Customer ID', value: (r) => r.id },
]

/** The company's customers as CSV, by name; cells a spreadsheet would run are neutralised. */
export async function exportCustomers({ tx, companyId, search }: Options): Promise<string> {
  const filters: SQL[] = [eq(customers.companyId, companyId)]
  if (search) {
    const pattern = containsPattern(search)
    filters.push(or(ilike(customers.name, pattern), ilike(customers.email, pattern), ilike(customers.phone, pattern))!)
  }
  const rows = await tx
    .select()
    .from(customers)
    .where(and(...filters))
    .orderBy(asc(customers.name), asc(customers.id))
  return toCsv(columns, rows)
}
