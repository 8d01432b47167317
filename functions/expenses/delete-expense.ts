import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { expenses, files } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import type { Storage } from '../lib/storage'
import { expenseToChange } from './expense-to-change'

type Options = {
  tx: Tx
  storage: Storage
  companyId: string
  actorUserId: string
  expenseId: string
  /** The caller may delete other people's expenses (`expenses:manage`). */
  canManageOthers: boolean
  requestId?: string
}

/** Deletes an expense and its receipt (the row in this transaction, the bytes after it). */
export async function deleteExpense({ tx, storage, companyId, actorUserId, expenseId, canManageOthers, requestId }: Options): Promise<void> {
  const existing = await expenseToChange({ tx, companyId, actorUserId, expenseId, canManageOthers })
  await tx.delete(expenses).where(eq(expenses.id, existing.id))
  const [receipt] = existing.receiptFileId ? await tx.delete(files).where(eq(files.id, existing.receiptFileId)).returning() : []
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'expense.delete',
    entityType: 'expense',
    entityId: existing.id,
    changes: { category: existing.category, amountCents: existing.amountCents, incurredOn: existing.incurredOn, createdBy: existing.createdBy },
    requestId,
  })
  if (receipt) await storage.delete(receipt.bucket, receipt.path).catch(() => undefined)
}
