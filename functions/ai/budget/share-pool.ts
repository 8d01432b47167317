/**
 * Divides `pool` tokens between claimants in proportion to their weights, "water-filling":
 * a claimant that needs less than its share gets what it needs, and what it leaves flows to
 * the others in proportion to their weights. Returns whole tokens per claimant, in order;
 * the total never exceeds `pool`.
 *
 * @example sharePool(100, [{ weight: 1, demand: 10 }, { weight: 1, demand: 500 }]) // [10, 90]
 */
export function sharePool(pool: number, claims: { weight: number; demand: number }[]): number[] {
  const granted = claims.map(() => 0)
  let remaining = Math.max(0, pool)
  let open = claims.map((_, i) => i).filter((i) => claims[i]!.demand > 0)
  while (open.length > 0) {
    const weightSum = open.reduce((sum, i) => sum + claims[i]!.weight, 0)
    if (weightSum === 0) {
      // Claimants without a weight queue in order rather than get nothing.
      for (const i of open) {
        granted[i] = Math.min(claims[i]!.demand, remaining)
        remaining -= granted[i]!
      }
      break
    }
    const fair = (i: number) => (remaining * claims[i]!.weight) / weightSum
    const satisfied = open.filter((i) => claims[i]!.demand <= fair(i))
    if (satisfied.length === 0) {
      for (const i of open) granted[i] = Math.floor(fair(i))
      break
    }
    for (const i of satisfied) {
      granted[i] = claims[i]!.demand
      remaining -= claims[i]!.demand
    }
    open = open.filter((i) => !satisfied.includes(i))
  }
  return granted
}
