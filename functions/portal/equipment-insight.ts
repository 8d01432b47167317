import { sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { confidenceBand, regionLabel } from '../ai/layers/patterns/describe-pattern'
import { stateCodeOf } from '../ai/layers/patterns/read-question'
import { equipmentKindKey, equipmentKindTrades, modelFamilyOf } from '../customers/equipment-kinds'
import { textArray } from '../lib/sql-values'
import type { EquipmentInsight } from './schemas'

/**
 * How long a unit like this one usually lasts, from Layer 5's `equipment_lifespan` patterns:
 * the row for its kind, brand and model family if there is one, else kind and brand, else
 * kind; of those, the most specific region (zip area, state, nationwide). A computed pattern
 * gives its quartiles and median ("ZAFTO data", with its sample band); a baseline is worded
 * as the industry average it is. No row, no insight: nothing is ever made up.
 */

/** A unit to explain, with where it is (its property's state and postal code, when known). */
export type InsightUnit = {
  kind: string
  make: string | null
  model: string | null
  ageYears: number | null
  state: string | null
  postalCode: string | null
}

type PatternRow = {
  trade: string
  region: string | null
  job_category: string
  data: Record<string, unknown>
  sample_size: number
  source: 'computed' | 'baseline'
}

/** The pattern keys a unit counts toward, most specific first, as cron/pipelines/equipment-base.ts files them. */
export function lifespanKeys(unit: Pick<InsightUnit, 'kind' | 'make' | 'model'>): string[] {
  const kind = equipmentKindKey(unit.kind)
  if (!kind) return []
  const brand = unit.make ? equipmentKindKey(unit.make) : ''
  const family = unit.model?.trim() ? modelFamilyOf(unit.model.trim()).toLowerCase() : ''
  return [brand && family ? `${kind}/${brand}/${family}` : null, brand ? `${kind}/${brand}` : null, kind].filter((key): key is string => !!key)
}

/** The regions a unit's figures may come from, most specific first (null: nationwide). */
function regionsOf(unit: Pick<InsightUnit, 'state' | 'postalCode'>): (string | null)[] {
  const state = stateCodeOf(unit.state)
  const zip3 = /^(\d{3})/.exec(unit.postalCode?.trim() ?? '')?.[1]
  const regions: (string | null)[] = []
  if (state && zip3) regions.push(`${state}-${zip3}`)
  if (state) regions.push(state)
  return [...regions, null]
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** "water_heater" → "Water heaters". */
function pluralLabel(kindKey: string): string {
  const words = kindKey.replace(/_/g, ' ')
  const plural = /[^aeiou]y$/.test(words) ? `${words.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(words) ? `${words}es` : `${words}s`
  return plural.charAt(0).toUpperCase() + plural.slice(1)
}

/** "10–14 years", "20+ years", "about 16 years", in whole years. */
function span(low: number, high: number | null): string {
  const [from, to] = [Math.round(low), high === null ? null : Math.round(high)]
  if (to === null) return `${from}+ years`
  return to === from ? `about ${to} years` : `${from}–${to} years`
}

/** A row's range and typical figure: a computed row's quartiles and median, a baseline's range and its middle. */
function figuresOf({ source, data: d }: PatternRow): { low: unknown; high: unknown; typical: unknown } {
  if (source === 'computed') return { low: d.p25_years, high: d.p75_years, typical: d.median_lifespan_years }
  const middle = isNumber(d.typical_years_low) && isNumber(d.typical_years_high) ? (d.typical_years_low + d.typical_years_high) / 2 : d.typical_years_low
  return { low: d.typical_years_low, high: d.typical_years_high, typical: middle }
}

/** The insight a pattern row gives for a unit; null when the row lacks its figures. */
function toInsight(row: PatternRow, unit: InsightUnit, level: number): EquipmentInsight | null {
  const computed = row.source === 'computed'
  const { low, high, typical } = figuresOf(row)
  if (!isNumber(low) || !isNumber(typical) || (high !== null && high !== undefined && !isNumber(high))) return null
  const upper = isNumber(high) ? high : null
  const kind = row.job_category.split('/')[0]!
  const subject = `${pluralLabel(kind)}${['', ' of this brand', ' of this model line'][level]}`
  const where = row.region ? ` ${regionLabel(row.region)}` : ''
  const basis = computed ? '' : ' (industry average)'
  const yours = unit.ageYears === null ? '' : `; yours is ${unit.ageYears}`
  const caveat = computed && confidenceBand(row.sample_size) === 'limited' ? ' Based on limited data so far.' : ''
  return {
    text: `${subject} typically last ${span(low, upper)}${where}${basis}${yours}.${caveat}`,
    lowYears: low,
    highYears: upper,
    typicalYears: typical,
    basis: computed ? 'zafto' : 'industry',
    confidence: computed ? confidenceBand(row.sample_size) : null,
    sampleSize: computed ? row.sample_size : null,
  }
}

/**
 * The lifespan insight of each unit (null where no pattern qualifies), in the order given,
 * from one query. Patterns are shared reference data every signed-in person may read.
 */
export async function equipmentInsights(tx: Tx, units: InsightUnit[]): Promise<(EquipmentInsight | null)[]> {
  const keys = [...new Set(units.flatMap(lifespanKeys))]
  if (!keys.length) return units.map(() => null)
  const regions = [...new Set(units.flatMap(regionsOf).filter((region): region is string => region !== null))]
  const rows = (await tx.execute(sql`
    select trade, region, job_category, data, sample_size, source
    from public.intelligence_patterns
    where pattern_type = 'equipment_lifespan' and sample_size >= min_sample_threshold
      and job_category = any (${textArray(keys)}::text[])
      and (region is null or region = any (${textArray(regions)}::text[]))`)) as unknown as PatternRow[]
  const found = new Map(rows.map((row) => [`${row.trade}|${row.job_category}|${row.region ?? ''}`, row]))
  return units.map((unit) => {
    const trade = equipmentKindTrades[equipmentKindKey(unit.kind)]
    if (!trade) return null
    const unitKeys = lifespanKeys(unit)
    for (const key of unitKeys) {
      for (const region of regionsOf(unit)) {
        const row = found.get(`${trade}|${key}|${region ?? ''}`)
        // Levels count from the kind up: 0 kind, 1 brand, 2 model family.
        const insight = row && toInsight({ ...row, sample_size: Number(row.sample_size) }, unit, key.split('/').length - 1)
        if (insight) return insight
      }
    }
    return null
  })
}
