import type { QueryType, Tier } from '../types'
import type { BudgetPlan, SlotName } from './types'

/** Context window per tier: small models get little context, the deep tier the full budget. */
export const tierLimits: Record<Tier, number> = { fast: 10_000, balanced: 30_000, deep: 80_000 }

/** The default split of the ZAFTO context budget, in percent of the tier's limit. */
const defaultShares: Record<SlotName, number> = {
  system: 5,
  memory: 5,
  session: 3,
  knowledge: 25,
  patterns: 10,
  history: 20,
  message: 15,
  response: 17,
}

/**
 * Questions answered from documents rather than from the company's patterns: lookups and
 * code (the architecture's "what's the derating factor for X?"), and safety, which must rest
 * on cited codes and procedures.
 */
const knowledgeHeavy: readonly QueryType[] = ['lookup', 'conversion', 'record_list', 'app_help', 'code_interpretation', 'safety']

/** From this many messages on, a conversation's history gets 30%. */
export const LONG_CONVERSATION_MESSAGES = 20

type Options = {
  tier: Tier
  queryType: QueryType
  /** False on a first interaction: the memory slot's share goes to knowledge and patterns. */
  hasMemory: boolean
  /** Messages already in the conversation. */
  historyMessages: number
}

/** Splits `total` in proportion to `weights`, in whole numbers that add up to `total` (largest remainder). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0)
  if (sum === 0) return weights.map((_, i) => (i === 0 ? total : 0))
  const exact = weights.map((weight) => (total * weight) / sum)
  const shares = exact.map(Math.floor)
  const order = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (let k = 0; k < total - shares.reduce((a, b) => a + b, 0); k++) shares[order[k]!.i]! += 1
  return shares
}

/**
 * The token budget of one request: the tier's limit split into slots by the architecture's
 * rules, in whole percent that always add up to 100.
 *
 * - Lookup-style questions (see `knowledgeHeavy`): knowledge 40%, patterns 2%.
 * - Business analysis: knowledge 5%, patterns 25%.
 * - No memory yet: memory's 5% goes to knowledge and patterns in proportion to their shares.
 * - System 5%, session 3%, message 15% and response 17% never move. History takes what the
 *   flexible part (knowledge + patterns + history) has left, so a lookup's history shrinks to
 *   13% and a business question's grows to 25%; a long conversation (20+ messages) fixes
 *   history at 30% and knowledge and patterns share the rest in proportion.
 *
 * @example planBudget({ tier: 'fast', queryType: 'greeting', hasMemory: true, historyMessages: 0 }).slots.knowledge // 2500
 */
export function planBudget({ tier, queryType, hasMemory, historyMessages }: Options): BudgetPlan {
  const shares = { ...defaultShares }
  if (knowledgeHeavy.includes(queryType)) [shares.knowledge, shares.patterns] = [40, 2]
  if (queryType === 'business_analysis') [shares.knowledge, shares.patterns] = [5, 25]
  if (!hasMemory) {
    const [toKnowledge, toPatterns] = apportion(shares.memory, [shares.knowledge, shares.patterns])
    shares.knowledge += toKnowledge!
    shares.patterns += toPatterns!
    shares.memory = 0
  }
  const flexible = 100 - shares.system - shares.memory - shares.session - shares.message - shares.response
  if (historyMessages >= LONG_CONVERSATION_MESSAGES) {
    shares.history = 30
    ;[shares.knowledge, shares.patterns] = apportion(flexible - 30, [shares.knowledge, shares.patterns]) as [number, number]
  } else {
    shares.history = flexible - shares.knowledge - shares.patterns
  }
  const limitTokens = tierLimits[tier]
  const slots = Object.fromEntries(Object.entries(shares).map(([name, percent]) => [name, (limitTokens / 100) * percent])) as Record<SlotName, number>
  return { tier, limitTokens, slots }
}
