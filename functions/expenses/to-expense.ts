import { toFileInfo } from '../files/store-file'
import { Expense } from './schemas'
import type { ExpenseRow } from './select-expenses'

/** The API's view of an expense; parsed so nothing unlisted ever leaves. */
export const toExpense = ({ expense, jobTitle, createdByEmail, receipt }: ExpenseRow): Expense =>
  Expense.parse({
    id: expense.id,
    category: expense.category,
    vendor: expense.vendor,
    description: expense.description,
    amountCents: expense.amountCents,
    incurredOn: expense.incurredOn,
    jobId: expense.jobId,
    jobTitle: jobTitle ?? null,
    createdBy: expense.createdBy,
    createdByEmail: createdByEmail ?? null,
    receipt: receipt ? toFileInfo(receipt) : null,
    createdAt: expense.createdAt.toISOString(),
    updatedAt: expense.updatedAt.toISOString(),
  })
