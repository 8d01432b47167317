import { tiers, type Tier } from '../types'
import { queryFeatures, type FeatureType, type QueryFeature } from './query-features'

export type QueryTypeScore = {
  type: FeatureType
  score: number
  /** The text of the strongest direct feature found, for the route's reason. */
  signal: string | null
}

/** The tier each query type is answered on (safety is handled before scoring). */
export const tierOfType: Record<FeatureType, Tier> = {
  greeting: 'fast',
  app_help: 'fast',
  conversion: 'fast',
  lookup: 'fast',
  record_list: 'fast',
  trade_general: 'balanced',
  drafting: 'balanced',
  summary: 'balanced',
  diagnosis: 'balanced',
  code_interpretation: 'deep',
  business_analysis: 'deep',
  calculation: 'deep',
}

/** The first match of a feature and how many distinct phrases of it the message uses. */
function matchFeature(feature: QueryFeature, text: string): { signal: string; distinct: number } | null {
  if (typeof feature.match === 'function') {
    const signal = feature.match(text)
    return signal === null ? null : { signal, distinct: 1 }
  }
  const all = [...text.matchAll(new RegExp(feature.match.source, 'g'))].map((match) => match[0])
  return all[0] === undefined ? null : { signal: all[0], distinct: new Set(all).size }
}

/**
 * Scores every query type against a normalised message, best first. Direct features are
 * summed first, then supporting features add to the types that already have evidence. Equal
 * scores go to the deeper tier: sending a question one tier too high costs tokens, one tier
 * too low costs a wrong answer.
 */
export function scoreQueryTypes(text: string): QueryTypeScore[] {
  const scores = new Map<FeatureType, QueryTypeScore & { strongest: number }>()
  for (const type of Object.keys(tierOfType) as FeatureType[]) scores.set(type, { type, score: 0, signal: null, strongest: 0 })
  for (const supportingPass of [false, true]) {
    for (const feature of queryFeatures) {
      if (Boolean(feature.supporting) !== supportingPass) continue
      const entry = scores.get(feature.type)!
      if (supportingPass && entry.score === 0) continue
      const found = matchFeature(feature, text)
      if (found === null) continue
      const weight = typeof feature.weight === 'function' ? feature.weight(text) : feature.weight
      // Each further distinct phrase of the same feature ("margins", "backlog") adds a point, at most two.
      entry.score += weight + Math.min(found.distinct - 1, 2)
      if (!supportingPass && weight > entry.strongest) [entry.signal, entry.strongest] = [found.signal, weight]
    }
  }
  const rank = (type: FeatureType) => tiers.indexOf(tierOfType[type])
  return [...scores.values()]
    .map(({ type, score, signal }) => ({ type, score, signal }))
    .sort((a, b) => b.score - a.score || rank(b.type) - rank(a.type))
}
