import type { z } from '@hono/zod-openapi'
import type { Tx } from '../../../../db/client'
import type { EnrichedSession } from '../../layers/enrich-session'
import type { PortalRelationship } from '../../layers/portal-relationships'
import type { IntentResult, MessageParts, Translation } from '../intent-action'

/** What a homeowner's proposal may read: their transaction (their RLS), the contractor it is for and what they have open. */
export type PortalProposalContext = {
  tx: Tx
  userId: string
  relationship: PortalRelationship
  session: EnrichedSession
}

/** What a confirmed homeowner intent runs with: the confirming request's transaction, as the homeowner. */
export type PortalIntentScope = {
  tx: Tx
  actorUserId: string
  /** The contractor the intent was proposed for (ai_actions.company_id). */
  companyId: string
  requestId?: string
}

/**
 * A write Z can propose to a homeowner in the client portal. Homeowners have no company role,
 * so there is no permission to check: Row Level Security (0009's portal policies) decides what
 * their transaction may read and write, at proposal and again at confirmation.
 */
export type PortalIntentAction<S extends z.ZodType = z.ZodType> = {
  action: string
  params: S
  /** The parts of a message asking for this write, or null. Reads no data. */
  recognize(message: string): MessageParts | null
  /** Builds the params from the message and the records the homeowner has open. Writes nothing. */
  translate(context: PortalProposalContext, parts: MessageParts): Promise<Translation>
  /** One sentence saying exactly what will be sent, shown before they confirm. */
  summarize(params: z.output<S>): string
  /** What Z answers with the pending intent. */
  respond(params: z.output<S>): string
  /** Runs the write through the same service function as the portal's REST route. */
  execute(scope: PortalIntentScope, params: z.output<S>): Promise<IntentResult>
}
