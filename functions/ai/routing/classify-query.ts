import type { QueryType, Route } from '../types'
import { normalizeQuery } from './normalize-query'
import { findSafetySignal } from './safety-signals'
import { scoreQueryTypes, tierOfType } from './score-query-types'
import { detectTrade, type Trade } from './trade-vocabulary'

const tradeNames: Record<Trade, string> = {
  electrical: 'an electrical',
  plumbing: 'a plumbing',
  hvac: 'an HVAC',
  solar: 'a solar',
  roofing: 'a roofing',
  general_contracting: 'a general-contracting',
  remodeling: 'a remodeling',
  landscaping: 'a landscaping',
  low_voltage: 'a low-voltage',
}

const descriptions: Record<Exclude<QueryType, 'safety' | 'trade_general'>, string> = {
  greeting: 'small talk, no reasoning needed',
  app_help: 'a how-to question about the app',
  conversion: 'a unit conversion or one-step arithmetic',
  lookup: 'a single fact or record lookup',
  record_list: 'a request to list records',
  drafting: 'a request to draft a message',
  summary: 'a request for a summary',
  diagnosis: 'a symptom to explain',
  code_interpretation: 'code interpretation that depends on conditions or jurisdiction',
  business_analysis: 'business strategy or profitability analysis',
  calculation: 'a multi-step calculation that must show its work',
}

/**
 * Routes a user's message to a tier, deterministically and without a model: safety-critical
 * topics first (always deep), then the query type whose weighted lexicon features score
 * highest. A message with no signal at all is a general question for the balanced tier.
 *
 * @example classifyQuery('I smell gas near the water heater')
 * // { tier: 'deep', queryType: 'safety', safetyCritical: true, reason: 'mentions a gas smell or leak: safety-critical' }
 */
export function classifyQuery(message: string): Route {
  const text = normalizeQuery(message)
  const hazard = findSafetySignal(text)
  if (hazard) return { tier: 'deep', queryType: 'safety', reason: `mentions ${hazard}: safety-critical`, safetyCritical: true }

  const [best] = scoreQueryTypes(text)
  if (!best || best.score === 0 || best.signal === null) {
    return { tier: 'balanced', queryType: 'trade_general', reason: 'no specific signal: a general question for the balanced tier', safetyCritical: false }
  }
  const trade = detectTrade(text).trade
  const description = best.type === 'trade_general' ? `${trade ? tradeNames[trade] : 'a general trade'} practice question` : descriptions[best.type]
  return { tier: tierOfType[best.type], queryType: best.type, reason: `mentions "${best.signal}": ${description}`, safetyCritical: false }
}
