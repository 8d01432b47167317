import { and, eq, gte, lte, type SQL } from 'drizzle-orm'
import { expenses } from '../../db/schema'
import type { ExpenseCategory } from './schemas'

export type ExpenseFilter = {
  /** First day, inclusive (`YYYY-MM-DD`). */
  from?: string
  /** Last day, inclusive (`YYYY-MM-DD`). */
  to?: string
  category?: ExpenseCategory
  jobId?: string
}

/** The WHERE clause shared by the list, its total and the expense report. */
export function expenseWhere(companyId: string, { from, to, category, jobId }: ExpenseFilter): SQL {
  const filters: SQL[] = [eq(expenses.companyId, companyId)]
  if (from) filters.push(gte(expenses.incurredOn, from))
  if (to) filters.push(lte(expenses.incurredOn, to))
  if (category) filters.push(eq(expenses.category, category))
  if (jobId) filters.push(eq(expenses.jobId, jobId))
  return and(...filters)!
}
