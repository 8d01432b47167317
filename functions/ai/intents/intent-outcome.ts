import { and, eq, sql } from 'drizzle-orm'
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { aiActions } from '../../../db/schema'
import type { AppEnv } from '../../lib/context'
import { log } from '../../lib/logger'
import { runAsUser } from '../../lib/tenancy'

/** A closing state an answer with an error must still leave on the intent. */
export type IntentOutcome = { intentId: string; status: 'expired' | 'failed'; result?: Record<string, unknown> }

const outcomes = new WeakMap<Request, IntentOutcome>()

/**
 * Remembers that this request's intent expired or failed. An error answer rolls the request's
 * transaction back, so the state is written after it, by recordIntentOutcome.
 */
export const noteIntentOutcome = (c: Context<AppEnv>, outcome: IntentOutcome) => outcomes.set(c.req.raw, outcome)

/**
 * Runs around the tenant transaction: once it has rolled back, marks the intent expired or
 * failed (as the user, under RLS, and only if it is still `proposed`), so a failed
 * confirmation is final and an expired one reads as expired.
 */
export const recordIntentOutcome = createMiddleware<AppEnv>(async function recordIntentOutcome(c, next) {
  await next()
  const outcome = outcomes.get(c.req.raw)
  if (!outcome) return
  try {
    await runAsUser(c.get('services').db, c.get('user'), (tx) =>
      tx
        .update(aiActions)
        .set({ status: outcome.status, decidedAt: sql`now()`, result: outcome.result ?? null })
        .where(and(eq(aiActions.id, outcome.intentId), eq(aiActions.status, 'proposed'))),
    )
  } catch (error) {
    // The answer already says what happened; the intent stays proposed until it expires.
    log.error('ai.intent.outcome.failed', { requestId: c.get('requestId'), intentId: outcome.intentId, internal: error instanceof Error ? error.message : String(error) })
  }
})
