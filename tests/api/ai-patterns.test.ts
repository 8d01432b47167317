import type postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, signUp, type Account, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

/**
 * Z's Layer 5 slot seen through dry runs: the patterns relevant to the question (trade, state,
 * kind of work; else the open job's; else the company's), the most specific region, phrased by
 * the ZAFTO thresholds or as an industry average, a plain "not enough data" when nothing
 * qualifies, and Layer 6 still deciding which types a role may see at all.
 */

let server: TestServer
let team: Team
let plumber: Account
let homeowner: Account
let evJobId: string

/** A stored dollar figure as Z's prompt writes it. */
const usd = (value: number) => `$${value.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(value) ? 0 : 2, maximumFractionDigits: 2 })}`
/** Every way a figure could appear in a dry run: raw in the data, or written in the prompt. */
const spellings = (value: number) => [String(value), usd(value)]

/** Figures no other text in a dry run could contain by accident. */
const figures = {
  ctPanelBid: { median_bid: 3217.77, p25_bid: 2611.11, p75_bid: 4022.22 },
  nationalPanelBid: 2999.99,
  nyPanelBid: 3555.55,
  ctEvBid: 1444.44,
  areaEvBid: 1333.33,
  plumbingBid: 1888.88,
  ctPanelHoursUnderThreshold: 9.87,
  ctEvHoursUnderThreshold: 7.65,
  furnaceRepairBid: 5432.1,
  furnaceRepairHours: 3.21,
  furnaceFailureShare: 0.437,
}
const distractors = [
  figures.nationalPanelBid,
  figures.nyPanelBid,
  figures.ctEvBid,
  figures.areaEvBid,
  figures.plumbingBid,
  figures.ctPanelHoursUnderThreshold,
  figures.ctEvHoursUnderThreshold,
]

type Row = { type: string; trade: string; region: string | null; category: string | null; data: Record<string, unknown>; n: number; threshold?: number }

const insert = (sql: postgres.Sql, row: Row) => sql`
  insert into intelligence_patterns (pattern_type, trade, region, job_category, data, sample_size, confidence, min_sample_threshold, last_computed_at)
  values (${row.type}, ${row.trade}, ${row.region}, ${row.category}, ${sql.json(row.data as never)}, ${row.n}, ${Math.min(0.95, row.n / (row.n + 50))}, ${row.threshold ?? 25}, now())`

const bid = (median: number) => ({ median_bid: median, p25_bid: median - 500, p75_bid: median + 500 })
const seeded: Row[] = [
  { type: 'bid_pricing', trade: 'electrical', region: 'CT', category: 'panel_upgrade', data: figures.ctPanelBid, n: 140 },
  { type: 'bid_pricing', trade: 'electrical', region: null, category: 'panel_upgrade', data: bid(figures.nationalPanelBid), n: 900 },
  { type: 'bid_pricing', trade: 'electrical', region: 'NY', category: 'panel_upgrade', data: bid(figures.nyPanelBid), n: 300 },
  { type: 'bid_pricing', trade: 'electrical', region: 'CT', category: 'ev_charger', data: bid(figures.ctEvBid), n: 200 },
  { type: 'bid_pricing', trade: 'electrical', region: 'CT-061', category: 'ev_charger', data: bid(figures.areaEvBid), n: 60 },
  { type: 'bid_pricing', trade: 'plumbing', region: 'CT', category: 'panel_upgrade', data: bid(figures.plumbingBid), n: 200 },
  { type: 'job_duration', trade: 'electrical', region: 'CT', category: 'panel_upgrade', data: { median_hours: figures.ctPanelHoursUnderThreshold, p25_hours: 8, p75_hours: 11 }, n: 12 },
  { type: 'job_duration', trade: 'electrical', region: 'CT', category: 'ev_charger', data: { median_hours: figures.ctEvHoursUnderThreshold, p25_hours: 6, p75_hours: 9 }, n: 10 },
  { type: 'bid_pricing', trade: 'hvac', region: null, category: 'furnace_repair', data: bid(figures.furnaceRepairBid), n: 700 },
  { type: 'job_duration', trade: 'hvac', region: null, category: 'furnace_repair', data: { median_hours: figures.furnaceRepairHours, p25_hours: 2, p75_hours: 4 }, n: 700 },
  {
    type: 'failure_pattern',
    trade: 'hvac',
    region: null,
    category: 'furnace/16-20_years',
    data: { equipment_type: 'furnace', brand: null, common_at_age: '16-20 years', issue: 'cracked heat exchanger', issue_share: figures.furnaceFailureShare, frequency: 'medium' },
    n: 30,
    threshold: 20,
  },
]

const dryRun = async (account: Account, message: string, extra: Record<string, unknown> = {}) => {
  const response = await account.api.post('/ai/chat', { message, platform: 'web_crm', dry_run: true, ...extra })
  expect(response.status).toBe(200)
  return response.body
}

const panelQuestion = 'what should I bid a 200 A panel upgrade in CT?'

beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server, 'Pattern Electric')
  plumber = await signUp(server, 'plumber')
  expect((await plumber.api.post('/companies', { name: 'Pattern Plumbing & Heating', trades: ['plumbing', 'hvac'], state: 'CT' })).status).toBe(201)
  homeowner = await signUp(server, 'homeowner')
  const customer = await team.office.api.post('/customers', { name: 'Dana Whitfield' })
  const property = await team.office.api.post(`/customers/${customer.body.id}/properties`, { address: '9 Elm St', city: 'Hartford', state: 'Connecticut', postalCode: '06103' })
  expect(property.status).toBe(201)
  const job = await team.office.api.post('/jobs', { customerId: customer.body.id, propertyId: property.body.id, title: 'Garage EV charger', jobCategory: 'ev_charger' })
  evJobId = job.body.id
  await asAdmin(server, async (sql) => {
    for (const row of seeded) await insert(sql, row)
  })
  // The cold-start baselines are loaded by the job worker as the server starts.
  const [baselines] = await asAdmin(server, (sql) => sql<{ n: number }[]>`select count(*)::int as n from intelligence_patterns where source = 'baseline'`)
  expect(baselines!.n).toBe(5)
}, 120_000)

afterAll(async () => {
  await server?.stop()
})

describe('an owner asking "what should I bid a 200 A panel upgrade in CT?"', () => {
  test('gets the CT bid_pricing pattern phrased "moderate", with its stored numbers, and none of the distractors', async () => {
    const body = await dryRun(team.owner, panelQuestion)
    expect(body.context.patterns).toEqual([
      { patternType: 'bid_pricing', trade: 'electrical', region: 'CT', jobCategory: 'panel_upgrade', data: figures.ctPanelBid, sampleSize: 140, confidence: expect.any(Number), source: 'computed' },
    ])
    expect(body.system_prompt).toContain(
      '- Bid prices · panel upgrade (electrical) in CT — moderate confidence (a few hundred similar jobs, n=140): median bid $3,217.77 (p25 $2,611.11, p75 $4,022.22)',
    )
    expect(body.context.pattern_gaps).toEqual([])
    const text = JSON.stringify(body)
    for (const figure of distractors.flatMap(spellings)) expect(text).not.toContain(figure)
  })

  test('a tech asking the same sees no pattern and no pricing figure anywhere in the dry run', async () => {
    const body = await dryRun(team.tech, panelQuestion)
    expect(body.context.patterns).toEqual([])
    expect(body.context.pattern_gaps).toEqual([])
    expect(body.system_prompt).not.toContain('## Platform patterns')
    expect(body.system_prompt).not.toContain('Not enough data')
    const text = JSON.stringify(body)
    for (const figure of [...Object.values(figures.ctPanelBid), ...distractors].flatMap(spellings)) expect(text).not.toContain(figure)
  })

  test('each threshold band has its phrase', async () => {
    const phrases: Record<number, string> = {
      25: 'limited data (~25 similar jobs), take it with a grain of salt',
      99: 'limited data (~99 similar jobs), take it with a grain of salt',
      100: 'moderate confidence (a few hundred similar jobs, n=100)',
      499: 'moderate confidence (a few hundred similar jobs, n=499)',
      500: 'confident (n=500)',
    }
    const setSampleSize = (n: number) =>
      asAdmin(server, (sql) => sql`update intelligence_patterns set sample_size = ${n} where pattern_type = 'bid_pricing' and region = 'CT' and job_category = 'panel_upgrade'`)
    try {
      for (const [n, phrase] of Object.entries(phrases)) {
        await setSampleSize(Number(n))
        expect((await dryRun(team.owner, panelQuestion)).system_prompt).toContain(`(electrical) in CT — ${phrase}: median bid $3,217.77`)
      }
      // Under the threshold the CT row is not read: the nationwide one takes its place.
      await setSampleSize(24)
      const body = await dryRun(team.owner, panelQuestion)
      expect(body.system_prompt).toContain(`panel upgrade (electrical) nationwide — confident (n=900): median bid ${usd(figures.nationalPanelBid)}`)
      expect(JSON.stringify(body)).not.toContain('3217.77')
    } finally {
      await setSampleSize(140)
    }
  })
})

describe('the open job fills in what the question leaves out', () => {
  test("its kind of work and its site's zip area: the area row wins over the state's", async () => {
    const body = await dryRun(team.owner, 'what should I bid on this one?', { session_context: { current_screen: 'job_detail', active_job_id: evJobId } })
    expect(body.context.patterns.map((p: any) => [p.patternType, p.region, p.jobCategory])).toEqual([['bid_pricing', 'CT-061', 'ev_charger']])
    expect(body.system_prompt).toContain(
      `Bid prices · EV charger install (electrical) in the 061xx zip area of CT — limited data (~60 similar jobs), take it with a grain of salt: median bid ${usd(figures.areaEvBid)}`,
    )
    for (const figure of spellings(figures.ctEvBid)) expect(JSON.stringify(body)).not.toContain(figure)
  })
})

describe('when no pattern qualifies', () => {
  const question = 'how long does an EV charger install take in CT?'

  test('the dry run carries a note that Z lacks the data, and not the under-threshold figures', async () => {
    const body = await dryRun(team.owner, question)
    const note =
      "Not enough data on how long EV charger install jobs take in CT: no ZAFTO pattern meets its sample threshold. Say you don't have enough data to give a reliable number; do not estimate one."
    expect(body.context.pattern_gaps).toEqual([note])
    expect(body.system_prompt).toContain(`- ${note}`)
    expect(JSON.stringify(body)).not.toContain(String(figures.ctEvHoursUnderThreshold))
  })

  test('the offline provider says so in its answer', async () => {
    const response = await team.owner.api.post('/ai/chat', { message: question, platform: 'web_crm' })
    expect(response.status).toBe(200)
    expect(response.body.model_used).toBe('offline')
    expect(response.body.response).toContain("I don't have enough data to give you a reliable number on how long EV charger install jobs take in CT.")
    expect(response.body.response).not.toContain(String(figures.ctEvHoursUnderThreshold))
  })

  test('a role that may not see the type hears nothing about it', async () => {
    const body = await dryRun(team.tech, question)
    expect(body.context.pattern_gaps).toEqual([])
    expect(body.system_prompt).not.toContain('Not enough data')
  })
})

describe('industry baselines', () => {
  const question = 'how long will a water heater last?'

  test('are phrased as an industry average with their reference, not ZAFTO data, and a computed row with the same key replaces them', async () => {
    const before = await dryRun(plumber, question)
    expect(before.context.patterns.map((p: any) => [p.patternType, p.jobCategory, p.source])).toEqual([['equipment_lifespan', 'water_heater', 'baseline']])
    expect(before.system_prompt).toContain(
      'Equipment lifespan · water heater (plumbing) nationwide — industry average (NAHB / Bank of America Home Equity, Study of Life Expectancy of Home Components (2007)), ' +
        'not ZAFTO data: typically 8–12 years; tank water heaters, gas or electric: about 10 years',
    )

    // What the lifespan pipeline's upsert does once 50+ replacements exist.
    await asAdmin(server, (sql) => sql`
      insert into intelligence_patterns (pattern_type, trade, region, job_category, data, sample_size, confidence, min_sample_threshold, source, last_computed_at)
      values ('equipment_lifespan', 'plumbing', null, 'water_heater',
              ${sql.json({ equipment_type: 'water_heater', brand: null, model_family: null, median_lifespan_years: 11.35, p25_years: 9.2, p75_years: 13.1, common_failure_modes: ['tank leak'], climate_zone_adjustment: {} })},
              620, 0.8, 50, 'computed', now())
      on conflict on constraint intelligence_patterns_key do update
        set data = excluded.data, sample_size = excluded.sample_size, confidence = excluded.confidence,
            min_sample_threshold = excluded.min_sample_threshold, source = excluded.source, last_computed_at = excluded.last_computed_at`)
    const after = await dryRun(plumber, question)
    expect(after.context.patterns.map((p: any) => [p.patternType, p.jobCategory, p.source])).toEqual([['equipment_lifespan', 'water_heater', 'computed']])
    expect(after.system_prompt).toContain('Equipment lifespan · water heater (plumbing) nationwide — confident (n=620): median lifespan 11.35 years (p25 9.2 years, p75 13.1 years)')
    expect(after.system_prompt).not.toContain('industry average')
  })
})

describe('a homeowner asking about their furnace', () => {
  test('sees the lifespan and failure patterns, and never a price or a time benchmark', async () => {
    const body = await dryRun(homeowner, 'How long will my furnace last, and what does a furnace repair cost?', { platform: 'client_portal' })
    expect(body.persona).toBe('homeowner')
    expect(body.context.patterns.map((p: any) => [p.patternType, p.jobCategory, p.source])).toEqual([
      ['equipment_lifespan', 'furnace', 'baseline'],
      ['failure_pattern', 'furnace/16-20_years', 'computed'],
    ])
    expect(body.system_prompt).toContain('Equipment lifespan · furnace (hvac) nationwide — industry average (NAHB')
    expect(body.system_prompt).toContain(`Common failure · furnace (hvac) nationwide — limited data (~30 similar jobs), take it with a grain of salt: at 16-20 years: cracked heat exchanger`)
    expect(body.context.pattern_gaps).toEqual([])
    const text = JSON.stringify(body)
    for (const hidden of [figures.furnaceRepairBid, figures.furnaceRepairHours]) expect(text).not.toContain(String(hidden))
  })
})
