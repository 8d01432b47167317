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
 * Layer 5 slot: anonymous platform patterns this person may see (`allowedTypes` comes from
 * the Layer 6 mask, so a hidden type is never read), at or above their sample threshold,
 * for the person's trades and their state or nationwide. Relevance to the question (job
 * category named in it or the active job's) ranks them; `limit` caps what is returned.
 */
export async function loadPatterns(options: {
  tx: Tx
  allowedTypes: string[]
  trades: string[]
  state: string | null
  message: string
  activeCategory: string | null
  limit?: number
}): Promise<PatternRow[]> {
  const { tx, allowedTypes, trades, state, message, activeCategory, limit = 8 } = options
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
  const words = message.toLowerCase()
  const relevance = (row: (typeof rows)[number]) => {
    const category = row.job_category?.toLowerCase() ?? null
    let score = 0
    if (category && category === activeCategory?.toLowerCase()) score += 4
    if (category && category.split('_').every((part) => words.includes(part))) score += 3
    if (words.includes(row.pattern_type.split('_')[0]!)) score += 1
    if (row.region) score += 1
    return score
  }
  return [...rows]
    .map((row, order) => ({ row, order, score: relevance(row) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ row }) => ({
      patternType: row.pattern_type,
      trade: row.trade,
      region: row.region,
      jobCategory: row.job_category,
      data: row.data,
      sampleSize: row.sample_size,
      confidence: row.confidence,
    }))
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
