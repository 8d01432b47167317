import { eq, sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { aiActions } from '../../../db/schema'
import { ApiError } from '../../lib/errors'

export type IntentRow = typeof aiActions.$inferSelect & {
  /** Past its expiry by the database's clock, the same clock the claim compares with. */
  pastExpiry: boolean
}

/**
 * One of the caller's own intents. RLS shows a person only the intents they proposed in their
 * company, so anyone else's id is a 404, the same as an id that never existed.
 */
export async function findIntent(tx: Tx, intentId: string): Promise<IntentRow> {
  const [row] = await tx
    .select({ intent: aiActions, pastExpiry: sql<boolean>`${aiActions.expiresAt} <= now()` })
    .from(aiActions)
    .where(eq(aiActions.id, intentId))
  if (!row) throw new ApiError('not_found', 'No such pending action. It may belong to someone else, or never existed.')
  return { ...row.intent, pastExpiry: row.pastExpiry }
}
