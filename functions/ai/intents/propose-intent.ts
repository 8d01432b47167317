import type { Tx } from '../../../db/client'
import { aiActions } from '../../../db/schema'
import { todayIso } from '../../documents/dates'
import type { Membership } from '../../lib/context'
import { log } from '../../lib/logger'
import { can } from '../../lib/permissions'
import type { Identity, PendingIntent } from '../types'
import { normalizeMessage, isQuestion } from './parse/text'
import { intentActions } from './registry'
import { whoMay } from './who-may'

/** How long a proposed intent waits for its confirmation. */
export const INTENT_TTL_MINUTES = 15

/**
 * Stores a proposed intent for `userId` in `companyId` (ai_actions, expiring after
 * INTENT_TTL_MINUTES) and returns it as the chat shows it. Nothing else is written until the
 * same person confirms it.
 */
export async function storeProposal(options: {
  tx: Tx
  userId: string
  companyId: string
  conversationId: string | null | undefined
  action: string
  params: Record<string, unknown>
  summary: string
  now: Date
  requestId?: string
}): Promise<PendingIntent> {
  const { tx, userId, companyId, conversationId, action, params, summary, now, requestId } = options
  const [row] = await tx
    .insert(aiActions)
    .values({ userId, companyId, conversationId, intent: action, payload: params, summary, expiresAt: new Date(now.getTime() + INTENT_TTL_MINUTES * 60_000) })
    .returning({ id: aiActions.id, expiresAt: aiActions.expiresAt })
  if (!row) throw new Error('insert returned no row')
  log.info('ai.intent.proposed', { requestId, intentId: row.id, action })
  return { id: row.id, action, summary, params, expiresAt: row.expiresAt.toISOString() }
}

export type Proposal =
  | { kind: 'pending'; intent: PendingIntent }
  /** Something is missing or ambiguous: the response asks for exactly that. */
  | { kind: 'clarify'; response: string }
  /** The role may not, or the amount is over Z's cap: the response says who or where instead. */
  | { kind: 'redirect'; response: string }

type Options = {
  /** The request's transaction, running as the user under RLS. */
  tx: Tx
  identity: Identity
  membership: Membership
  /** The conversation the intent belongs to, if it was stored. */
  conversationId: string | null
  message: string
  requestId: string
  /** The proposal's clock (today's date, the expiry); defaults to now. */
  now?: Date
}

/**
 * Turns a write request in plain language into a pending intent stored for the user, without
 * writing anything else: the write runs only when the same user confirms it
 * (POST /api/v1/ai/intents/{id}/confirm). Returns null when the message asks for no write
 * (questions, chat, and any "confirm" typed or pasted in a message). Names of customers, jobs
 * and invoices are resolved through the user's own RLS-scoped queries.
 */
export async function proposeIntent({ tx, identity, membership, conversationId, message, requestId, now = new Date() }: Options): Promise<Proposal | null> {
  const text = normalizeMessage(message)
  if (!text || isQuestion(text)) return null
  for (const entry of intentActions) {
    const parts = entry.recognize(text)
    if (!parts) continue
    if (!can(membership.role, entry.permission)) return { kind: 'redirect', response: entry.redirect(whoMay(entry.permission)) }
    const context = { tx, companyId: membership.companyId, userId: identity.userId, role: membership.role, today: todayIso(now) }
    const translation = await entry.translate(context, parts)
    if ('clarify' in translation) return { kind: 'clarify', response: translation.clarify }
    if ('redirect' in translation) return { kind: 'redirect', response: translation.redirect }
    const parsed = entry.params.safeParse(translation.params)
    if (!parsed.success) return { kind: 'clarify', response: parsed.error.issues.map((issue) => issue.message).join(' ') }
    const params = parsed.data as Record<string, unknown>
    const intent = await storeProposal({ tx, userId: identity.userId, companyId: membership.companyId, conversationId, action: entry.action, params, summary: entry.summarize(params), now, requestId })
    return { kind: 'pending', intent }
  }
  return null
}
