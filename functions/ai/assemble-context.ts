import type { Tx } from '../../db/client'
import { trades as everyTrade } from '../../db/schema'
import type { Membership } from '../lib/context'
import type { Embedder } from './embeddings/types'
import { planBudget, fitContext, type BudgetPlan, type FittedContext } from './budget'
import { enrichSession, type EnrichedSession } from './layers/enrich-session'
import { loadHistory, type HistoryMessage } from './layers/load-history'
import { loadIdentity } from './layers/load-identity'
import { loadKnowledge, type KnowledgeHit } from './layers/load-knowledge'
import { describeGap, describePattern, selectPatterns, type PatternGap, type PatternRow } from './layers/load-patterns'
import { choosePortalRelationship, type PortalTurn } from './layers/portal-relationships'
import type { SessionContext } from './layers/session-context'
import { renderKnowledgeHit, renderMemory, renderSession } from './prompt/render-context'
import { restrictionRules } from './prompt/restriction-rules'
import { composeSystemPrompt, systemRules } from './prompt/system-rules'
import { classifyQuery } from './routing'
import type { Identity, Platform, Route, Source, Tier, VisibilityMask } from './types'
import { allowedPatternTypes } from './visibility/categories'

export type ChatInput = {
  message: string
  conversationId?: string
  platform: Platform
  session?: SessionContext
}

/** Everything the six layers produced for one question, before the budget is applied. */
export type GatheredContext = {
  identity: Identity
  membership: Membership | null
  mask: VisibilityMask
  memory: unknown
  route: Route
  session: EnrichedSession
  /** A homeowner's contractors and the one this turn is about (null for everyone else). */
  portal: PortalTurn | null
  knowledge: KnowledgeHit[]
  patterns: PatternRow[]
  /** Asked-about patterns with no qualifying row: Z must say it lacks the data. */
  patternGaps: PatternGap[]
  history: HistoryMessage[]
  /** Position the next message of the conversation would take (0 for a new one). */
  nextIndex: number
  message: string
}

/** What the model would see at one tier, after the budget. */
export type Prompt = {
  plan: BudgetPlan
  fitted: FittedContext
  system: string
  messages: HistoryMessage[]
  knowledge: KnowledgeHit[]
  patterns: PatternRow[]
  patternGaps: PatternGap[]
}

// Greetings, unit conversions and record lists are answered from arithmetic and the
// database: the corpus has nothing to add, and searching it is the costliest read.
const needsKnowledge = (route: Route) => !['greeting', 'conversion', 'record_list'].includes(route.queryType)

/**
 * Layers 1–6 for one question, read under the caller's RLS in a handful of queries (the
 * independent ones are issued together, so postgres.js pipelines them on the connection).
 * Restricted pattern types are filtered in SQL and restricted money in the session query:
 * what the mask hides is never read, so it cannot leak into a prompt.
 */
export async function gatherContext({ tx, userId, email, input, embedder }: { tx: Tx; userId: string; email: string | null; input: ChatInput; embedder: Embedder }): Promise<GatheredContext> {
  const { identity, mask, memory, hasKnowledge, membership, relationships } = await loadIdentity({ tx, userId, email, platform: input.platform })
  const route = classifyQuery(input.message)
  const trades = identity.company?.trades.length ? identity.company.trades : allTradesFor(identity)
  const homeowner = identity.persona === 'homeowner'
  // Independent reads, issued together so postgres.js pipelines them on the connection; the
  // patterns follow the session read, whose open job (and its site) or equipment scopes them.
  const sessionRead = enrichSession({ tx, session: input.session, mask, audience: homeowner ? 'homeowner' : 'staff' })
  const [session, knowledge, history, selected] = await Promise.all([
    sessionRead,
    hasKnowledge && needsKnowledge(route) ? loadKnowledge({ tx, message: input.message, trades, embedder }) : Promise.resolve([]),
    input.conversationId ? loadHistory({ tx, conversationId: input.conversationId }) : Promise.resolve({ messages: [], nextIndex: 0 }),
    sessionRead.then((enriched) =>
      selectPatterns({
        tx,
        message: input.message,
        allowedTypes: allowedPatternTypes(mask),
        scopeTrades: trades,
        companyState: identity.company?.state ?? null,
        activeJob: enriched.job,
        activeEquipment: enriched.equipment,
      }),
    ),
  ])
  const { patterns, gaps: patternGaps } = selected
  const nextIndex = history.nextIndex
  const portal = homeowner ? choosePortalRelationship({ relationships, viewedCustomerId: session.viewedCustomerId, message: input.message }) : null
  return { identity, membership, mask, memory, route, session, portal, knowledge, patterns, patternGaps, history: history.messages, nextIndex, message: input.message }
}

/** Homeowners and platform staff have no company trades: every trade is in scope for them. */
const allTradesFor = (identity: Identity) =>
  identity.persona === 'homeowner' || identity.persona === 'ops'
    ? [...everyTrade]
    : []

/** The budgeted prompt for `tier`: protected slots whole, the rest trimmed to fit. */
export function buildPrompt(context: GatheredContext, tier: Tier): Prompt {
  const memory = renderMemory(context.memory)
  // A profile whose items are all still hidden renders nothing and gets no share.
  const plan = planBudget({ tier, queryType: context.route.queryType, hasMemory: memory !== '', historyMessages: context.history.length })
  const knowledgeText = context.knowledge.map((hit, i) => ({ text: renderKnowledgeHit(hit, i + 1), score: hit.score, hit }))
  // The budget keeps the highest priority first: gaps (short, and what keeps Z from guessing)
  // always, then the patterns in their relevance order.
  const patternText = [
    ...context.patternGaps.map((gap) => ({ text: describeGap(gap), priority: 2, gap, pattern: null })),
    ...context.patterns.map((pattern, i) => ({ text: describePattern(pattern), priority: 1 - i / context.patterns.length, gap: null, pattern })),
  ]
  const fitted = fitContext(plan, {
    system: systemRules(context.identity, context.mask, context.portal),
    memory,
    session: renderSession(context.session),
    message: context.message,
    knowledge: knowledgeText,
    patterns: patternText,
    history: context.history,
  })
  const keptKnowledge = fitted.knowledge.map((kept) => knowledgeText.find((item) => item.text === kept.text)!.hit)
  const keptPatterns = fitted.patterns.flatMap((kept) => (kept.pattern ? [kept.pattern] : []))
  const keptGaps = fitted.patterns.flatMap((kept) => (kept.gap ? [kept.gap] : []))
  const system = composeSystemPrompt({
    system: fitted.system,
    memory: fitted.memory,
    session: fitted.session,
    knowledge: fitted.knowledge.map((kept) => kept.text),
    patterns: fitted.patterns.map((kept) => kept.text),
    historySummary: fitted.history.summary,
  })
  const messages: HistoryMessage[] = [...fitted.history.verbatim, { role: 'user', content: fitted.message }]
  return { plan, fitted, system, messages, knowledge: keptKnowledge, patterns: keptPatterns, patternGaps: keptGaps }
}

/** Sources shown under an answer: the knowledge documents and the code sections they cite. */
export function promptSources(prompt: Prompt): Source[] {
  const sources: Source[] = []
  const seen = new Set<string>()
  for (const hit of prompt.knowledge) {
    sources.push({ kind: 'knowledge', title: hit.title, snippet: hit.content.slice(0, 200) })
    for (const citation of hit.citations) {
      if (seen.has(citation.label)) continue
      seen.add(citation.label)
      sources.push({ kind: 'code', title: citation.title ? `${citation.label} — ${citation.title}` : citation.label, url: citation.url })
    }
  }
  return sources
}

/**
 * Retrieved sources disagree when the same code section comes back in more than one
 * edition: the answer then depends on which edition the jurisdiction adopted.
 */
export function sourcesConflict(knowledge: KnowledgeHit[]): boolean {
  const editions = new Map<string, Set<string>>()
  for (const citation of knowledge.flatMap((hit) => hit.citations)) {
    editions.set(citation.label, (editions.get(citation.label) ?? new Set()).add(citation.edition))
  }
  return [...editions.values()].some((set) => set.size > 1)
}

/** The dry-run body: exactly what would be sent, and why (`tools`: the names of the read-only tools the model would be offered). */
export function describeDryRun(context: GatheredContext, prompt: Prompt, tools: string[]) {
  return {
    persona: context.identity.persona,
    tools,
    route: { tier: prompt.plan.tier, reason: context.route.reason, safety_critical: context.route.safetyCritical, query_type: context.route.queryType },
    budget: {
      tier: prompt.plan.tier,
      limit_tokens: prompt.plan.limitTokens,
      slots: prompt.fitted.usage.map((slot) => ({ name: slot.name, tokens: slot.tokens, allocated: prompt.plan.slots[slot.name] })),
      total_tokens: prompt.fitted.totalTokens,
      trimmed: prompt.fitted.trimmed,
    },
    context: {
      identity: context.identity,
      memory: context.memory,
      session: context.session,
      portal: context.portal,
      knowledge: prompt.knowledge.map((hit) => ({ title: hit.title, trade: hit.trade, score: hit.score, citations: hit.citations })),
      patterns: prompt.patterns,
      pattern_gaps: prompt.patternGaps.map(describeGap),
      restrictions: restrictionRules(context.mask, context.identity.persona),
      visibility: context.mask,
    },
    system_prompt: prompt.system,
    messages: prompt.messages,
  }
}
