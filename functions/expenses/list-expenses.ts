import { asc, count, desc, sum } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { expenses } from '../../db/schema'
import { integerFrom } from '../lib/sql-values'
import { expenseWhere, type ExpenseFilter } from './expense-filter'
import type { ExpenseList } from './schemas'
import { selectExpenses } from './select-expenses'
import { toExpense } from './to-expense'

type Options = ExpenseFilter & {
  tx: Tx
  companyId: string
  page: number
  pageSize: number
}

/**
 * One page of expenses the caller may see (a tech: their own), newest first, with the count
 * and the sum of everything the filter matches, and the same period's totals per category
 * (ignoring the category filter, so a breakdown shows every category at once).
 */
export async function listExpenses({ tx, companyId, page, pageSize, ...filter }: Options): Promise<ExpenseList> {
  const where = expenseWhere(companyId, filter)
  const [rows, [totals], byCategory] = await Promise.all([
    selectExpenses(tx)
      .where(where)
      .orderBy(desc(expenses.incurredOn), desc(expenses.createdAt), desc(expenses.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ total: count(), totalCents: sum(expenses.amountCents) }).from(expenses).where(where),
    tx
      .select({ category: expenses.category, count: count(), totalCents: sum(expenses.amountCents) })
      .from(expenses)
      .where(expenseWhere(companyId, { ...filter, category: undefined }))
      .groupBy(expenses.category)
      .orderBy(asc(expenses.category)),
  ])
  return {
    data: rows.map(toExpense),
    page,
    pageSize,
    total: totals?.total ?? 0,
    totalCents: integerFrom(totals?.totalCents),
    byCategory: byCategory.map((row) => ({ category: row.category, count: row.count, totalCents: integerFrom(row.totalCents) })),
  }
}
