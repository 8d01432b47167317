import type { z } from '@hono/zod-openapi'
import type { Tx } from '../../../db/client'
import type { MemberRole } from '../../../db/schema'
import type { Permission } from '../../lib/permissions'

/** What a confirmed intent runs with: the confirming request's transaction, as that user. */
export type IntentScope = {
  tx: Tx
  companyId: string
  actorUserId: string
  /** The role at confirmation time (not at proposal). */
  role: MemberRole
  requestId?: string
}

/** What an executed intent made or changed, stored on the intent and shown to the user. */
export type IntentResult = {
  entityType: string
  id: string
  /** The CRM page of the record (`/crm/bids/view/?id=...`). */
  href?: string
  message: string
}

/** What a translation may read: the proposing request's transaction and who is asking. */
export type ProposalContext = {
  tx: Tx
  companyId: string
  userId: string
  role: MemberRole
  /** Today as a UTC calendar day (`YYYY-MM-DD`), from the proposal's clock. */
  today: string
}

/** The message's parts a recognizer picked out (regex groups), by name. */
export type MessageParts = Record<string, string | undefined>

/** A translation: the params to propose, a question for what is missing, or where to turn instead. */
export type Translation = { params: Record<string, unknown> } | { clarify: string } | { redirect: string }

/**
 * One write Z can propose: how it is recognised and translated, who may do it, its params,
 * how it reads to a person, and how it runs once confirmed. Members are methods so entries
 * with their own params types share one registry.
 */
export type IntentAction<S extends z.ZodType = z.ZodType> = {
  action: string
  /** The REST permission of the same write: the one place role checks are decided. */
  permission: Permission
  /** The stored payload: validated at proposal and again at confirmation. */
  params: S
  /** What Z says instead of a refusal when the role may not: who can, and what Z can do instead. */
  redirect(whoMay: string): string
  /** The parts of a message asking for this write, or null. Reads no data. */
  recognize(message: string): MessageParts | null
  /** Resolves names to records through the caller's queries and builds the params. Writes nothing. */
  translate(context: ProposalContext, parts: MessageParts): Promise<Translation>
  /** One sentence with the exact amounts, shown before the user confirms. */
  summarize(params: z.output<S>): string
  /** Runs the write through the same service function as the REST route. */
  execute(scope: IntentScope, params: z.output<S>): Promise<IntentResult>
}
