import { categoryLabel } from './describe-pattern'
import type { PatternRow } from './pattern-row'
import type { PatternScope } from './pattern-scope'

/** A pattern the question asks for, that this person may see, and that the table has no qualifying row for. */
export type PatternGap = {
  patternType: string
  /** The kind of work or equipment in words ("panel upgrade"), or null when the question named none. */
  subject: string | null
  /** The state asked about, for the types computed per region. */
  state: string | null
}

/** Lifespan and failure patterns are nationwide: a state says nothing about them. */
const equipmentTypes = new Set(['equipment_lifespan', 'failure_pattern'])

const topics: Record<string, (subject: string | null) => string> = {
  bid_pricing: (subject) => (subject ? `what ${subject} jobs bid at` : 'what jobs like this bid at'),
  job_duration: (subject) => (subject ? `how long ${subject} jobs take` : 'how long jobs like this take'),
  material_cost: (subject) => `material costs for ${subject ?? 'this work'}`,
  bid_win_rate: (subject) => (subject ? `bid win rates for ${subject} jobs` : 'bid win rates'),
  equipment_lifespan: (subject) => `how long ${subject ? `a ${subject}` : 'equipment like this'} lasts`,
  failure_pattern: (subject) => `common failures of ${subject ? `a ${subject}` : 'equipment like this'}`,
}

/**
 * The asked-for pattern types with no row in `found` (rows under their threshold are never
 * read, so they count as none). Types the mask hides are left out entirely: Layer 6's
 * redirect rules already cover them, and naming them would hint at what is hidden.
 */
export function findPatternGaps(options: { scope: PatternScope; allowedTypes: readonly string[]; found: readonly PatternRow[] }): PatternGap[] {
  const { scope, allowedTypes, found } = options
  const present = new Set(found.map((pattern) => pattern.patternType))
  const work = scope.categories.map(categoryLabel)
  const equipment = scope.equipmentKinds.map((kind) => kind.replace(/_/g, ' '))
  return scope.subjects
    .filter((type) => allowedTypes.includes(type) && !present.has(type) && topics[type])
    .map((type) => {
      const names = equipmentTypes.has(type) ? (equipment.length ? equipment : work) : work.length ? work : equipment
      return { patternType: type, subject: names.length ? names.join(' / ') : null, state: equipmentTypes.has(type) ? null : scope.state }
    })
}

const topicOf = (gap: PatternGap) => `${topics[gap.patternType]!(gap.subject)}${gap.state ? ` in ${gap.state}` : ''}`

/** The prompt's note for a gap: Z must say it lacks the data, and must not estimate. */
export const describeGap = (gap: PatternGap): string =>
  `Not enough data on ${topicOf(gap)}: no ZAFTO pattern meets its sample threshold. Say you don't have enough data to give a reliable number; do not estimate one.`

/** The same, said to the person (the offline provider's answer). */
export const sayGap = (gap: PatternGap): string => `I don't have enough data to give you a reliable number on ${topicOf(gap)}.`
