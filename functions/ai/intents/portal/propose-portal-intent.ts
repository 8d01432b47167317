import type { Tx } from '../../../../db/client'
import type { EnrichedSession } from '../../layers/enrich-session'
import type { PortalTurn } from '../../layers/portal-relationships'
import type { PendingIntent, SuggestedAction } from '../../types'
import { isQuestion, normalizeMessage, spokenList } from '../parse/text'
import { storeProposal } from '../propose-intent'
import { portalIntentActions } from './registry'

export type PortalProposal =
  | { kind: 'pending'; intent: PendingIntent; response: string }
  /** Which contractor it is for, with a chip per contractor that asks again naming it. */
  | { kind: 'clarify'; response: string; actions: SuggestedAction[] }
  /** Nothing to send it to (no contractor linked yet). */
  | { kind: 'redirect'; response: string }

type Options = {
  /** The request's transaction, running as the homeowner under RLS. */
  tx: Tx
  userId: string
  /** The homeowner's contractors and the one this turn is about. */
  portal: PortalTurn
  /** What they have open, as their RLS showed it. */
  session: EnrichedSession
  conversationId: string | null
  message: string
  requestId: string
  now?: Date
}

const notLinked =
  'You are not connected to a contractor in ZAFTO yet, so there is no one I can send this to. Ask your contractor to invite you to the client portal; once you accept, I can send them requests for you.'

/**
 * A homeowner's request in plain language ("my water heater is leaking", "schedule a furnace
 * tune-up") becomes a pending intent for the contractor the turn is about, stored for the
 * homeowner and written nowhere else: the request reaches the contractor only when the same
 * homeowner confirms it (POST /api/v1/ai/intents/{id}/confirm). With several contractors and
 * nothing saying which, Z asks. Null when the message asks for nothing (questions, chat).
 */
export async function proposePortalIntent({ tx, userId, portal, session, conversationId, message, requestId, now = new Date() }: Options): Promise<PortalProposal | null> {
  const text = normalizeMessage(message)
  if (!text || isQuestion(text)) return null
  for (const entry of portalIntentActions) {
    const parts = entry.recognize(text)
    if (!parts) continue
    if (!portal.relationships.length) return { kind: 'redirect', response: notLinked }
    const relationship = portal.relationship
    if (!relationship) {
      const names = portal.relationships.map((option) => option.company.name)
      return {
        kind: 'clarify',
        response: `Which contractor should I send this to: ${spokenList(names)}?`,
        actions: names.map((name) => ({ kind: 'ask', label: `Send to ${name}`, message: `Send ${name} a request: ${parts.description}` })),
      }
    }
    const translation = await entry.translate({ tx, userId, relationship, session }, parts)
    if ('clarify' in translation) return { kind: 'clarify', response: translation.clarify, actions: [] }
    if ('redirect' in translation) return { kind: 'redirect', response: translation.redirect }
    const parsed = entry.params.safeParse(translation.params)
    if (!parsed.success) return { kind: 'clarify', response: parsed.error.issues.map((issue) => issue.message).join(' '), actions: [] }
    const params = parsed.data as Record<string, unknown>
    const intent = await storeProposal({ tx, userId, companyId: relationship.company.id, conversationId, action: entry.action, params, summary: entry.summarize(params), now, requestId })
    return { kind: 'pending', intent, response: entry.respond(params) }
  }
  return null
}
