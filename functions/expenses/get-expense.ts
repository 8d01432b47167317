import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { expenses } from '../../db/schema'
import { notFound } from '../lib/errors'
import type { Expense } from './schemas'
import { selectExpenses } from './select-expenses'
import { toExpense } from './to-expense'

type Options = {
  tx: Tx
  companyId: string
  expenseId: string
}

/** One expense the caller may see (a tech: only their own); anything else is not found. */
export async function getExpense({ tx, companyId, expenseId }: Options): Promise<Expense> {
  const [row] = await selectExpenses(tx).where(and(eq(expenses.id, expenseId), eq(expenses.companyId, companyId)))
  if (!row) throw notFound('Expense')
  return toExpense(row)
}
