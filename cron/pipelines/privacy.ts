/**
 * The privacy rules every pattern pipeline applies (Layer 5). They live here so a test can
 * name them and a reviewer can find them in one place.
 *
 * - Only companies with `contribute_to_intelligence` contribute; everyone still receives.
 * - Every figure stored — a whole group or any breakdown inside it (a size band, a price
 *   quartile, a climate zone) — comes from at least the pattern's minimum sample AND at least
 *   MIN_COMPANIES companies. A smaller breakdown is left out; a smaller group is not stored.
 * - Regions: a zip-prefix area ("CT-061") is stored only when 5+ companies contributed there;
 *   otherwise its data only counts toward its state ("rolls up"); a state under 5 companies
 *   is not stored either, and its data only counts toward the nationwide row.
 * - Rows carry no company, job, customer or user identifier: pipelines select only group keys
 *   and aggregates, and write through a role that can read tenant tables but write nothing
 *   except intelligence_patterns and the run log (migration 0008).
 */
export const MIN_COMPANIES = 5

/** The minimum data points per pattern type (the ZAFTO thresholds). */
export const MIN_SAMPLE = {
  job_duration: 25,
  bid_pricing: 25,
  material_cost: 25,
  bid_win_rate: 25,
  equipment_lifespan: 50,
  failure_pattern: 20,
} as const

export type PatternType = keyof typeof MIN_SAMPLE

/** How far back the pipelines look: recent enough to be current, long enough to be dense. */
export const HISTORY_WINDOW = '3 years'
