import { jobCategories, SERVICE_CALL } from '../../../jobs/job-categories'
import type { PatternRow } from './pattern-row'

/**
 * How Z may speak of a computed pattern, by its sample size (the ZAFTO thresholds). Rows under
 * their type's threshold are never read, so the lowest band is "limited".
 */
export function patternStrength(sampleSize: number): string {
  const band = confidenceBand(sampleSize)
  if (band === 'confident') return `confident (n=${sampleSize})`
  if (band === 'moderate') return `moderate confidence (a few hundred similar jobs, n=${sampleSize})`
  return `limited data (~${sampleSize} similar jobs), take it with a grain of salt`
}

/** The sample-size band of a pattern: 500+ confident, 100–499 moderate, fewer limited. */
export function confidenceBand(sampleSize: number): 'confident' | 'moderate' | 'limited' {
  if (sampleSize >= 500) return 'confident'
  if (sampleSize >= 100) return 'moderate'
  return 'limited'
}

// "Panel upgrade" → "panel upgrade" mid-sentence; "EV charger install" and "AC repair" keep their capitals.
const midSentence = (label: string) => (/^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1))
const categoryLabels = new Map([...Object.values(jobCategories).flat(), SERVICE_CALL].map((category) => [category.slug, midSentence(category.label)]))

/** A job category or equipment key in words: panel_upgrade → "panel upgrade", water_heater/rheem → "water heater, rheem". */
export const categoryLabel = (key: string): string =>
  categoryLabels.get(key) ??
  key
    .split('/')
    .map((part) => part.replace(/_/g, ' '))
    .join(', ')

/** Where a pattern's data comes from: nationwide, a state, or a zip-prefix area of one. */
export function regionLabel(region: string | null): string {
  if (!region) return 'nationwide'
  const area = /^([A-Z]{2})-(\d{3})$/.exec(region)
  return area ? `in the ${area[2]}xx zip area of ${area[1]}` : `in ${region}`
}

const typeLabels: Record<string, string> = {
  job_duration: 'Job duration',
  bid_pricing: 'Bid prices',
  material_cost: 'Material cost',
  bid_win_rate: 'Bid win rate',
  equipment_lifespan: 'Equipment lifespan',
  failure_pattern: 'Common failure',
}

type Data = Record<string, unknown>
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)
const isRecord = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)
const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [])
// Numbers are written exactly as stored: the line must carry the table's figures, not rounded ones.
const signed = (value: number) => `${value > 0 ? '+' : ''}${value}`
/** Stored dollars as written for people: thousands separated, cents only when there are any. */
const dollars = (value: number) => `$${value.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(value) ? 0 : 2, maximumFractionDigits: 2 })}`
const hours = (value: number) => `${value} h`
const years = (value: number) => `${value} years`
/** " (p25 …, p75 …)" when both quartiles are stored. */
const quartiles = (p25: unknown, p75: unknown, unit: (value: number) => string) => (isNumber(p25) && isNumber(p75) ? ` (p25 ${unit(p25)}, p75 ${unit(p75)})` : '')
/** "label value" pairs for the numeric entries of a breakdown, in the order given; skipped when absent. */
const breakdown = (value: unknown, labels: [key: string, label: string][]) =>
  isRecord(value)
    ? labels
        .filter(([key]) => isNumber(value[key]))
        .map(([key, label]) => `${label} ${value[key]}`)
        .join(', ')
    : ''
const joined = (parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join('; ')

/** Each type's figures in words; null when the stored data lacks the type's main figures. */
const renderers: Record<string, (data: Data) => string | null> = {
  job_duration: (d) => {
    if (!isNumber(d.median_hours)) return null
    const bySize = isRecord(d.by_company_size)
      ? Object.entries(d.by_company_size)
          .filter((entry): entry is [string, Data] => isRecord(entry[1]) && isNumber(entry[1].median))
          .map(([band, value]) => `${band} median ${hours(value.median as number)}${isNumber(value.sample_size) ? ` (n=${value.sample_size})` : ''}`)
          .join(', ')
      : ''
    return joined([
      `median ${hours(d.median_hours)}${quartiles(d.p25_hours, d.p75_hours, hours)}`,
      isNumber(d.median_vs_estimate_ratio) && `median actual/estimated hours ratio ${d.median_vs_estimate_ratio}`,
      bySize && `by company size: ${bySize}`,
    ])
  },
  bid_pricing: (d) => {
    if (!isNumber(d.median_bid)) return null
    const byQuartile = breakdown(d.win_rate_by_quartile, [
      ['below_p25', 'below p25'],
      ['p25_p50', 'p25–p50'],
      ['p50_p75', 'p50–p75'],
      ['above_p75', 'above p75'],
    ])
    const shares = breakdown(d, [
      ['material_pct_of_total', 'materials'],
      ['labor_pct_of_total', 'labor'],
      ['overhead_pct_of_total', 'overhead'],
    ])
    return joined([
      `median bid ${dollars(d.median_bid)}${quartiles(d.p25_bid, d.p75_bid, dollars)}`,
      byQuartile && `win rate by price quartile: ${byQuartile}`,
      shares && `share of the total: ${shares}`,
    ])
  },
  bid_win_rate: (d) => {
    if (!isNumber(d.overall_win_rate)) return null
    const response = breakdown(d.by_response_time, [
      ['same_day', 'same day'],
      ['next_day', 'next day'],
      ['2-3_days', '2–3 days'],
      ['4+_days', '4+ days'],
    ])
    const followUp = breakdown(d.by_follow_up, [
      ['followed_up', 'followed up'],
      ['no_follow_up', 'no follow-up'],
    ])
    return joined([`overall win rate ${d.overall_win_rate}`, response && `by response time: ${response}`, followUp && `by follow-up: ${followUp}`])
  },
  material_cost: (d) => {
    if (!isNumber(d.median_cost)) return null
    const brands = strings(d.common_brands)
    return joined([
      `${typeof d.item === 'string' ? `${d.item}: ` : ''}median ${dollars(d.median_cost)}${quartiles(d.p25_cost, d.p75_cost, dollars)}`,
      isNumber(d.trend_6mo) && `6-month price trend ${signed(d.trend_6mo)}`,
      brands.length > 0 && `common brands: ${brands.join(', ')}`,
      isNumber(d.geo_index) && `regional price index ${d.geo_index}`,
    ])
  },
  equipment_lifespan: (d) => {
    const [low, high] = [d.typical_years_low, d.typical_years_high]
    if (isNumber(low)) {
      const span = !isNumber(high) ? `${low}+ years` : high === low ? `about ${high} years` : `${low}–${high} years`
      return joined([`typically ${span}`, typeof d.note === 'string' && d.note])
    }
    if (!isNumber(d.median_lifespan_years)) return null
    const modes = strings(d.common_failure_modes)
    const climate = isRecord(d.climate_zone_adjustment)
      ? Object.entries(d.climate_zone_adjustment)
          .filter((entry): entry is [string, number] => isNumber(entry[1]))
          .map(([zone, years]) => `${zone.replace(/_/g, ' ')} ${signed(years)} years`)
          .join(', ')
      : ''
    return joined([
      `median lifespan ${years(d.median_lifespan_years)}${quartiles(d.p25_years, d.p75_years, years)}`,
      modes.length > 0 && `common failure modes: ${modes.join(', ')}`,
      climate && `climate zone adjustment: ${climate}`,
    ])
  },
  failure_pattern: (d) => {
    if (typeof d.issue !== 'string') return null
    const parts = strings(d.parts_commonly_needed)
    const detail = [isNumber(d.issue_share) && `share of repairs ${d.issue_share}`, typeof d.frequency === 'string' && `frequency ${d.frequency}`]
      .filter(Boolean)
      .join(', ')
    return joined([
      `${typeof d.common_at_age === 'string' ? `at ${d.common_at_age}: ` : ''}${d.issue}${detail ? ` (${detail})` : ''}`,
      isNumber(d.typical_repair_time_hours) && `typical repair ${hours(d.typical_repair_time_hours)}`,
      parts.length > 0 && `parts commonly needed: ${parts.join(', ')}`,
    ])
  },
}

/** What a pattern is about: its kind of work or equipment (brand and model in words when stored), and trade. */
function subjectOf(pattern: PatternRow): string {
  const { data } = pattern
  const equipment = typeof data.equipment_type === 'string' ? [data.equipment_type, data.brand, data.model_family].filter((part) => typeof part === 'string') : []
  const subject = equipment.length
    ? equipment.map((part) => part.replace(/_/g, ' ')).join(', ')
    : pattern.jobCategory
      ? categoryLabel(pattern.jobCategory)
      : 'all work'
  return `${subject} (${pattern.trade.replace(/_/g, ' ')})`
}

/**
 * One line for the prompt: what the pattern is about and where from, how strongly Z may say
 * it (a baseline is an industry average, not ZAFTO data), and its figures exactly as stored.
 * Data of an unknown shape is given as stored rather than guessed at.
 */
export function describePattern(pattern: PatternRow): string {
  const strength = pattern.source === 'baseline' ? `industry average (${referenceOf(pattern)}), not ZAFTO data` : patternStrength(pattern.sampleSize)
  const figures = renderers[pattern.patternType]?.(pattern.data) ?? JSON.stringify(pattern.data)
  return `${typeLabels[pattern.patternType] ?? pattern.patternType} · ${subjectOf(pattern)} ${regionLabel(pattern.region)} — ${strength}: ${figures}`
}

const referenceOf = (pattern: PatternRow) => (typeof pattern.data.reference === 'string' ? pattern.data.reference : 'published industry figure')
