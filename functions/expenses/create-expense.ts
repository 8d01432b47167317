import type { Tx } from '../../db/client'
import { expenses } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { getExpense } from './get-expense'
import { requireReachableJob } from './require-job'
import type { Expense, ExpenseInput } from './schemas'

type Options = {
  tx: Tx
  /** The caller's company; RLS refuses any other. */
  companyId: string
  /** Who spent the money; they are recorded as its author (a tech sees only their own). */
  actorUserId: string
  input: ExpenseInput
  requestId?: string
}

/** Records an expense, optionally linked to a job the caller can reach. */
export async function createExpense({ tx, companyId, actorUserId, input, requestId }: Options): Promise<Expense> {
  if (input.jobId) await requireReachableJob(tx, companyId, input.jobId)
  const [row] = await tx
    .insert(expenses)
    .values({ companyId, ...input, createdBy: actorUserId })
    .returning({ id: expenses.id })
  if (!row) throw new Error('insert returned no row')
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'expense.create',
    entityType: 'expense',
    entityId: row.id,
    changes: { category: input.category, amountCents: input.amountCents, incurredOn: input.incurredOn, jobId: input.jobId ?? null },
    requestId,
  })
  return getExpense({ tx, companyId, expenseId: row.id })
}
