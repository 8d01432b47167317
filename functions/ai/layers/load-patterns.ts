import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { textArray } from '../../lib/sql-values'

export type PatternRow = {
  patternType: string
  trade: string
  region: string | null
  jobCategory: string | null
  data: Record<string, unknown>
  sampleSize: number
  confidence: number | null
}

/**
 * Layer 5 candidates: anonymous platform patterns this person may see (`allowedTypes` comes
 * from the Layer 6 mask, so a hidden type is never read), at or above their sample
 * threshold, for the person's trades and their state or nationwide; the 40 most confident.
 */
export async function loadPatterns(options: { tx: Tx; allowedTypes: string[]; trades: string[]; state: string | null }): Promise<PatternRow[]> {
  const { tx, allowedTypes, trades, state } = options
  if (!allowedTypes.length || !trades.length) return []
  const rows = await tx.execute<{ pattern_type: string; trade: string; region: string | null; job_category: string | null; data: Record<string, unknown>; sample_size: number; confidence: number | null }>(sql`
    select pattern_type, trade, region, job_category, data, sample_size, confidence
    from public.intelligence_patterns
    where sample_size >= min_sample_threshold
      and pattern_type = any (${textArray(allowedTypes)}::text[])
      and trade = any (${textArray(trades)}::text[])
      and (region is null or region = ${state})
    order by confidence desc nulls last, sample_size desc
    limit 40`)
  return rows.map((row) => ({
    patternType: row.pattern_type,
    trade: row.trade,
    region: row.region,
    jobCategory: row.job_category,
    data: row.data,
    sampleSize: row.sample_size,
    confidence: row.confidence,
  }))
}

/**
 * The Layer 5 slot: candidates ranked by relevance to the question (the job category named
 * in it or the active job's, the pattern type's subject, a regional figure over a national
 * one), most confident first among equals.
 */
export function rankPatterns(patterns: PatternRow[], { message, activeCategory, limit = 8 }: { message: string; activeCategory: string | null; limit?: number }): PatternRow[] {
  const words = message.toLowerCase()
  const relevance = (pattern: PatternRow) => {
    const category = pattern.jobCategory?.toLowerCase() ?? null
    let score = 0
    if (category && category === activeCategory?.toLowerCase()) score += 4
    if (category && category.split('_').every((part) => words.includes(part))) score += 3
    if (words.includes(pattern.patternType.split('_')[0]!)) score += 1
    if (pattern.region) score += 1
    return score
  }
  return patterns
    .map((pattern, order) => ({ pattern, order, score: relevance(pattern) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ pattern }) => pattern)
}

/** How Z may speak of a pattern, by its sample size (the ZAFTO thresholds). */
export function patternStrength(sampleSize: number): string {
  if (sampleSize >= 500) return `confident (${sampleSize} data points)`
  if (sampleSize >= 100) return `moderate confidence (${sampleSize} data points)`
  return `limited data (~${sampleSize} similar jobs)`
}

/** One line for the prompt: what the pattern is about, its strength, and its numbers. */
export function describePattern(pattern: PatternRow): string {
  const scope = [pattern.trade, pattern.jobCategory, pattern.region ?? 'nationwide'].filter(Boolean).join(', ')
  return `${pattern.patternType} (${scope}) — ${patternStrength(pattern.sampleSize)}: ${JSON.stringify(pattern.data)}`
}
