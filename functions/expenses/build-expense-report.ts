import { count, desc, sum } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { expenses } from '../../db/schema'
import { integerFrom } from '../lib/sql-values'
import { loadLetterhead } from '../documents/letterhead'
import { BrandedPdf } from '../documents/pdf'
import { formatCents } from '../lib/money'
import type { Storage } from '../lib/storage'
import { expenseWhere } from './expense-filter'
import type { ExpenseCategory } from './schemas'
import { selectExpenses } from './select-expenses'

/** Rows listed in the report; totals always cover every matching expense. */
export const REPORT_ROW_LIMIT = 2000

type Options = {
  tx: Tx
  storage: Storage
  companyId: string
  from?: string
  to?: string
  category?: ExpenseCategory
}

const categoryLabel = (category: string) => category.charAt(0).toUpperCase() + category.slice(1)

function periodLabel(from?: string, to?: string) {
  if (from && to) return `${from} to ${to}`
  if (from) return `From ${from}`
  if (to) return `Through ${to}`
  return 'All dates'
}

/**
 * The branded expense report: the period, totals by category (with bars), then every
 * expense (up to REPORT_ROW_LIMIT rows) and the grand total.
 */
export async function buildExpenseReport({ tx, storage, companyId, from, to, category }: Options): Promise<Uint8Array> {
  const where = expenseWhere(companyId, { from, to, category })
  const [letterhead, byCategory, rows] = await Promise.all([
    loadLetterhead({ tx, storage, companyId }),
    tx
      .select({ category: expenses.category, count: count(), totalCents: sum(expenses.amountCents) })
      .from(expenses)
      .where(where)
      .groupBy(expenses.category),
    selectExpenses(tx)
      .where(where)
      .orderBy(desc(expenses.incurredOn), desc(expenses.createdAt), desc(expenses.id))
      .limit(REPORT_ROW_LIMIT),
  ])
  const categories = byCategory
    .map((row) => ({ category: row.category, count: row.count, cents: integerFrom(row.totalCents) }))
    .sort((a, b) => b.cents - a.cents || a.category.localeCompare(b.category))
  const totalCents = categories.reduce((total, row) => total + row.cents, 0)
  const totalCount = categories.reduce((total, row) => total + row.count, 0)

  const pdf = await BrandedPdf.create(letterhead, 'Expense report')
  pdf.keyValues([
    ['Period', periodLabel(from, to)],
    ['Category', category ? categoryLabel(category) : 'All categories'],
    ['Expenses', String(totalCount)],
    ['Total', formatCents(totalCents)],
  ])
  pdf.heading('Totals by category')
  if (categories.length === 0) pdf.paragraph('No expenses match this period and category.', { muted: true })
  else pdf.bars(categories.map((row) => ({ label: `${categoryLabel(row.category)} (${row.count})`, value: row.cents, display: formatCents(row.cents) })))

  if (rows.length > 0) {
    pdf.heading('Expenses')
    if (totalCount > rows.length) pdf.paragraph(`The ${rows.length} most recent of ${totalCount} expenses are listed; the totals cover all of them.`, { muted: true, size: 9 })
    pdf.table(
      [
        { label: 'Date', width: 0.13 },
        { label: 'Category', width: 0.14 },
        { label: 'Vendor', width: 0.18 },
        { label: 'Description', width: 0.25 },
        { label: 'Job', width: 0.16 },
        { label: 'Amount', width: 0.14, align: 'right' },
      ],
      rows.map(({ expense, jobTitle }) => [
        expense.incurredOn,
        categoryLabel(expense.category),
        expense.vendor ?? '',
        expense.description ?? '',
        jobTitle ?? '',
        formatCents(expense.amountCents),
      ]),
    )
  }
  pdf.totals(
    [
      ...categories.map((row): [string, string] => [categoryLabel(row.category), formatCents(row.cents)]),
      ['Total', formatCents(totalCents)],
    ],
  )
  return pdf.save()
}
