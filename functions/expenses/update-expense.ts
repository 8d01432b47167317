import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { expenses } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { getExpense } from './get-expense'
import { expenseToChange } from './expense-to-change'
import { requireReachableJob } from './require-job'
import type { Expense, ExpensePatch } from './schemas'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  expenseId: string
  /** Only the fields present are changed. */
  patch: ExpensePatch
  /** The caller may change other people's expenses (`expenses:manage`). */
  canManageOthers: boolean
  requestId?: string
}

/** Changes some fields of an expense and records which in the audit log. */
export async function updateExpense({ tx, companyId, actorUserId, expenseId, patch, canManageOthers, requestId }: Options): Promise<Expense> {
  const existing = await expenseToChange({ tx, companyId, actorUserId, expenseId, canManageOthers })
  if (patch.jobId && patch.jobId !== existing.jobId) await requireReachableJob(tx, companyId, patch.jobId)
  await tx
    .update(expenses)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(expenses.id, existing.id))
  await recordAudit({ tx, companyId, actorUserId, action: 'expense.update', entityType: 'expense', entityId: existing.id, changes: patch, requestId })
  return getExpense({ tx, companyId, expenseId: existing.id })
}
