import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { scheduledTasks } from '../../cron/tasks'
import { runTask } from '../../cron/tasks/run-task'
import { createModelProvider } from '../../functions/ai/providers/create-model-provider'
import {
  addBid,
  addCompany,
  addCompletedJob,
  addEquipment,
  addLead,
  addMaterial,
  addSite,
  measureConfidence,
  patternRows,
  percentile,
  round,
  startPatternDb,
  type PatternDb,
  type Site,
} from '../support/pattern-data'

const asOf = new Date('2026-11-30T02:00:00Z')
const models = createModelProvider({ anthropicApiKey: undefined } as never)
const task = (name: string) => scheduledTasks.find((candidate) => candidate.name === name)!
const run = (name: string) => runTask(db.sql, task(name), { trigger: 'cli', asOf, models })
const daysBefore = (days: number) => new Date(asOf.getTime() - days * 86_400_000).toISOString()

let db: PatternDb
/** Contributing companies: five in the CT 061 area, one in CT 062, three in MA. */
const ct061: string[] = []
let ct062: string
const ma: string[] = []
let optedOut: string
const ids: string[] = []
const names: string[] = []

async function company(name: string, state: string, employees: number, contributes = true) {
  const id = await addCompany(db.sql, { name, state, employees, contributes })
  ids.push(id)
  names.push(name)
  return id
}

async function site(companyId: string, state: string, zip: string): Promise<Site> {
  const created = await addSite(db.sql, companyId, { state, zip })
  ids.push(created.customerId, created.propertyId)
  return created
}

/** Hours of job k of company c: spread, distinct, and different per company. */
const hoursOf = (c: number, k: number) => round(2 + ((k * 7) % 13) * 0.5 + c * 0.25, 2)
const estimateOf = (c: number, k: number) => (k % 3 === 0 ? null : round(hoursOf(c, k) / (1 + (k % 5) * 0.05), 2))

beforeAll(async () => {
  db = await startPatternDb()
  for (let c = 0; c < 5; c++) ct061.push(await company(`Acme Electric ${c}`, 'CT', [1, 1, 3, 4, 8][c]!))
  ct062 = await company('Lone Electric', 'CT', 2)
  for (let c = 0; c < 3; c++) ma.push(await company(`Bay State Electric ${c}`, 'MA', 1))
  optedOut = await company('Private Electric', 'CT', 1, false)
}, 60_000)

afterAll(async () => {
  await db?.stop()
})

describe('job duration patterns', () => {
  /** Per company index: its id, site and the hours of the six panel upgrades it completed. */
  const contributions: { companyId: string; hours: number[]; ratios: number[]; solo: boolean; area: string | null; state: string }[] = []

  beforeAll(async () => {
    const companies = [...ct061.map((id, i) => ({ id, state: 'CT', zip: `0610${i}`, area: 'CT-061', solo: i < 2 })),
      // Written out in full on the property: still Connecticut.
      { id: ct062, state: 'CT', siteState: ' Connecticut', zip: '06201', area: null, solo: false },
      ...ma.map((id, i) => ({ id, state: 'MA', zip: `0210${i}`, area: null, solo: true }))]
    for (const [c, entry] of companies.entries()) {
      const where = await site(entry.id, 'siteState' in entry ? entry.siteState : entry.state, entry.zip)
      const hours: number[] = []
      const ratios: number[] = []
      for (let k = 0; k < 6; k++) {
        const estimate = estimateOf(c, k)
        ids.push(await addCompletedJob(db.sql, where, { trade: 'electrical', category: 'panel_upgrade', hours: hoursOf(c, k), estimate, completedAt: daysBefore(10 + k * 60 + c) }))
        hours.push(hoursOf(c, k))
        if (estimate) ratios.push(hoursOf(c, k) / estimate)
      }
      // Four EV chargers per CT company: 24 in all, one short of the minimum at every level.
      for (let k = 0; k < (entry.state === 'CT' ? 4 : 0); k++) await addCompletedJob(db.sql, where, { trade: 'electrical', category: 'ev_charger', hours: 3, completedAt: daysBefore(20 + k) })
      contributions.push({ companyId: entry.id, hours, ratios, solo: entry.solo, area: entry.area, state: entry.state })
    }
    // Outside the history window, and from a company that opted out: never counted.
    const first = await site(ct061[0]!, 'CT', '06100')
    await addCompletedJob(db.sql, first, { trade: 'electrical', category: 'panel_upgrade', hours: 500, completedAt: '2023-01-01T00:00:00Z' })
    const hidden = await site(optedOut, 'CT', '06109')
    for (let k = 0; k < 30; k++) await addCompletedJob(db.sql, hidden, { trade: 'electrical', category: 'panel_upgrade', hours: 99, estimate: 1, completedAt: daysBefore(5 + k) })
  }, 60_000)

  /** The stored data a group of contributions must produce, computed here independently. */
  function expected(group: typeof contributions) {
    const hours = group.flatMap((entry) => entry.hours)
    const ratios = group.flatMap((entry) => entry.ratios)
    const solo = group.filter((entry) => entry.solo)
    const soloHours = solo.flatMap((entry) => entry.hours)
    return {
      sample_size: hours.length,
      confidence: measureConfidence(hours),
      data: {
        median_hours: round(percentile(hours, 0.5), 2),
        p25_hours: round(percentile(hours, 0.25), 2),
        p75_hours: round(percentile(hours, 0.75), 2),
        median_vs_estimate_ratio: ratios.length >= 25 ? round(percentile(ratios, 0.5), 3) : null,
        by_company_size: solo.length >= 5 && soloHours.length >= 25 ? { solo: { median: round(percentile(soloHours, 0.5), 2), sample_size: soloHours.length } } : {},
      },
    }
  }

  test('computes the exact median, quartiles, estimate ratio and size bands per region, and stores only groups with 25+ jobs from 5+ companies', async () => {
    const result = await run('compute_job_duration_patterns')
    expect(result.status).toBe('succeeded')
    const rows = await patternRows(db.sql, 'job_duration')
    expect(rows.map((row) => [row.trade, row.region, row.job_category])).toEqual([
      ['electrical', null, 'panel_upgrade'],
      ['electrical', 'CT', 'panel_upgrade'],
      ['electrical', 'CT-061', 'panel_upgrade'],
    ])
    const [nation, state, area] = rows
    expect(nation).toMatchObject(expected(contributions))
    expect(state).toMatchObject(expected(contributions.filter((entry) => entry.state === 'CT')))
    expect(area).toMatchObject(expected(contributions.filter((entry) => entry.area === 'CT-061')))
    // Nationwide, five solo companies (two in CT, three in MA) make a publishable size band.
    expect(Object.keys(nation!.data.by_company_size as object)).toEqual(['solo'])
    // CT-062 (one company), MA (three companies) and every EV charger group (24 jobs) are skipped.
    expect(result.rowsRead).toBe(9 * 6 + 6 * 4)
    expect(result.patternsUpserted).toBe(3)
    expect(result.groupsSkipped).toBe(4 /* ev_charger: nation, CT, CT-061, CT-062 */ + 3 /* panel: CT-062, MA, MA-021 */)
  })

  test('running again on the same data leaves the table identical', async () => {
    const before = await patternRows(db.sql)
    await run('compute_job_duration_patterns')
    expect(await patternRows(db.sql)).toEqual(before)
  })

  test('pattern rows carry no company, customer, property or job identifier and no company name', async () => {
    const [columns] = await db.sql<{ names: string[] }[]>`
      select json_agg(column_name::text order by column_name) as names from information_schema.columns where table_name = 'intelligence_patterns'`
    expect(columns!.names.filter((name) => /company|customer|user|job_id|property/.test(name))).toEqual([])
    const text = JSON.stringify(await patternRows(db.sql))
    for (const id of ids) expect(text).not.toContain(id)
    for (const name of names) expect(text).not.toContain(name)
  })

  test('a failure mid-run records the error and leaves the previous patterns untouched; the retry is safe', async () => {
    const before = await patternRows(db.sql)
    await db.sql`update public.jobs set actual_hours = actual_hours + 1 where company_id = ${ct061[0]!}`
    await db.sql`create function public.fail_pattern_write() returns trigger language plpgsql as $$ begin raise exception 'disk full (simulated)'; end $$`
    await db.sql`create trigger fail_pattern_write before update on public.intelligence_patterns for each row execute function public.fail_pattern_write()`
    try {
      const failed = await run('compute_job_duration_patterns')
      expect(failed).toMatchObject({ status: 'failed', error: 'disk full (simulated)' })
      expect(await patternRows(db.sql)).toEqual(before)
      const [logged] = await db.sql`select status, error, finished_at is not null as finished from public.pipeline_runs where id = ${failed.id}`
      expect(logged).toEqual({ status: 'failed', error: 'disk full (simulated)', finished: true })
    } finally {
      await db.sql`drop trigger fail_pattern_write on public.intelligence_patterns`
      await db.sql`drop function public.fail_pattern_write()`
    }
    const retried = await run('compute_job_duration_patterns')
    expect(retried.status).toBe('succeeded')
    const after = await patternRows(db.sql, 'job_duration')
    expect(after.find((row) => row.region === 'CT-061')!.data.median_hours).not.toBe(before.find((row) => row.region === 'CT-061')!.data.median_hours)
    await db.sql`update public.jobs set actual_hours = actual_hours - 1 where company_id = ${ct061[0]!}`
    await run('compute_job_duration_patterns')
    expect(await patternRows(db.sql, 'job_duration')).toEqual(before.filter((row) => row.pattern_type === 'job_duration'))
  })

  test('two workers never run the same job at once: a run while another is in progress is skipped and logged', async () => {
    const before = await patternRows(db.sql)
    const held = await db.sql`insert into public.pipeline_runs (job, status, trigger) values ('compute_job_duration_patterns', 'running', 'schedule') returning id`
    const skipped = await run('compute_job_duration_patterns')
    expect(skipped.status).toBe('skipped')
    const [logged] = await db.sql`select status, error from public.pipeline_runs where id = ${skipped.id}`
    expect(logged).toEqual({ status: 'skipped', error: 'Another run of this job is in progress.' })
    expect(await patternRows(db.sql)).toEqual(before)
    // The log itself refuses a second running row for the same job.
    await expect(db.sql`insert into public.pipeline_runs (job, status, trigger) values ('compute_job_duration_patterns', 'running', 'cli')`).rejects.toThrow(/duplicate key/)
    // A run that has been "running" for hours belongs to a dead process: it no longer blocks.
    await db.sql`update public.pipeline_runs set started_at = now() - interval '4 hours' where id = ${held[0]!.id}`
    expect((await run('compute_job_duration_patterns')).status).toBe('succeeded')
    const [abandoned] = await db.sql`select status, error from public.pipeline_runs where id = ${held[0]!.id}`
    expect(abandoned).toMatchObject({ status: 'failed', error: expect.stringContaining('Abandoned') })
  })

  test('a company that opts out stops contributing: a group that falls under five companies is removed', async () => {
    await db.sql`update public.companies set contribute_to_intelligence = false where id = ${ct061[4]!}`
    try {
      const result = await run('compute_job_duration_patterns')
      expect(result.patternsRemoved).toBe(1)
      const rows = await patternRows(db.sql, 'job_duration')
      expect(rows.map((row) => row.region)).toEqual([null, 'CT'])
      expect(rows[1]).toMatchObject(expected(contributions.filter((entry) => entry.state === 'CT' && entry.companyId !== ct061[4])))
    } finally {
      await db.sql`update public.companies set contribute_to_intelligence = true where id = ${ct061[4]!}`
      await run('compute_job_duration_patterns')
    }
  })

  test('the pipeline role reads tenant tables but cannot write them or read anything else', async () => {
    const attempt = (statement: (tx: typeof db.sql) => Promise<unknown>) =>
      db.sql.begin(async (tx) => {
        await tx`set local role zafto_pipeline`
        await statement(tx as never)
      })
    await expect(attempt((tx) => tx`update public.jobs set title = 'changed'`)).rejects.toThrow(/permission denied/)
    await expect(attempt((tx) => tx`insert into public.audit_log (action) values ('x')`)).rejects.toThrow(/permission denied/)
    await expect(attempt((tx) => tx`select email from public.company_members`)).rejects.toThrow(/permission denied/)
    await expect(attempt((tx) => tx`select count(*) from public.jobs`)).resolves.toBeUndefined()
  })
})

describe('bid pricing and win-rate patterns', () => {
  type BidFact = { company: number; amount: number; won: number | null; responseHours: number; followedUp: boolean; lines: { labor: number; material: number; other: number } }
  const facts: BidFact[] = []
  const RESPONSE = [2, 30, 60, 120]
  const wins = (c: number, k: number) => (k < 8 ? k % 4 !== 3 : k < 16 ? (k + c) % 2 === 0 : k % 4 === 0)

  beforeAll(async () => {
    for (const [c, companyId] of ct061.entries()) {
      for (let k = 0; k < 24; k++) {
        const where = await site(companyId, 'CT', `0610${c}`)
        const amount = 1000 + k * 100 + c * 10
        const cents = amount * 100
        const lines = { labor: Math.round(cents * 0.55), material: Math.round(cents * 0.35), other: 0 }
        lines.other = cents - lines.labor - lines.material
        const status = k === 23 ? 'sent' : wins(c, k) ? 'accepted' : k % 5 === 0 ? 'expired' : 'declined'
        const sentAt = daysBefore(30 + k * 5 + c)
        await addLead(db.sql, where, new Date(new Date(sentAt).getTime() - RESPONSE[k % 4]! * 3_600_000).toISOString())
        await addBid(db.sql, where, { trade: 'electrical', category: 'panel_upgrade', totalCents: cents, status, sentAt, createdAt: sentAt, followedUp: k % 2 === 0, lines })
        facts.push({ company: c, amount, won: status === 'sent' ? null : status === 'accepted' ? 1 : 0, responseHours: RESPONSE[k % 4]!, followedUp: k % 2 === 0, lines })
      }
    }
  }, 120_000)

  /** Rates of the decided bids per key, keeping only keys with 25+ bids from 5+ companies. */
  function rates(bids: BidFact[], keyOf: (bid: BidFact) => string) {
    const byKey = new Map<string, BidFact[]>()
    for (const bid of bids.filter((b) => b.won !== null)) byKey.set(keyOf(bid), [...(byKey.get(keyOf(bid)) ?? []), bid])
    const kept = [...byKey].filter(([, group]) => group.length >= 25 && new Set(group.map((b) => b.company)).size >= 5)
    return Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b)).map(([key, group]) => [key, round(group.reduce((sum, b) => sum + b.won!, 0) / group.length, 3)]))
  }

  function expectedPricing() {
    const amounts = facts.map((bid) => bid.amount)
    const [q1, q2, q3] = [0.25, 0.5, 0.75].map((f) => percentile(amounts, f)) as [number, number, number]
    const total = (type: 'labor' | 'material' | 'other') => facts.reduce((sum, bid) => sum + bid.lines[type], 0)
    const all = total('labor') + total('material') + total('other')
    const quartile = (bid: BidFact) => (bid.amount < q1 ? 'below_p25' : bid.amount < q2 ? 'p25_p50' : bid.amount < q3 ? 'p50_p75' : 'above_p75')
    const byQuartile = rates(facts, quartile)
    return {
      sample_size: facts.length,
      confidence: measureConfidence(amounts),
      data: {
        median_bid: round(q2, 2),
        p25_bid: round(q1, 2),
        p75_bid: round(q3, 2),
        win_rate_by_quartile: Object.keys(byQuartile).length ? byQuartile : null,
        material_pct_of_total: round(total('material') / all, 3),
        labor_pct_of_total: round(total('labor') / all, 3),
        overhead_pct_of_total: round(total('other') / all, 3),
      },
    }
  }

  test('bid pricing: exact quartiles, cost shares and win rate per price quartile', async () => {
    expect((await run('compute_bid_pricing_patterns')).status).toBe('succeeded')
    const rows = await patternRows(db.sql, 'bid_pricing')
    expect(rows.map((row) => row.region)).toEqual([null, 'CT', 'CT-061'])
    const pricing = expectedPricing()
    expect(Object.keys(pricing.data.win_rate_by_quartile!)).toHaveLength(4)
    for (const row of rows) expect(row).toMatchObject({ trade: 'electrical', job_category: 'panel_upgrade', ...pricing })
  })

  test('the nightly pricing run keeps win rates; the weekly win-rate run recomputes them and the bid win-rate patterns', async () => {
    const stored = (await patternRows(db.sql, 'bid_pricing'))[0]!.data.win_rate_by_quartile
    await db.sql`update public.bids set status = 'declined' where company_id = ${ct061[0]!} and status = 'accepted'`
    for (const bid of facts) if (bid.company === 0 && bid.won === 1) bid.won = 0
    await run('compute_bid_pricing_patterns')
    expect((await patternRows(db.sql, 'bid_pricing'))[0]!.data.win_rate_by_quartile).toEqual(stored)

    const weekly = await run('compute_bid_win_rate_patterns')
    expect(weekly.status).toBe('succeeded')
    const pricing = expectedPricing()
    expect(pricing.data.win_rate_by_quartile).not.toEqual(stored)
    for (const row of await patternRows(db.sql, 'bid_pricing')) expect(row.data.win_rate_by_quartile).toEqual(pricing.data.win_rate_by_quartile)

    const decided = facts.filter((bid) => bid.won !== null)
    const overall = decided.reduce((sum, bid) => sum + bid.won!, 0) / decided.length
    const bucket = (bid: BidFact) => (bid.responseHours < 24 ? 'same_day' : bid.responseHours < 48 ? 'next_day' : bid.responseHours < 96 ? '2-3_days' : '4+_days')
    const winRates = await patternRows(db.sql, 'bid_win_rate')
    expect(winRates.map((row) => row.region)).toEqual([null, 'CT', 'CT-061'])
    expect(winRates[0]).toMatchObject({
      sample_size: decided.length,
      confidence: round(decided.length / (decided.length + 50) / (1 + 2 * Math.sqrt((overall * (1 - overall)) / decided.length)), 3),
      data: {
        overall_win_rate: round(overall, 3),
        by_response_time: rates(facts, bucket),
        by_follow_up: rates(facts, (bid) => (bid.followedUp ? 'followed_up' : 'no_follow_up')),
      },
    })
    expect(Object.keys(winRates[0]!.data.by_response_time as object)).toHaveLength(4)
  })
})

describe('material cost patterns', () => {
  type Line = { company: number; cents: number; brand: string; recent: boolean; area: boolean }
  const lines: Line[] = []
  const brandOf = (c: number, k: number) => (k % 3 === 0 ? 'Siemens' : k % 3 === 1 ? (c < 5 ? 'Square D' : 'Siemens') : c < 3 ? 'Eaton' : 'Siemens')

  beforeAll(async () => {
    for (const [c, companyId] of [...ct061, ct062].entries()) {
      const where = await site(companyId, 'CT', c < 5 ? `0610${c}` : '06201')
      for (let k = 0; k < 12; k++) {
        const recent = k < 6
        const cents = ((recent ? 300 : 280) + c * 2 + k) * 100
        const jobId = await addCompletedJob(db.sql, where, { trade: 'electrical', category: null, hours: null, completedAt: daysBefore(recent ? 10 + k * 10 : 100 + (k - 6) * 10) })
        await addMaterial(db.sql, where, jobId, { description: '200A Main Breaker Panel', unitCostCents: cents, brand: brandOf(c, k) })
        lines.push({ company: c, cents, brand: brandOf(c, k), recent, area: c < 5 })
      }
    }
    const old = await addCompletedJob(db.sql, await site(ct061[0]!, 'CT', '06100'), { trade: 'electrical', category: null, hours: null, completedAt: daysBefore(400) })
    await addMaterial(db.sql, await site(ct061[0]!, 'CT', '06100'), old, { description: '200A Main Breaker Panel', unitCostCents: 99_900, brand: 'Old' })
  }, 60_000)

  function expected(group: Line[], nation: Line[] | null) {
    const costs = group.map((line) => line.cents / 100)
    const median = (subset: Line[]) => percentile(subset.map((line) => line.cents / 100), 0.5)
    const brandCounts = new Map<string, { uses: number; companies: Set<number> }>()
    for (const line of group) {
      const entry = brandCounts.get(line.brand) ?? { uses: 0, companies: new Set() }
      entry.uses++
      entry.companies.add(line.company)
      brandCounts.set(line.brand, entry)
    }
    return {
      sample_size: group.length,
      confidence: measureConfidence(costs),
      data: {
        item: '200a main breaker panel',
        median_cost: round(percentile(costs, 0.5), 2),
        p25_cost: round(percentile(costs, 0.25), 2),
        p75_cost: round(percentile(costs, 0.75), 2),
        trend_6mo: round(median(group.filter((line) => line.recent)) / median(group.filter((line) => !line.recent)) - 1, 3),
        common_brands: [...brandCounts]
          .filter(([, entry]) => entry.companies.size >= 5)
          .sort(([a, x], [b, y]) => y.uses - x.uses || a.localeCompare(b))
          .slice(0, 3)
          .map(([brand]) => brand),
        geo_index: nation ? round(median(group) / median(nation), 3) : null,
      },
    }
  }

  test('per item: exact cost quartiles, 6-month trend, brands used by 5+ companies and the regional index', async () => {
    const result = await run('compute_material_cost_patterns')
    expect(result).toMatchObject({ status: 'succeeded', rowsRead: lines.length })
    const rows = await patternRows(db.sql, 'material_cost')
    expect(rows.map((row) => [row.region, row.job_category])).toEqual([
      [null, '200a_main_breaker_panel'],
      ['CT', '200a_main_breaker_panel'],
      ['CT-061', '200a_main_breaker_panel'],
    ])
    expect(rows[0]).toMatchObject(expected(lines, null))
    expect(rows[1]).toMatchObject(expected(lines, lines))
    expect(rows[2]).toMatchObject(expected(lines.filter((line) => line.area), lines))
    expect(rows[2]!.data.common_brands).toEqual(['Siemens', 'Square D'])
  })
})

describe('equipment lifespan and failure patterns', () => {
  const florida: string[] = []
  type Lifespan = { company: string; years: number; zone: string; brand: string }
  const lifespans: Lifespan[] = []
  const day = 86_400_000
  const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  type Repair = { company: number; failure: string; hours: number }
  const repairs: Repair[] = []

  beforeAll(async () => {
    for (let c = 0; c < 5; c++) florida.push(await company(`Sunshine Plumbing ${c}`, 'FL', 1))
    const groups = [
      { companies: ct061, state: 'CT', zip: '061', zone: 'cold', make: 'Rheem', model: 'XE50T-10H45', base: 10 },
      { companies: florida, state: 'FL', zip: '331', zone: 'hot_humid', make: 'A.O. Smith', model: 'GCR-50', base: 8 },
    ]
    for (const group of groups) {
      for (const [c, companyId] of group.companies.entries()) {
        for (let k = 0; k < 11; k++) {
          const where = await site(companyId, group.state, `${group.zip}0${c}`)
          const installed = Date.UTC(2008, 0, 1) + (c * 30 + k * 10) * day
          const replaced = installed + Math.round((group.base + k * 0.3 + c * 0.1) * 365.25) * day
          await addEquipment(db.sql, where, { kind: 'Water heater', make: group.make, model: group.model, installedOn: isoDay(installed) })
          await addEquipment(db.sql, where, { kind: 'Water heater', make: group.make, model: group.model, installedOn: isoDay(replaced) })
          lifespans.push({ company: companyId, years: (replaced - installed) / day / 365.25, zone: group.zone, brand: group.make })
        }
      }
    }
    // Repairs on Rheem units put in mid-2018: 25 from the five CT companies, all at 6–10 years.
    for (const [c, companyId] of ct061.entries()) {
      for (let k = 0; k < 5; k++) {
        const where = await site(companyId, 'CT', `0610${c}`)
        const unit = await addEquipment(db.sql, where, { kind: 'Water heater', make: 'Rheem', model: 'XE50T-12H55', installedOn: '2018-06-01' })
        const failure = ['anode rod', 'anode rod', 'thermocouple', 'gas valve', c < 2 ? 'anode rod' : 'thermocouple'][k]!
        const hours = round(1 + k * 0.5 + c * 0.1, 2)
        const jobId = await addCompletedJob(db.sql, where, { trade: 'plumbing', category: 'service_call', hours, completedAt: daysBefore(30 + k * 7 + c), equipmentId: unit, failureMode: failure })
        await addMaterial(db.sql, where, jobId, { description: failure, unitCostCents: 2_500 })
        await addMaterial(db.sql, where, jobId, { description: 'Teflon tape', unitCostCents: 300 })
        repairs.push({ company: c, failure, hours })
      }
    }
  }, 120_000)

  function expectedLifespan(group: Lifespan[]) {
    const years = group.map((entry) => entry.years)
    const median = percentile(years, 0.5)
    const zones = Object.fromEntries(
      ['cold', 'hot_humid']
        .map((zone) => [zone, group.filter((entry) => entry.zone === zone)] as const)
        .filter(([, members]) => members.length >= 50 && new Set(members.map((entry) => entry.company)).size >= 5)
        .map(([zone, members]) => [zone, round(percentile(members.map((entry) => entry.years), 0.5) - median, 2)]),
    )
    return {
      sample_size: group.length,
      confidence: measureConfidence(years),
      data: {
        equipment_type: 'water_heater',
        median_lifespan_years: round(median, 2),
        p25_years: round(percentile(years, 0.25), 2),
        p75_years: round(percentile(years, 0.75), 2),
        climate_zone_adjustment: zones,
      },
    }
  }

  test('lifespans from install to replacement on the same property, per kind, brand and model family, with climate zone adjustments', async () => {
    const result = await run('compute_equipment_lifespan_patterns')
    expect(result.status).toBe('succeeded')
    const rows = await patternRows(db.sql, 'equipment_lifespan')
    const computed = rows.filter((row) => row.source === 'computed')
    expect(computed.map((row) => [row.trade, row.region, row.job_category])).toEqual([
      ['plumbing', null, 'water_heater'],
      ['plumbing', null, 'water_heater/a_o_smith'],
      ['plumbing', null, 'water_heater/a_o_smith/gcr'],
      ['plumbing', null, 'water_heater/rheem'],
      ['plumbing', null, 'water_heater/rheem/xe50t'],
    ])
    expect(computed[0]).toMatchObject(expectedLifespan(lifespans))
    expect(Object.keys(computed[0]!.data.climate_zone_adjustment as object)).toEqual(['cold', 'hot_humid'])
    expect(computed[4]).toMatchObject(expectedLifespan(lifespans.filter((entry) => entry.brand === 'Rheem')))
    expect(computed[4]!.data).toMatchObject({ brand: 'Rheem', model_family: 'XE50T', common_failure_modes: ['anode rod', 'thermocouple', 'gas valve'] })
    expect(computed[1]!.data.common_failure_modes).toEqual([])
  })

  test('a computed pattern supersedes the industry baseline with its key; the baseline returns when the computed one is withdrawn', async () => {
    const baselineKinds = async () =>
      (await patternRows(db.sql, 'equipment_lifespan')).filter((row) => row.source === 'baseline').map((row) => row.job_category)
    expect(await baselineKinds()).toEqual(['air_conditioner', 'furnace', 'heat_pump', 'tankless_water_heater'])
    await db.sql`update public.companies set contribute_to_intelligence = false where id = any (${`{${[...ct061, florida[0]!].join(',')}}`}::uuid[])`
    try {
      await run('compute_equipment_lifespan_patterns')
      expect(await baselineKinds()).toEqual(['air_conditioner', 'furnace', 'heat_pump', 'tankless_water_heater', 'water_heater'])
      const [baseline] = (await patternRows(db.sql, 'equipment_lifespan')).filter((row) => row.job_category === 'water_heater')
      expect(baseline).toMatchObject({ sample_size: 0, confidence: null, data: { typical_years_low: 8, typical_years_high: 12, reference: expect.stringContaining('NAHB') } })
    } finally {
      await db.sql`update public.companies set contribute_to_intelligence = true where id = any (${`{${[...ct061, florida[0]!].join(',')}}`}::uuid[])`
      await run('compute_equipment_lifespan_patterns')
    }
  })

  test('failure patterns: the most common failure, its share, typical repair hours and parts, per kind (and brand) and age band', async () => {
    const result = await run('compute_failure_patterns')
    expect(result).toMatchObject({ status: 'succeeded', rowsRead: 25 })
    const rows = await patternRows(db.sql, 'failure_pattern')
    expect(rows.map((row) => row.job_category)).toEqual(['water_heater/6-10_years', 'water_heater/rheem/6-10_years'])
    const hours = repairs.map((repair) => repair.hours)
    const expected = {
      trade: 'plumbing',
      region: null,
      sample_size: 25,
      confidence: measureConfidence(hours),
      data: {
        equipment_type: 'water_heater',
        common_at_age: '6-10 years',
        issue: 'anode rod',
        issue_share: round(12 / 25, 3),
        frequency: 'high',
        typical_repair_time_hours: round(percentile(hours, 0.5), 2),
        parts_commonly_needed: ['teflon tape', 'anode rod', 'thermocouple'],
      },
    }
    expect(rows[0]).toMatchObject({ ...expected, data: { ...expected.data, brand: null } })
    expect(rows[1]).toMatchObject({ ...expected, data: { ...expected.data, brand: 'Rheem' } })
  })
})
