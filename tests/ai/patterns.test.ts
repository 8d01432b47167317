import { describe, expect, test } from 'vitest'
import { trades } from '../../db/schema/companies/values'
import { describeGap, describePattern, patternStrength, rankPatterns, sayGap, type PatternRow } from '../../functions/ai/layers/load-patterns'
import { findPatternGaps } from '../../functions/ai/layers/patterns/pattern-gaps'
import { resolvePatternScope, type PatternScope } from '../../functions/ai/layers/patterns/pattern-scope'
import { readQuestion, stateCodeOf, stateInQuestion } from '../../functions/ai/layers/patterns/read-question'
import { composeOfflineAnswer } from '../../functions/ai/providers/compose-offline-answer'

/**
 * Layer 5's pure parts: reading a question's scope, resolving it against the open job and the
 * company, phrasing a pattern by its threshold with its stored numbers, ranking, and the gaps.
 */

const allTrades = [...trades]

const row = (overrides: Partial<PatternRow>): PatternRow => ({
  patternType: 'bid_pricing',
  trade: 'electrical',
  region: 'CT',
  jobCategory: 'panel_upgrade',
  data: { median_bid: 3200, p25_bid: 2400, p75_bid: 4100 },
  sampleSize: 140,
  confidence: 0.5,
  source: 'computed',
  ...overrides,
})

const scope = (overrides: Partial<PatternScope> = {}): PatternScope => ({
  trades: ['electrical'],
  state: 'CT',
  area: null,
  categories: [],
  equipmentKinds: [],
  subjects: [],
  ...overrides,
})

describe('reading a question', () => {
  test('"what should I bid a 200 A panel upgrade in CT?" is electrical panel-upgrade pricing in CT', () => {
    expect(readQuestion('what should I bid a 200 A panel upgrade in CT?', ['electrical', 'solar'])).toEqual({
      trade: 'electrical',
      categories: ['panel_upgrade'],
      equipmentKinds: [],
      namedTrades: ['electrical'],
      state: 'CT',
      subjects: ['bid_pricing'],
    })
  })

  test('a state is an upper-case code after "in" or before "\'s", or a state name; "in", "or", "me" and "CO detector" are not states', () => {
    expect(stateInQuestion('panel upgrades in CT')).toBe('CT')
    expect(stateInQuestion("what do CT's electricians charge")).toBe('CT')
    expect(stateInQuestion('jobs across NY this year')).toBe('NY')
    expect(stateInQuestion('what do jobs go for in Connecticut?')).toBe('CT')
    expect(stateInQuestion('how long does a roof last in west virginia')).toBe('WV')
    expect(stateInQuestion('should I go in or out, can you tell me')).toBeNull()
    expect(stateInQuestion('what should I charge in ct')).toBeNull()
    expect(stateInQuestion('how long does a CO detector last')).toBeNull()
    expect(stateInQuestion('is 12 GA wire ok on a 20 A circuit')).toBeNull()
  })

  test('free-text states from a property become codes', () => {
    expect([stateCodeOf('ct'), stateCodeOf(' Connecticut '), stateCodeOf('New  York'), stateCodeOf('Narnia'), stateCodeOf(null)]).toEqual(['CT', 'CT', 'NY', null, null])
  })

  test('the subject: how long it takes is duration, how long it lasts is lifespan, a close rate is not pricing', () => {
    const subjects = (message: string) => readQuestion(message, allTrades).subjects
    expect(subjects('How long does a panel upgrade take?')).toEqual(['job_duration'])
    expect(subjects('How long will my water heater last?')).toEqual(['equipment_lifespan'])
    expect(subjects("What's our close rate on bids this year?")).toEqual(['bid_win_rate'])
    expect(subjects('What should I charge for a panel upgrade and how long will it take?')).toEqual(['bid_pricing', 'job_duration'])
    expect(subjects('what are the common failures on a navien tankless')).toEqual(['failure_pattern'])
    expect(subjects('what do the materials for a panel swap cost these days')).toEqual(['material_cost'])
    expect(subjects('what does a furnace repair cost?')).toEqual(['bid_pricing'])
    expect(subjects('what size breaker for a dryer?')).toEqual([])
  })

  test('equipment is named by its kind, the longest name winning; kinds of work only among the trades in scope', () => {
    const question = readQuestion('my tankless water heater keeps shutting off', allTrades)
    expect(question.equipmentKinds).toEqual(['tankless_water_heater'])
    expect(question.categories).toEqual(['tankless_water_heater'])
    expect(readQuestion('how long does a hot water heater last', allTrades)).toMatchObject({ equipmentKinds: ['water_heater'], namedTrades: ['plumbing'] })
    expect(readQuestion('what should I charge for a water heater swap', ['electrical']).categories).toEqual([])
  })
})

describe('resolving the scope', () => {
  const job = { trade: 'electrical', category: 'ev_charger', state: 'CT', zip3: '061' }

  test('the question wins field by field, then the open job, then the company', () => {
    const question = readQuestion('what should I bid a panel upgrade?', ['electrical', 'solar'])
    expect(resolvePatternScope({ question, job, scopeTrades: ['electrical', 'solar'], companyState: 'NY' })).toEqual({
      trades: ['electrical'],
      state: 'CT',
      area: 'CT-061',
      categories: ['panel_upgrade'],
      equipmentKinds: [],
      subjects: ['bid_pricing'],
    })
    const vague = readQuestion('what should I bid this?', ['electrical', 'solar'])
    expect(resolvePatternScope({ question: vague, job, scopeTrades: ['electrical', 'solar'], companyState: 'NY' })).toMatchObject({ trades: ['electrical'], categories: ['ev_charger'], area: 'CT-061' })
    expect(resolvePatternScope({ question: vague, job: null, scopeTrades: ['electrical', 'solar'], companyState: 'NY' })).toMatchObject({
      trades: ['electrical', 'solar'],
      state: 'NY',
      area: null,
      categories: [],
    })
  })

  test("a state in the question that is not the job's drops the job's zip area", () => {
    const question = readQuestion('what do panel upgrades bid at in MA?', ['electrical'])
    expect(resolvePatternScope({ question, job, scopeTrades: ['electrical'], companyState: 'CT' })).toMatchObject({ state: 'MA', area: null })
  })

  test('a question narrows the trades in scope but never widens them', () => {
    const question = readQuestion('how long does a water heater last?', allTrades)
    expect(resolvePatternScope({ question, job: null, scopeTrades: ['electrical'], companyState: 'CT' })).toMatchObject({ trades: ['electrical'], equipmentKinds: ['water_heater'] })
    expect(resolvePatternScope({ question, job: null, scopeTrades: allTrades, companyState: null })).toMatchObject({ trades: ['plumbing'] })
  })
})

describe('phrasing by the ZAFTO thresholds', () => {
  test('each band has its phrase, at both edges', () => {
    const band = (n: number) => patternStrength(n)
    expect(band(25)).toBe('limited data (~25 similar jobs), take it with a grain of salt')
    expect(band(99)).toBe('limited data (~99 similar jobs), take it with a grain of salt')
    expect(band(100)).toBe('moderate confidence (a few hundred similar jobs, n=100)')
    expect(band(499)).toBe('moderate confidence (a few hundred similar jobs, n=499)')
    expect(band(500)).toBe('confident (n=500)')
    expect(band(12_000)).toBe('confident (n=12000)')
  })

  test('a line names the pattern, the kind of work, the region and the band, and carries the stored numbers exactly', () => {
    const line = describePattern(
      row({
        data: {
          median_bid: 3217.77,
          p25_bid: 2400.5,
          p75_bid: 4100,
          win_rate_by_quartile: { below_p25: 0.781, p25_p50: 0.61, p50_p75: 0.44, above_p75: 0.29 },
          material_pct_of_total: 0.35,
          labor_pct_of_total: 0.55,
          overhead_pct_of_total: 0.1,
        },
      }),
    )
    expect(line).toBe(
      'Bid prices · panel upgrade (electrical) in CT — moderate confidence (a few hundred similar jobs, n=140): median bid $3,217.77 (p25 $2,400.50, p75 $4,100); ' +
        'win rate by price quartile: below p25 0.781, p25–p50 0.61, p50–p75 0.44, above p75 0.29; share of the total: materials 0.35, labor 0.55, overhead 0.1',
    )
  })

  test('every type renders its figures, and only figures that are stored', () => {
    const lines = [
      describePattern(
        row({
          patternType: 'job_duration',
          region: 'CT-061',
          sampleSize: 40,
          data: { median_hours: 6.25, p25_hours: 5, p75_hours: 8.5, median_vs_estimate_ratio: null, by_company_size: { solo: { median: 7.5, sample_size: 30 } } },
        }),
      ),
      describePattern(
        row({
          patternType: 'bid_win_rate',
          region: null,
          sampleSize: 800,
          jobCategory: null,
          data: { overall_win_rate: 0.52, by_response_time: { same_day: 0.68, '4+_days': 0.23 }, by_follow_up: { followed_up: 0.64 } },
        }),
      ),
      describePattern(
        row({
          patternType: 'material_cost',
          jobCategory: '200a_main_breaker_panel',
          data: { item: '200A main breaker panel', median_cost: 289, p25_cost: 245, p75_cost: 340, trend_6mo: 0.04, common_brands: ['Square D', 'Eaton'], geo_index: null },
        }),
      ),
      describePattern(
        row({
          patternType: 'equipment_lifespan',
          trade: 'plumbing',
          region: null,
          jobCategory: 'water_heater/rheem',
          sampleSize: 60,
          data: {
            equipment_type: 'water_heater',
            brand: 'Rheem',
            model_family: null,
            median_lifespan_years: 11.2,
            p25_years: 9,
            p75_years: 13.4,
            common_failure_modes: ['anode', 'tank leak'],
            climate_zone_adjustment: { hot_humid: -1.5, cold: 0.8 },
          },
        }),
      ),
      describePattern(
        row({
          patternType: 'failure_pattern',
          trade: 'plumbing',
          region: null,
          jobCategory: 'tankless_water_heater/navien/3-5_years',
          sampleSize: 22,
          data: {
            equipment_type: 'tankless_water_heater',
            brand: 'Navien',
            common_at_age: '3-5 years',
            issue: 'flow sensor',
            issue_share: 0.41,
            frequency: 'high',
            typical_repair_time_hours: 1.5,
            parts_commonly_needed: ['flow sensor', 'gasket kit'],
          },
        }),
      ),
    ]
    expect(lines).toEqual([
      'Job duration · panel upgrade (electrical) in the 061xx zip area of CT — limited data (~40 similar jobs), take it with a grain of salt: median 6.25 h (p25 5 h, p75 8.5 h); by company size: solo median 7.5 h (n=30)',
      'Bid win rate · all work (electrical) nationwide — confident (n=800): overall win rate 0.52; by response time: same day 0.68, 4+ days 0.23; by follow-up: followed up 0.64',
      'Material cost · 200a main breaker panel (electrical) in CT — moderate confidence (a few hundred similar jobs, n=140): 200A main breaker panel: median $289 (p25 $245, p75 $340); 6-month price trend +0.04; common brands: Square D, Eaton',
      'Equipment lifespan · water heater, Rheem (plumbing) nationwide — limited data (~60 similar jobs), take it with a grain of salt: median lifespan 11.2 years (p25 9 years, p75 13.4 years); common failure modes: anode, tank leak; climate zone adjustment: hot humid -1.5 years, cold +0.8 years',
      'Common failure · tankless water heater, Navien (plumbing) nationwide — limited data (~22 similar jobs), take it with a grain of salt: at 3-5 years: flow sensor (share of repairs 0.41, frequency high); typical repair 1.5 h; parts commonly needed: flow sensor, gasket kit',
    ])
  })

  test('data of an unknown shape is given as stored, not guessed at', () => {
    expect(describePattern(row({ data: { marker: 3217.77 } }))).toBe(
      'Bid prices · panel upgrade (electrical) in CT — moderate confidence (a few hundred similar jobs, n=140): {"marker":3217.77}',
    )
  })

  test('a baseline is an industry average with its reference, not ZAFTO data', () => {
    const baseline = row({
      patternType: 'equipment_lifespan',
      trade: 'plumbing',
      region: null,
      jobCategory: 'water_heater',
      sampleSize: 0,
      confidence: null,
      source: 'baseline',
      data: { equipment_type: 'water_heater', typical_years_low: 8, typical_years_high: 12, note: 'tank water heaters: about 10 years', reference: 'NAHB study (2007)' },
    })
    expect(describePattern(baseline)).toBe(
      'Equipment lifespan · water heater (plumbing) nationwide — industry average (NAHB study (2007)), not ZAFTO data: typically 8–12 years; tank water heaters: about 10 years',
    )
    expect(describePattern({ ...baseline, data: { equipment_type: 'tankless_water_heater', typical_years_low: 20, typical_years_high: null, reference: 'NAHB' } })).toMatch(/: typically 20\+ years$/)
  })
})

describe('ranking', () => {
  test('the asked-for type first, then the named kind over a brand the question does not name, then the most specific region', () => {
    const lifespan = row({ patternType: 'equipment_lifespan', trade: 'plumbing', region: null, jobCategory: 'water_heater' })
    const rheem = row({ patternType: 'equipment_lifespan', trade: 'plumbing', region: null, jobCategory: 'water_heater/rheem' })
    const failures = row({ patternType: 'failure_pattern', trade: 'plumbing', region: null, jobCategory: 'water_heater/6-10_years' })
    const waterHeater = scope({ trades: ['plumbing'], categories: ['water_heater'], equipmentKinds: ['water_heater'], subjects: ['equipment_lifespan'] })
    expect(rankPatterns([failures, rheem, lifespan], { message: 'how long will my water heater last?', scope: waterHeater })).toEqual([lifespan, rheem, failures])
    expect(rankPatterns([failures, lifespan, rheem], { message: 'how long will my Rheem water heater last?', scope: waterHeater })).toEqual([rheem, lifespan, failures])
  })

  test('at most the limit', () => {
    const many = Array.from({ length: 12 }, (_, i) => row({ jobCategory: `kind_${i}` }))
    expect(rankPatterns(many, { message: 'anything', scope: scope() })).toHaveLength(8)
  })
})

describe('saying there is not enough data', () => {
  test('an asked-for, visible type with no row is a gap; a hidden one is not mentioned; a type with a row is not a gap', () => {
    const asked = scope({ categories: ['panel_upgrade'], subjects: ['bid_pricing', 'job_duration', 'bid_win_rate'] })
    const gaps = findPatternGaps({ scope: asked, allowedTypes: ['bid_pricing', 'job_duration', 'equipment_lifespan'], found: [row({ patternType: 'job_duration' })] })
    expect(gaps).toEqual([{ patternType: 'bid_pricing', subject: 'panel upgrade', state: 'CT' }])
    expect(describeGap(gaps[0]!)).toBe(
      "Not enough data on what panel upgrade jobs bid at in CT: no ZAFTO pattern meets its sample threshold. Say you don't have enough data to give a reliable number; do not estimate one.",
    )
    expect(sayGap(gaps[0]!)).toBe("I don't have enough data to give you a reliable number on what panel upgrade jobs bid at in CT.")
  })

  test('equipment gaps name the equipment and no state', () => {
    const asked = scope({ trades: ['plumbing'], categories: ['water_heater'], equipmentKinds: ['water_heater'], subjects: ['equipment_lifespan'] })
    const [gap] = findPatternGaps({ scope: asked, allowedTypes: ['equipment_lifespan'], found: [] })
    expect(sayGap(gap!)).toBe("I don't have enough data to give you a reliable number on how long a water heater lasts.")
  })

  test('the offline answer says it plainly, after any pattern lines', () => {
    const text = composeOfflineAnswer({ knowledge: [], citations: [], patterns: [], patternGaps: ["I don't have enough data to give you a reliable number on bid win rates."] })
    expect(text.startsWith("I don't have enough data to give you a reliable number on bid win rates.")).toBe(true)
    expect(text).not.toMatch(/I don't have anything on this yet/)
  })
})
