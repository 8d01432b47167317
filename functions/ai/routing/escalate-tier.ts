import { tiers, type Tier } from '../types'

/**
 * The next tier up after an answer hedged, sources conflicted or a safety topic came up;
 * `null` from deep, where the answer is returned with an explicit uncertainty flag instead.
 *
 * @example escalateTier('fast') // 'balanced'
 */
export function escalateTier(tier: Tier): Tier | null {
  return tiers[tiers.indexOf(tier) + 1] ?? null
}
