import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { expenses, files } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { storeFile } from '../files/store-file'
import type { Storage } from '../lib/storage'
import { getExpense } from './get-expense'
import { expenseToChange } from './expense-to-change'
import type { Expense } from './schemas'

type Options = {
  tx: Tx
  storage: Storage
  companyId: string
  actorUserId: string
  expenseId: string
  /** The caller may change other people's expenses (`expenses:manage`). */
  canManageOthers: boolean
  /** The receipt (image or PDF, already checked by `uploadedFile`). */
  receipt: { name: string; contentType: string; bytes: Uint8Array }
  requestId?: string
}

/**
 * Attaches a receipt to an expense, replacing the previous one: its row goes in this
 * transaction, its bytes once the new state is saved.
 */
export async function attachReceipt({ tx, storage, companyId, actorUserId, expenseId, canManageOthers, receipt, requestId }: Options): Promise<Expense> {
  const existing = await expenseToChange({ tx, companyId, actorUserId, expenseId, canManageOthers })
  const stored = await storeFile({ tx, storage, companyId, actorUserId, kind: 'expense', entityId: existing.id, ...receipt })
  await tx.update(expenses).set({ receiptFileId: stored.id, updatedAt: new Date() }).where(eq(expenses.id, existing.id))
  const [previous] = existing.receiptFileId ? await tx.delete(files).where(eq(files.id, existing.receiptFileId)).returning() : []
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'expense.receipt',
    entityType: 'expense',
    entityId: existing.id,
    changes: { receiptFileId: stored.id, replaced: previous?.id ?? null },
    requestId,
  })
  if (previous) await storage.delete(previous.bucket, previous.path).catch(() => undefined)
  return getExpense({ tx, companyId, expenseId: existing.id })
}
