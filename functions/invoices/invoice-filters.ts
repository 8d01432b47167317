import { and, eq, ilike, inArray, lt, or, type SQL } from 'drizzle-orm'
import { customers, invoices } from '../../db/schema'
import type { InvoiceFilter } from './schemas'
import { openStatuses } from './standing'
import { containsPattern } from '../lib/search'

/**
 * The WHERE clause for a list or export of invoices (joined with customers). `overdue` is the
 * derived state: sent or partly paid with a due date before `today`.
 */
export function invoiceFilters(companyId: string, filter: InvoiceFilter, today: string): SQL | undefined {
  const filters: SQL[] = [eq(invoices.companyId, companyId)]
  if (filter.status === 'overdue') {
    filters.push(inArray(invoices.status, [...openStatuses]), lt(invoices.dueDate, today))
  } else if (filter.status) {
    filters.push(eq(invoices.status, filter.status))
  }
  if (filter.customerId) filters.push(eq(invoices.customerId, filter.customerId))
  if (filter.jobId) filters.push(eq(invoices.jobId, filter.jobId))
  if (filter.search) {
    const pattern = containsPattern(filter.search)
    filters.push(or(ilike(invoices.number, pattern), ilike(customers.name, pattern))!)
  }
  return and(...filters)
}
