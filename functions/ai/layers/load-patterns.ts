import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { textArray } from '../../lib/sql-values'
import { normalizeQuery } from '../routing/normalize-query'
import { findPatternGaps, type PatternGap } from './patterns/pattern-gaps'
import type { PatternRow } from './patterns/pattern-row'
import { equipmentKindKey, equipmentKindTrades } from '../../customers/equipment-kinds'
import { lifespanKeys } from '../../portal/equipment-insight'
import { resolvePatternScope, type EquipmentScope, type JobScope, type PatternScope } from './patterns/pattern-scope'
import { readQuestion, stateCodeOf } from './patterns/read-question'

export type { PatternRow } from './patterns/pattern-row'
export type { PatternGap } from './patterns/pattern-gaps'
export { describePattern, patternStrength } from './patterns/describe-pattern'
export { describeGap, sayGap } from './patterns/pattern-gaps'

/**
 * The open job's trade, kind of work and site (the property's state and zip prefix, else a
 * state-like job region), from the job as enrichSession read it under the caller's RLS: a job
 * they may not see is null there, and so is its scope.
 */
export function jobScopeOf(job: Record<string, unknown> | null): JobScope | null {
  if (!job || typeof job.trade !== 'string') return null
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
  const region = /^([A-Za-z]{2})(?:-(\d{3}))?$/.exec(text(job.region))
  const zip = /^(\d{3})/.exec(text(job.site_postal_code))
  return {
    trade: job.trade,
    category: typeof job.category === 'string' ? job.category : null,
    state: stateCodeOf(text(job.site_state) || null) ?? stateCodeOf(region?.[1]),
    zip3: zip?.[1] ?? region?.[2] ?? null,
  }
}

/**
 * The open equipment's pattern keys, from the equipment as enrichSession read it under the
 * caller's RLS (another homeowner's equipment is null there, and so is its scope): the kind
 * key, and kind/brand and kind/brand/model-family as the lifespan pipeline files them.
 */
export function equipmentScopeOf(equipment: Record<string, unknown> | null): EquipmentScope | null {
  if (!equipment || typeof equipment.kind !== 'string') return null
  const kind = equipmentKindKey(equipment.kind)
  const trade = equipmentKindTrades[kind]
  if (!trade) return null
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  const brandCategories = lifespanKeys({ kind, make: text(equipment.make), model: text(equipment.model) }).filter((key) => key !== kind)
  return { trade, kind, brandCategories }
}

/**
 * Layer 5 candidates for a scope: the pattern types the Layer 6 mask allows (so a hidden type
 * is never read), at or above their sample threshold, for the scope's trades, its area, state
 * or nationwide, and its kinds of work or equipment (any when it names none; trade-wide rows
 * with no category always qualify). Of each (type, trade, category) only the most specific
 * region is kept: area over state over nationwide. The asked-for types come first, then the
 * most confident; at most 40.
 */
export async function loadPatterns(options: { tx: Tx; allowedTypes: string[]; scope: PatternScope }): Promise<PatternRow[]> {
  const { tx, allowedTypes, scope } = options
  if (!allowedTypes.length || !scope.trades.length) return []
  const anyCategory = !scope.categories.length && !scope.equipmentKinds.length
  const regions = [scope.area, scope.state].filter((region): region is string => !!region)
  const rows = await tx.execute<{
    pattern_type: string
    trade: string
    region: string | null
    job_category: string | null
    data: Record<string, unknown>
    sample_size: number
    confidence: number | null
    source: PatternRow['source']
  }>(sql`
    select pattern_type, trade, region, job_category, data, sample_size, confidence, source
    from (
      select distinct on (pattern_type, trade, job_category) pattern_type, trade, region, job_category, data, sample_size, confidence, source
      from public.intelligence_patterns
      where sample_size >= min_sample_threshold
        and pattern_type = any (${textArray(allowedTypes)}::text[])
        and trade = any (${textArray(scope.trades)}::text[])
        and (region is null or region = any (${textArray(regions)}::text[]))
        and (${anyCategory} or job_category is null
             or job_category = any (${textArray([...scope.categories, ...scope.equipmentKinds])}::text[])
             or exists (select 1 from unnest(${textArray(scope.equipmentKinds)}::text[]) as kind where starts_with(job_category, kind || '/')))
      order by pattern_type, trade, job_category, length(region) desc nulls last
    ) most_specific
    order by pattern_type = any (${textArray(scope.subjects)}::text[]) desc, confidence desc nulls last, sample_size desc
    limit 40`)
  return rows.map((row) => ({
    patternType: row.pattern_type,
    trade: row.trade,
    region: row.region,
    jobCategory: row.job_category,
    data: row.data,
    sampleSize: row.sample_size,
    confidence: row.confidence,
    source: row.source,
  }))
}

/**
 * The Layer 5 slot: candidates ranked by relevance to the question — the pattern type it asks
 * about, the kind of work or equipment it names (a brand or model it names over the generic
 * row, the generic row over other brands), a regional figure over a national one — most
 * confident first among equals.
 */
export function rankPatterns(patterns: PatternRow[], { message, scope, limit = 8 }: { message: string; scope: PatternScope; limit?: number }): PatternRow[] {
  const words = normalizeQuery(message)
  const mentions = (key: string) => key.split(/[_/]/).every((part) => words.includes(part))
  const named = new Set([...scope.categories, ...scope.equipmentKinds])
  const relevance = (pattern: PatternRow) => {
    const category = pattern.jobCategory
    let score = scope.subjects.includes(pattern.patternType) ? 4 : 0
    if (category && named.has(category)) score += 3
    else if (category && named.size) score += 1 + (mentions(category.slice(category.indexOf('/') + 1)) ? 3 : 0)
    else if (category && mentions(category)) score += 3
    if (pattern.region) score += pattern.region.includes('-') ? 2 : 1
    return score
  }
  return patterns
    .map((pattern, order) => ({ pattern, order, score: relevance(pattern) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map(({ pattern }) => pattern)
}

/** What Layer 5 puts in front of Z for one question: the patterns to state, and what to say it lacks. */
export type SelectedPatterns = { scope: PatternScope; patterns: PatternRow[]; gaps: PatternGap[] }

/**
 * Layer 5 for one question: the scope from the question, else the open equipment, else the open job, else the company
 * (`scopeTrades`, `companyState`); the rows of the types `allowedTypes` permits; the most
 * relevant of them; and a gap for each asked-about type with no qualifying row.
 */
export async function selectPatterns(options: {
  tx: Tx
  message: string
  /** Pattern types the Layer 6 mask allows. */
  allowedTypes: string[]
  /** The company's trades (every trade for homeowners and platform staff). */
  scopeTrades: readonly string[]
  companyState: string | null
  /** The session's open job as enrichSession read it (under RLS), if any. */
  activeJob: Record<string, unknown> | null
  /** The session's open equipment as enrichSession read it (under RLS), if any. */
  activeEquipment?: Record<string, unknown> | null
}): Promise<SelectedPatterns> {
  const { tx, message, allowedTypes, scopeTrades, companyState, activeJob } = options
  const question = readQuestion(message, scopeTrades)
  const job = jobScopeOf(activeJob)
  const equipment = equipmentScopeOf(options.activeEquipment ?? null)
  const scope = resolvePatternScope({ question, job, equipment, scopeTrades, companyState })
  if (!allowedTypes.length || !scope.trades.length) return { scope, patterns: [], gaps: [] }
  const candidates = await loadPatterns({ tx, allowedTypes, scope })
  return { scope, patterns: rankPatterns(candidates, { message, scope }), gaps: findPatternGaps({ scope, allowedTypes, found: candidates }) }
}
