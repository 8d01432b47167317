import type { PersistAiExchangePayload } from '../../../cron/jobs/persist-ai-exchange'
import type { AuthUser, Services } from '../../lib/context'
import { log } from '../../lib/logger'
import { runAsUser } from '../../lib/tenancy'
import { buildPrompt, describeDryRun, gatherContext, sourcesConflict, type GatheredContext } from '../assemble-context'
import { answerFastPath } from '../fast-path'
import { answerOpsQuestion } from '../fast-path/ops/answer-ops-question'
import { proposeIntent, proposePortalIntent } from '../intents'
import { escalateTier } from '../routing'
import { findCodeRefs } from '../../../knowledge/ingest/find-code-refs'
import { resolveCitations } from '../layers/resolve-citations'
import { buildTools } from '../tools'
import { guardHomeownerAnswer } from '../visibility/guard-homeowner-answer'
import type { FastAnswer, PendingIntent, Source, SuggestedAction } from '../types'
import { answerWithModel, type ModelAnswer } from './answer-with-model'
import { reservePositions, type Positions } from './reserve-positions'
import type { ChatRequest, ChatResponse } from './schemas'

export type ChatTurn = {
  services: Services
  user: AuthUser
  requestId: string
  input: ChatRequest
  /** Streaming: each piece of answer text as it is produced. */
  onText?: (delta: string) => void
  /** Streaming: the text so far is being replaced by an escalated answer. */
  onReset?: () => void
}

type Drafted = { response: string; pending?: PendingIntent; fast?: FastAnswer; actions?: SuggestedAction[] }

const pendingNote = 'I prepared this change for you. Check it, then confirm or cancel: nothing is saved until you confirm.'

/**
 * Chips under a model answer: links to the CRM records the person has open; for a homeowner,
 * an offer to send their contractor a request about what they asked (proposed, then confirmed).
 */
function sessionActions(context: GatheredContext): SuggestedAction[] {
  if (context.portal) {
    const name = context.portal.relationship?.company.name
    return name ? [{ label: `Ask ${name} to take a look`, kind: 'ask', message: `Send ${name} a request: ${context.message}` }] : []
  }
  const links: [keyof GatheredContext['session'], string, string][] = [
    ['job', '/crm/jobs/view/', 'Open the job'],
    ['customer', '/crm/customers/view/', 'Open the customer'],
    ['bid', '/crm/bids/view/', 'Open the bid'],
    ['invoice', '/crm/invoices/view/', 'Open the invoice'],
  ]
  return links.flatMap(([key, path, label]) => {
    const record = context.session[key] as { id?: string } | null
    return record?.id ? [{ label, kind: 'navigate' as const, href: `${path}?id=${record.id}` }] : []
  })
}

/**
 * How sure Z is, 0–1: records read from the database are certain; a model answer starts
 * from its tier and loses confidence when it hedged or had no sources to stand on; the
 * offline provider can only be as good as what it retrieved.
 */
function confidenceOf(answer: ModelAnswer): number {
  if (answer.offline) return answer.sources.length ? 0.5 : 0.2
  if (answer.uncertain) return 0.4
  const base = { fast: 0.8, balanced: 0.85, deep: 0.9 }[answer.tier]
  return answer.sources.length ? base : base - 0.1
}

/**
 * One turn with Z. Phase 1 (one short transaction as the user): the six layers, then a
 * proposed intent (a homeowner's: a service request to their contractor) or a fast-path
 * answer if the message is one, and the conversation positions; platform staff's data
 * questions are answered next from the ops loaders, in their own audited transaction.
 * Phase 2 (no transaction held): the model, with read-only tools that open their own
 * transactions (read-only as the user, or audited as zafto_ops for staff). Phase 3: the exchange goes to the post-processing queue.
 * A dry run stops after phase 1 and writes nothing.
 */
export async function runChat(turn: ChatTurn): Promise<{ dryRun: ReturnType<typeof describeDryRun> } | { answer: ChatResponse }> {
  const { services, user, requestId, input, onText, onReset } = turn
  const started = Date.now()
  const askedAt = new Date()
  const chatInput = { message: input.message, conversationId: input.conversation_id, platform: input.platform, session: input.session_context }

  const phase1 = await runAsUser(
    services.db,
    user,
    async (tx) => {
      const context = await gatherContext({ tx, userId: user.id, email: user.email, input: chatInput, embedder: services.embedder })
      if (input.dry_run) {
        const tier = sourcesConflict(context.knowledge) ? (escalateTier(context.route.tier) ?? context.route.tier) : context.route.tier
        const tools = buildTools({ services, user, requestId, identity: context.identity, mask: context.mask }).map((tool) => tool.name)
        return { kind: 'dry_run', dryRun: describeDryRun(context, buildPrompt(context, tier), tools) } as const
      }
      const positions = await reservePositions({ tx, conversationId: input.conversation_id, identity: context.identity, title: input.message })
      let drafted: Drafted | null = null
      const { membership, portal } = context
      if (membership && context.identity.company) {
        const proposal = await proposeIntent({ tx, identity: context.identity, membership, conversationId: positions.conversationId, message: input.message, requestId })
        if (proposal?.kind === 'pending') drafted = { response: pendingNote, pending: proposal.intent }
        else if (proposal) drafted = { response: proposal.response }
      } else if (portal) {
        const proposal = await proposePortalIntent({ tx, userId: user.id, portal, session: context.session, conversationId: positions.conversationId, message: input.message, requestId })
        if (proposal?.kind === 'pending') drafted = { response: proposal.response, pending: proposal.intent }
        else if (proposal) drafted = { response: proposal.response, actions: proposal.kind === 'clarify' ? proposal.actions : [] }
      }
      if (!drafted) {
        const fast = await answerFastPath({ tx, identity: context.identity, mask: context.mask, message: input.message, now: askedAt, timeZone: input.time_zone, portal, session: context.session })
        if (fast) drafted = { response: fast.response, fast }
      }
      return { kind: 'turn', context, positions, drafted } as const
    },
    { loadMembership: false },
  )
  if (phase1.kind === 'dry_run') return { dryRun: phase1.dryRun }
  const { context, positions } = phase1
  let { drafted } = phase1
  // Staff's platform questions read the ops loaders in their own audited transaction as
  // zafto_ops, after the user's transaction has closed (never two at once on one request).
  if (!drafted && context.identity.persona === 'ops') {
    const fast = await answerOpsQuestion({ services, user, requestId }, input.message)
    if (fast) drafted = { response: fast.response, fast }
  }

  let answer: ChatResponse
  let usage: { inputTokens: number; outputTokens: number; costUsd: number | null; escalated: boolean }
  if (drafted) {
    onText?.(drafted.response)
    answer = {
      conversation_id: positions.conversationId,
      message_index: positions.answerIndex,
      response: drafted.response,
      sources: drafted.fast?.sources ?? [],
      suggested_actions: drafted.fast?.suggestedActions ?? drafted.actions ?? [],
      model_used: 'fast-path',
      tier: 'fast',
      confidence: 1,
      uncertain: false,
      ...(drafted.pending ? { pending_intent: drafted.pending } : {}),
    }
    usage = { inputTokens: 0, outputTokens: 0, costUsd: 0, escalated: false }
  } else {
    const modelAnswer = await answerWithModel({ services, user, requestId, context, onText, onReset })
    if (context.identity.persona === 'homeowner') {
      // Never a price or another contractor to a homeowner, even from what the model knows: a streamed answer is replaced.
      const guarded = guardHomeownerAnswer(modelAnswer.text, context.portal?.relationship?.company.name ?? null)
      if (guarded.removed) {
        log.warn('ai.homeowner.answer_guarded', { requestId, sentences: guarded.removed, model: modelAnswer.model })
        onReset?.()
        onText?.(guarded.text)
        modelAnswer.text = guarded.text
      }
    }
    const sources = await withAnswerCitations(services, user, modelAnswer.text, modelAnswer.sources)
    answer = {
      conversation_id: positions.conversationId,
      message_index: positions.answerIndex,
      response: modelAnswer.text,
      sources,
      suggested_actions: sessionActions(context),
      model_used: modelAnswer.model,
      tier: modelAnswer.tier,
      confidence: confidenceOf(modelAnswer),
      uncertain: modelAnswer.uncertain,
    }
    usage = modelAnswer
  }
  await enqueueExchange(services, { user, context, positions, answer, usage, askedAt, latencyMs: Date.now() - started, fastPath: Boolean(drafted) })
  return { answer }
}

/** The retrieved sources plus the code sections the answer itself names, resolved to their deep links. */
async function withAnswerCitations(services: Services, user: AuthUser, text: string, sources: Source[]): Promise<Source[]> {
  const refs = findCodeRefs(text)
  if (!refs.length) return sources
  const cited = await runAsUser(services.db, user, (tx) => resolveCitations(tx, refs), { readOnly: true, loadMembership: false })
  const known = new Set(sources.map((source) => source.url + source.title))
  return [...sources, ...cited.filter((source) => !known.has(source.url + source.title))]
}

/** Hands the exchange to the post-processing job; a queue failure is logged, never shown. */
async function enqueueExchange(
  services: Services,
  turn: { user: AuthUser; context: GatheredContext; positions: Positions; answer: ChatResponse; usage: { inputTokens: number; outputTokens: number; costUsd: number | null; escalated: boolean }; askedAt: Date; latencyMs: number; fastPath: boolean },
) {
  const { user, context, positions, answer, usage } = turn
  const payload: PersistAiExchangePayload = {
    conversationId: positions.conversationId,
    userId: user.id,
    companyId: context.identity.company?.id ?? null,
    question: { index: positions.questionIndex, content: context.message, at: turn.askedAt.toISOString() },
    answer: {
      index: positions.answerIndex,
      content: answer.response,
      at: new Date().toISOString(),
      model: answer.model_used,
      tier: answer.tier,
      queryType: context.route.queryType,
      confidence: answer.confidence,
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      costUsd: usage.costUsd,
      latencyMs: turn.latencyMs,
      sources: answer.sources,
      suggestedActions: answer.suggested_actions,
      escalated: usage.escalated,
      uncertain: answer.uncertain,
      fastPath: turn.fastPath,
    },
  }
  try {
    await services.jobs.send('ai.persist-exchange', payload)
  } catch (error) {
    log.error('ai.persist.enqueue_failed', { conversationId: positions.conversationId, internal: error instanceof Error ? error.message : String(error) })
  }
}
