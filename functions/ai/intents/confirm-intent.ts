import { and, eq, gt, sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { aiActions } from '../../../db/schema'
import { recordAudit } from '../../audit/record-audit'
import type { Membership } from '../../lib/context'
import { ApiError, fromDatabaseError } from '../../lib/errors'
import { can, requireMembership } from '../../lib/permissions'
import { closedIntentError } from './closed-intent-error'
import { findIntent } from './find-intent'
import type { IntentResult } from './intent-action'
import type { IntentOutcome } from './intent-outcome'
import { findPortalIntentAction } from './portal/registry'
import { findIntentAction } from './registry'
import { whoMay } from './who-may'

export type ExecutedIntent = { id: string; action: string; status: 'executed'; summary: string; result: IntentResult }

type Options = {
  /** The confirming request's transaction, as the user: the write commits or rolls back with it. */
  tx: Tx
  actorUserId: string
  /**
   * The confirming person's membership now (its role may differ from the role at proposal);
   * null for a homeowner, whose client-portal intents need none.
   */
  membership: Membership | null
  intentId: string
  requestId?: string
  /** Receives the state to leave on the intent once this request's transaction has rolled back. */
  afterRollback: (outcome: IntentOutcome) => void
}

/** What a failure said, kept on the failed intent. */
function failureOf(error: unknown): Record<string, unknown> {
  const known = error instanceof ApiError ? error : fromDatabaseError(error)
  return { error: known ? { code: known.code, message: known.message } : { code: 'internal', message: 'Something went wrong on our side.' } }
}

/**
 * Executes a proposed intent, once. The claim is one conditional update (proposed and not
 * expired → executed), so a second confirmation or a race finds nothing to claim and gets a
 * 409 saying what happened. A company intent's permission is checked again with the current
 * role; a homeowner's (client portal) is left to their RLS. The stored params are validated
 * again, and the write runs in the caller's transaction through the same service function as
 * the REST route: if it fails, everything rolls back and its error is the answer (the intent
 * is then marked failed). The result and an audit row (in the intent's company) are written with it.
 */
export async function confirmIntent({ tx, actorUserId, membership, intentId, requestId, afterRollback }: Options): Promise<ExecutedIntent> {
  const intent = await findIntent(tx, intentId)
  const [claimed] = await tx
    .update(aiActions)
    .set({ status: 'executed', decidedAt: sql`now()` })
    .where(and(eq(aiActions.id, intent.id), eq(aiActions.status, 'proposed'), gt(aiActions.expiresAt, sql`now()`)))
    .returning()
  if (!claimed) {
    const current = await findIntent(tx, intentId)
    if (current.status === 'proposed' && current.pastExpiry) afterRollback({ intentId, status: 'expired' })
    throw closedIntentError(current, 'confirm')
  }
  const companyId = claimed.companyId
  const entry = findIntentAction(claimed.intent)
  const portalEntry = entry ? null : findPortalIntentAction(claimed.intent)
  if (!entry && !portalEntry) {
    const error = new ApiError('conflict', 'Z can no longer carry out this kind of action. Ask Z again.')
    afterRollback({ intentId, status: 'failed', result: failureOf(error) })
    throw error
  }
  const role = entry ? requireMembership(membership).role : null
  if (entry && role && !can(role, entry.permission)) {
    throw new ApiError('forbidden', `Your role (${role}) no longer allows this; it is for ${whoMay(entry.permission)}. Ask them.`)
  }
  let result: IntentResult
  try {
    const parsed = (entry ?? portalEntry)!.params.safeParse(claimed.payload)
    if (!parsed.success) {
      throw new ApiError('validation_failed', 'This action’s details are no longer valid. Ask Z again.', {
        details: parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || '(params)', message: issue.message })),
      })
    }
    result =
      entry && role
        ? await entry.execute({ tx, companyId, actorUserId, role, requestId }, parsed.data)
        : await portalEntry!.execute({ tx, actorUserId, companyId, requestId }, parsed.data)
  } catch (error) {
    afterRollback({ intentId, status: 'failed', result: failureOf(error) })
    throw error
  }
  await tx.update(aiActions).set({ result }).where(eq(aiActions.id, intentId))
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'ai.intent.execute',
    entityType: 'ai_action',
    entityId: intentId,
    changes: { intentId, action: claimed.intent, summary: claimed.summary, result: { entityType: result.entityType, id: result.id } },
    requestId,
  })
  return { id: intentId, action: claimed.intent, status: 'executed', summary: claimed.summary, result }
}
