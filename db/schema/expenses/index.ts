import { date, index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps, userRef } from '../_columns'
import { companyId } from '../_tenant'
import { files } from '../files'
import { jobs } from '../jobs'

export const expenseCategories = ['materials', 'fuel', 'tools', 'labor', 'subcontractor', 'permits', 'other'] as const
export const expenseCategory = pgEnum('expense_category', expenseCategories)

export const expenses = pgTable(
  'expenses',
  {
    id: id(),
    companyId: companyId(),
    jobId: uuid('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    category: expenseCategory('category').notNull(),
    vendor: text('vendor'),
    description: text('description'),
    amountCents: integer('amount_cents').notNull(),
    incurredOn: date('incurred_on').notNull(),
    receiptFileId: uuid('receipt_file_id').references(() => files.id, { onDelete: 'set null' }),
    createdBy: userRef('created_by'),
    ...timestamps(),
  },
  (t) => [index('expenses_company_date_idx').on(t.companyId, t.incurredOn)],
)
