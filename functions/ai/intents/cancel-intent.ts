import { and, eq, gt, sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { aiActions } from '../../../db/schema'
import { closedIntentError } from './closed-intent-error'
import { findIntent } from './find-intent'
import type { IntentOutcome } from './intent-outcome'

export type CancelledIntent = { id: string; action: string; status: 'cancelled'; summary: string }

type Options = {
  tx: Tx
  intentId: string
  /** Receives the state to leave on the intent once this request's transaction has rolled back. */
  afterRollback: (outcome: IntentOutcome) => void
}

/** Discards a proposed intent so it can never run. Anything already decided is a 409 saying what happened. */
export async function cancelIntent({ tx, intentId, afterRollback }: Options): Promise<CancelledIntent> {
  const intent = await findIntent(tx, intentId)
  const [cancelled] = await tx
    .update(aiActions)
    .set({ status: 'cancelled', decidedAt: sql`now()` })
    .where(and(eq(aiActions.id, intent.id), eq(aiActions.status, 'proposed'), gt(aiActions.expiresAt, sql`now()`)))
    .returning()
  if (!cancelled) {
    const current = await findIntent(tx, intentId)
    if (current.status === 'proposed' && current.pastExpiry) afterRollback({ intentId, status: 'expired' })
    throw closedIntentError(current, 'cancel')
  }
  return { id: cancelled.id, action: cancelled.intent, status: 'cancelled', summary: cancelled.summary }
}
