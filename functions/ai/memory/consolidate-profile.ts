import { estimateTokens } from '../budget'
import { capProfile, pruneThreads } from './merge-observations'
import { CONSOLIDATION_THRESHOLD, isSurfaced, MemoryProfile, type ObservedFact } from './profile'
import { tokenJaccard } from './text-similarity'

/** Items this similar are merged by the consolidation (looser than the per-update de-duplication). */
export const REDUNDANT = 0.6
/** Hidden (never reinforced) items older than this are dropped. */
export const HIDDEN_TTL_DAYS = 60
/** Rejected corrections are kept this long, then dropped. */
export const REJECTED_TTL_DAYS = 90

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10)

/** Folds redundant facts into the strongest of them: reinforcement and sources add up, the widest dates stay. */
function foldRedundant(facts: ObservedFact[]): ObservedFact[] {
  const kept: ObservedFact[] = []
  const ranked = [...facts].sort((a, b) => b.confidence - a.confidence || b.reinforced - a.reinforced || a.first_seen.localeCompare(b.first_seen) || a.id.localeCompare(b.id))
  for (const fact of ranked) {
    const index = kept.findIndex((known) => tokenJaccard(known.content, fact.content) >= REDUNDANT)
    if (index < 0) {
      kept.push(fact)
      continue
    }
    const known = kept[index]!
    kept[index] = {
      ...known,
      reinforced: known.reinforced + fact.reinforced,
      sources: [...new Set([...known.sources, ...fact.sources])].slice(-5),
      first_seen: known.first_seen < fact.first_seen ? known.first_seen : fact.first_seen,
      last_seen: known.last_seen > fact.last_seen ? known.last_seen : fact.last_seen,
    }
  }
  // Back in the order they were first seen, as the profile keeps them.
  return kept.sort((a, b) => a.first_seen.localeCompare(b.first_seen) || a.id.localeCompare(b.id))
}

export type ConsolidationResult = { profile: MemoryProfile; changed: boolean; error?: string }

/**
 * The weekly pass over a profile above CONSOLIDATION_THRESHOLD tokens, by fixed rules like the
 * merge (no model rewrites a profile): redundant strengths and growth areas folded together,
 * growth areas the person has since shown as a strength dropped, hidden items never
 * reinforced in HIDDEN_TTL_DAYS dropped, stale threads and old rejected corrections dropped,
 * then the cap. Validated: an invalid result leaves the profile unchanged, with `error`.
 */
export function consolidateProfile(profile: MemoryProfile, now: Date): ConsolidationResult {
  if (estimateTokens(JSON.stringify(profile)) <= CONSOLIDATION_THRESHOLD) return { profile, changed: false }
  const hiddenCutoff = daysAgo(now, HIDDEN_TTL_DAYS)
  const fresh = (fact: ObservedFact) => isSurfaced(fact) || fact.last_seen >= hiddenCutoff
  const strengths = foldRedundant(profile.professional.strengths.filter(fresh))
  const mastered = (fact: ObservedFact) => strengths.some((strength) => isSurfaced(strength) && strength.last_seen >= fact.last_seen && tokenJaccard(strength.content, fact.content) >= REDUNDANT)
  const growthAreas = foldRedundant(profile.professional.growth_areas.filter(fresh)).filter((fact) => !mastered(fact))
  const rejectedCutoff = daysAgo(now, REJECTED_TTL_DAYS)
  const consolidated = capProfile(
    pruneThreads(
      {
        ...profile,
        professional: { ...profile.professional, strengths, growth_areas: growthAreas },
        corrections: profile.corrections.filter((correction) => correction.validated !== false || correction.date >= rejectedCutoff),
      },
      now,
    ),
  )
  const validated = MemoryProfile.safeParse(consolidated)
  if (!validated.success) return { profile, changed: false, error: validated.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') }
  return { profile: validated.data, changed: JSON.stringify(validated.data) !== JSON.stringify(profile) }
}
