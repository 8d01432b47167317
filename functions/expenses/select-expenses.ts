import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyMembers, expenses, files, jobs } from '../../db/schema'

/**
 * Expenses with what the API shows beside them: the job's title, the author's email and the
 * receipt. Row Level Security scopes every joined table, so a tech's view simply lacks what
 * they may not see.
 */
export const selectExpenses = (tx: Tx) =>
  tx
    .select({ expense: expenses, jobTitle: jobs.title, createdByEmail: companyMembers.email, receipt: files })
    .from(expenses)
    .leftJoin(jobs, eq(jobs.id, expenses.jobId))
    .leftJoin(companyMembers, eq(companyMembers.userId, expenses.createdBy))
    .leftJoin(files, eq(files.id, expenses.receiptFileId))
    .$dynamic()

export type ExpenseRow = Awaited<ReturnType<typeof selectExpenses>>[number]
