import { estimateTokens, FRAMING_TOKENS } from './estimate-tokens'
import { fitHistory } from './fit-history'
import { sharePool } from './share-pool'
import { protectedSlots, slotNames, type BudgetPlan, type ContextParts, type FittedContext, type KnowledgeItem, type PatternItem } from './types'

/** Documents retrieved for a prompt, and how far the list shrinks when over budget. */
export const KNOWLEDGE_TOP = 5
const KNOWLEDGE_STEPS = [5, 3, 2, 1, 0]

const blockTokens = (text: string) => (text === '' ? 0 : estimateTokens(text) + FRAMING_TOKENS)
const costed = <T extends { text: string }>(items: T[]) => items.map((item) => ({ item, tokens: blockTokens(item.text) }))
const sumTokens = (items: { tokens: number }[]) => items.reduce((total, entry) => total + entry.tokens, 0)

/** The best-first documents that fit: the top five, else the top three, else fewer. */
function fitKnowledge<K extends KnowledgeItem>(knowledge: K[], allowance: number) {
  const candidates = costed(knowledge.slice(0, KNOWLEDGE_TOP))
  const trimmed = knowledge.length > KNOWLEDGE_TOP ? [`knowledge: ${knowledge.length - KNOWLEDGE_TOP} documents below the top ${KNOWLEDGE_TOP} left out`] : []
  const steps = [candidates.length, ...KNOWLEDGE_STEPS.filter((step) => step < candidates.length)]
  const count = steps.find((step) => sumTokens(candidates.slice(0, step)) <= allowance) ?? 0
  if (count < candidates.length) trimmed.push(`knowledge: kept the top ${count} of ${candidates.length} documents`)
  const kept = candidates.slice(0, count)
  return { kept: kept.map((entry) => entry.item), tokens: sumTokens(kept), trimmed }
}

/** The patterns that fit, highest priority first (ties keep their input order). */
function fitPatterns<P extends PatternItem>(patterns: P[], allowance: number) {
  const ranked = costed([...patterns].sort((a, b) => b.priority - a.priority))
  let count = 0
  let tokens = 0
  while (count < ranked.length && tokens + ranked[count]!.tokens <= allowance) tokens += ranked[count++]!.tokens
  const trimmed = count < ranked.length ? [`patterns: kept the ${count} highest-priority of ${ranked.length}`] : []
  return { kept: ranked.slice(0, count).map((entry) => entry.item), tokens, trimmed }
}

/**
 * Fits a prompt's parts into a budget plan. The prompt (every slot but `response`) never
 * exceeds `limitTokens - slots.response`.
 *
 * - System, memory, session and the user's message are never cut or changed. If they outgrow
 *   their slots they borrow from the flexible ones; what they leave unused flows to them.
 * - Knowledge, patterns and history share the rest in proportion to their slots; a part that
 *   needs less than its share leaves the difference to the others.
 * - A part that needs more than it gets is cut, in the architecture's order: history first
 *   (older messages summarised, last five verbatim, then the summary shortened or dropped),
 *   then knowledge (top five, then top three, then fewer), then patterns (highest priority
 *   kept). Whatever history leaves unused flows on to knowledge and patterns, and
 *   knowledge's to patterns.
 *
 * Throws when the protected parts alone exceed the prompt budget: the caller bounds them
 * (message length, memory profile size), so this is a bug to surface, not to paper over.
 */
export function fitContext<K extends KnowledgeItem, P extends PatternItem>(
  plan: BudgetPlan,
  parts: ContextParts & { knowledge: K[]; patterns: P[] },
): FittedContext<K, P> {
  const promptBudget = plan.limitTokens - plan.slots.response
  const fixed = Object.fromEntries(protectedSlots.map((slot) => [slot, blockTokens(parts[slot])])) as Record<(typeof protectedSlots)[number], number>
  const fixedTokens = Object.values(fixed).reduce((a, b) => a + b, 0)
  if (fixedTokens > promptBudget) {
    const detail = protectedSlots.map((slot) => `${slot} ${fixed[slot]}`).join(', ')
    throw new Error(
      `The protected context needs ${fixedTokens} tokens (${detail}) but the ${plan.tier} tier leaves ${promptBudget} for the prompt; bound these parts before fitting.`,
    )
  }

  const pool = promptBudget - fixedTokens
  const knowledgeDemand = sumTokens(costed(parts.knowledge.slice(0, KNOWLEDGE_TOP)))
  const patternsDemand = sumTokens(costed(parts.patterns))
  const historyDemand = parts.history.reduce((total, message) => total + estimateTokens(message.content) + FRAMING_TOKENS, 0)
  const [, , historyAllowance] = sharePool(pool, [
    { weight: plan.slots.knowledge, demand: knowledgeDemand },
    { weight: plan.slots.patterns, demand: patternsDemand },
    { weight: plan.slots.history, demand: historyDemand },
  ])
  const history = fitHistory(parts.history, historyAllowance!)

  const [knowledgeAllowance] = sharePool(pool - history.tokens, [
    { weight: plan.slots.knowledge, demand: knowledgeDemand },
    { weight: plan.slots.patterns, demand: patternsDemand },
  ])
  const knowledge = fitKnowledge(parts.knowledge, knowledgeAllowance!)
  const patterns = fitPatterns(parts.patterns, pool - history.tokens - knowledge.tokens)

  const used = { ...fixed, knowledge: knowledge.tokens, patterns: patterns.tokens, history: history.tokens, response: plan.slots.response }
  const usage = slotNames.map((name) => ({ name, tokens: used[name] }))
  return {
    system: parts.system,
    memory: parts.memory,
    session: parts.session,
    message: parts.message,
    knowledge: knowledge.kept,
    patterns: patterns.kept,
    history: { summary: history.summary, verbatim: history.verbatim },
    usage,
    totalTokens: usage.filter((slot) => slot.name !== 'response').reduce((total, slot) => total + slot.tokens, 0),
    trimmed: [...history.trimmed, ...knowledge.trimmed, ...patterns.trimmed],
  }
}
