/** One Layer 5 pattern as read for a prompt (a row of intelligence_patterns, no bookkeeping). */
export type PatternRow = {
  patternType: string
  trade: string
  /** null = nationwide, `CT` = a state, `CT-061` = a 3-digit zip-prefix area of that state. */
  region: string | null
  jobCategory: string | null
  data: Record<string, unknown>
  sampleSize: number
  confidence: number | null
  /** `baseline`: a published industry figure (cron/baselines), shown as such until a computed row replaces it. */
  source: 'computed' | 'baseline'
}
