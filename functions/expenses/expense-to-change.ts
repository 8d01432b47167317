import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { expenses } from '../../db/schema'
import { ApiError, notFound } from '../lib/errors'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  expenseId: string
  /** The caller's role has `expenses:manage` and may change other people's expenses. */
  canManageOthers: boolean
}

/**
 * The expense row the caller is about to change, locked for the rest of the transaction.
 * A tech never even sees other people's expenses (RLS: not found); a role without
 * `expenses:manage` that does see one is refused.
 */
export async function expenseToChange({ tx, companyId, actorUserId, expenseId, canManageOthers }: Options) {
  const [row] = await tx
    .select()
    .from(expenses)
    .where(and(eq(expenses.id, expenseId), eq(expenses.companyId, companyId)))
    .for('update')
  if (!row) throw notFound('Expense')
  if (!canManageOthers && row.createdBy !== actorUserId) {
    throw new ApiError('forbidden', 'You can change only expenses you recorded. Ask the office.')
  }
  return row
}
