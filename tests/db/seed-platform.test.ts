import { spawn } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { climateZones } from '../../cron/pipelines/climate-zones'
import { createSql, type Sql } from '../../db/client'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../db/embedded'
import { applyMigrations } from '../../db/migrate'
import { trades, usStates } from '../../db/schema/companies/values'
import { catalog } from '../../db/seed-platform/catalog'
import { equipmentKinds } from '../../db/seed-platform/equipment-kinds'
import { stateByCode, states } from '../../db/seed-platform/geography'
import { seedIdRange } from '../../db/seed-platform/ids'
import { SeedAlreadyUsedError, seedPlatform, type SeedPlatformResult } from '../../db/seed-platform/seed-platform'
import { equipmentKindKey, equipmentKindTrades, modelFamilyOf } from '../../functions/customers/equipment-kinds'
import { jobCategories, SERVICE_CALL } from '../../functions/jobs/job-categories'

const now = new Date('2025-06-01T12:00:00Z')
const SEED = 42
const OPTIONS = { companies: 60, jobs: 3_000, seed: SEED, now }
const tables = ['companies', 'customers', 'properties', 'equipment', 'jobs', 'job_materials', 'bids', 'bid_line_items', 'leads'] as const

let db: EmbeddedDatabase
let sql: Sql
let seeded: SeedPlatformResult
const progress: [number, number][] = []
const digests: Record<string, string>[] = []

/** md5 over every column of every row of a table, in id order: equal digests mean byte-identical data. */
async function digest(table: string): Promise<string> {
  const [row] = await sql.unsafe<{ md5: string }[]>(`select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) as md5 from public.${table} t`)
  return row!.md5
}

const digestAll = async () => Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await digest(table)] as const)))

const one = async <T>(query: Promise<T[]>) => (await query)[0]!

// One embedded database (starting one costs seconds of CPU): seeded, fingerprinted, emptied and
// seeded again for the determinism check; the distribution tests then read the second load.
beforeAll(async () => {
  db = await startEmbeddedDatabase({ dataDir: 'memory://', port: 0 })
  sql = createSql(db.url, { max: 2 })
  await applyMigrations(sql)
  const cpu = process.cpuUsage()
  seeded = await seedPlatform(sql, { ...OPTIONS, onProgress: (done, total) => progress.push([done, total]) })
  const used = process.cpuUsage(cpu)
  console.info(`seeded ${seeded.rows} rows in ${seeded.ms} ms (${Math.round((used.user + used.system) / 1000)} ms CPU, PGlite included)`)
  digests.push(await digestAll())
  await sql.unsafe(`truncate ${tables.map((t) => `public.${t}`).join(', ')} cascade`)
  await seedPlatform(sql, OPTIONS)
  digests.push(await digestAll())
})

afterAll(async () => {
  await sql?.end({ timeout: 5 })
  await db?.stop()
})

describe('the platform seed catalog', () => {
  test('covers exactly the job categories of every trade, plus service calls', () => {
    for (const trade of trades) {
      const expected = [...jobCategories[trade].map((c) => c.slug), SERVICE_CALL.slug].sort()
      expect(catalog[trade].categories.map((c) => c.slug).sort(), trade).toEqual(expected)
    }
  })

  test('installs and repairs only equipment kinds of its own trade, with model numbers whose family is recognised', () => {
    const kinds = new Map(equipmentKinds.map((k) => [k.key, k]))
    for (const kind of equipmentKinds) {
      expect(equipmentKindKey(kind.label)).toBe(kind.key)
      expect(equipmentKindTrades[kind.key], kind.key).toBeDefined()
      expect(kind.brands.length).toBeGreaterThanOrEqual(3)
      for (const brand of kind.brands) for (const family of brand.families) expect(modelFamilyOf(`${family}-A1B2`)).toBe(family)
    }
    for (const trade of trades) {
      for (const category of catalog[trade].categories) {
        for (const { kind } of [...(category.installs ?? []), ...(category.repairs?.kinds ?? [])]) {
          expect(kinds.has(kind), `${category.slug} → ${kind}`).toBe(true)
          expect(equipmentKindTrades[kind], `${category.slug} → ${kind}`).toBe(trade)
        }
      }
    }
  })

  test('has every state with real-looking three-digit ZIP prefixes', () => {
    expect(states.map((s) => s.code).sort()).toEqual([...usStates].sort())
    for (const state of states) {
      expect(state.areas.length, state.code).toBeGreaterThanOrEqual(1)
      expect(state.areas.length, state.code).toBeLessThanOrEqual(8)
      for (const area of state.areas) expect(area.prefix).toMatch(/^\d{3}$/)
      for (const neighbor of state.neighbors) expect(stateByCode.get(neighbor)?.neighbors, `${state.code}–${neighbor}`).toContain(state.code)
    }
  })
})

describe('seedPlatform', () => {
  test('gives byte-identical data for the same seed and moment', () => {
    expect(Object.keys(digests[0]!)).toEqual([...tables])
    expect(digests[1]).toEqual(digests[0])
  })

  test('writes exactly the completed jobs and companies asked for, and reports what it wrote', async () => {
    type Counts = Record<'companies' | 'jobs' | 'other_jobs' | 'customers' | 'properties' | 'equipment' | 'materials' | 'bids' | 'bid_line_items' | 'leads' | 'fewest', number>
    const counts = await one(sql<Counts[]>`
      select (select count(*)::int from public.companies) as companies,
             (select count(*)::int from public.jobs where status = 'completed') as jobs,
             (select count(*)::int from public.jobs where status <> 'completed') as other_jobs,
             (select count(*)::int from public.customers) as customers,
             (select count(*)::int from public.properties) as properties,
             (select count(*)::int from public.equipment) as equipment,
             (select count(*)::int from public.job_materials) as materials,
             (select count(*)::int from public.bids) as bids,
             (select count(*)::int from public.bid_line_items) as bid_line_items,
             (select count(*)::int from public.leads) as leads,
             (select min(n)::int from (select count(*) as n from public.jobs where status = 'completed' group by company_id) per) as fewest`)
    expect(counts.companies).toBe(OPTIONS.companies)
    expect(counts.jobs).toBe(OPTIONS.jobs)
    expect(counts.fewest).toBeGreaterThanOrEqual(1)
    expect(seeded).toMatchObject({
      companies: counts.companies,
      jobs: counts.jobs,
      otherJobs: counts.other_jobs,
      customers: counts.customers,
      properties: counts.properties,
      equipment: counts.equipment,
      materials: counts.materials,
      bids: counts.bids,
      bidLineItems: counts.bid_line_items,
      leads: counts.leads,
    })
    expect(counts.other_jobs / counts.jobs).toBeGreaterThan(0.02)
    expect(counts.other_jobs / counts.jobs).toBeLessThan(0.09)
    expect(progress.at(-1)).toEqual([OPTIONS.jobs, OPTIONS.jobs])
    // Tenants never sign in.
    const members = await one(sql<{ n: number }[]>`select count(*)::int as n from public.company_members`)
    expect(members.n).toBe(0)
  })

  test('refuses a seed that is already in the database', async () => {
    await expect(seedPlatform(sql, { ...OPTIONS, jobs: 10 })).rejects.toBeInstanceOf(SeedAlreadyUsedError)
  })
})

// The distributions, while the database holds seed 42 only.
describe('the seeded platform', () => {
  test('spreads tenants over all nine trades, many states, sizes and an opted-out minority', async () => {
    const c = await one(sql<{ trades: number; states: number }[]>`
      select (select count(distinct t)::int from public.companies, unnest(trades) t) as trades, count(distinct state)::int as states
      from public.companies`)
    expect(c.trades).toBe(9)
    expect(c.states).toBeGreaterThanOrEqual(15)
    const companies = await one(sql<{ n: number; solo: number; small: number; opted_out: number; two_trades: number }[]>`
      select count(*)::int as n, count(*) filter (where employee_count = 1)::int as solo,
             count(*) filter (where employee_count between 2 and 5)::int as small,
             count(*) filter (where not contribute_to_intelligence)::int as opted_out,
             count(*) filter (where cardinality(trades) = 2)::int as two_trades
      from public.companies`)
    expect(companies.solo / companies.n).toBeGreaterThan(0.2)
    expect(companies.solo / companies.n).toBeLessThan(0.5)
    expect(companies.small / companies.n).toBeGreaterThan(0.25)
    expect(companies.opted_out).toBeGreaterThan(0)
    expect(companies.opted_out / companies.n).toBeLessThan(0.2)
    expect(companies.two_trades).toBeGreaterThan(0)
  })

  test('puts properties on real ZIP prefixes of their state, dense in some areas and sparse in others', async () => {
    const properties = await sql<{ state: string; postal_code: string }[]>`select state, postal_code from public.properties`
    for (const p of properties) {
      expect(p.postal_code).toMatch(/^\d{5}$/)
      expect(stateByCode.get(p.state)?.areas.map((a) => a.prefix), `${p.state} ${p.postal_code}`).toContain(p.postal_code.slice(0, 3))
    }
    const areas = await one(sql<{ dense: number; sparse: number; away: number }[]>`
      select count(*) filter (where n >= 5)::int as dense, count(*) filter (where n < 5)::int as sparse,
             (select count(*)::int from public.properties p join public.companies c on c.id = p.company_id where p.state <> c.state) as away
      from (select p.state, left(p.postal_code, 3), count(distinct j.company_id) as n
            from public.jobs j join public.properties p on p.id = j.property_id group by 1, 2) per_area`)
    expect(areas.dense).toBeGreaterThan(0)
    expect(areas.sparse).toBeGreaterThan(0)
    expect(areas.away).toBeGreaterThan(0)
  })

  test('dates jobs in the three years before now, in order, with actual hours about 15 % over estimate', async () => {
    const j = await one(sql<{ bad_order: number; outside: number; ratio: number; no_estimate: number }[]>`
      select count(*) filter (where not (scheduled_start <= started_at and started_at < completed_at and created_at < scheduled_start))::int as bad_order,
             count(*) filter (where completed_at > ${now.toISOString()}::timestamptz or completed_at < ${now.toISOString()}::timestamptz - interval '3 years')::int as outside,
             percentile_cont(0.5) within group (order by actual_hours / estimated_hours) as ratio,
             count(*) filter (where estimated_hours is null)::int as no_estimate
      from public.jobs where status = 'completed'`)
    expect(j.bad_order).toBe(0)
    expect(j.outside).toBe(0)
    expect(j.ratio).toBeGreaterThan(1.1)
    expect(j.ratio).toBeLessThan(1.2)
    expect(j.no_estimate).toBeGreaterThan(0)
    const categories = await sql<{ trade: string; job_category: string }[]>`select distinct trade, job_category from public.jobs`
    for (const { trade, job_category } of categories) {
      expect([...jobCategories[trade as (typeof trades)[number]].map((c) => c.slug), 'service_call'], trade).toContain(job_category)
    }
  })

  test('prices bids so that line items add up, accepted ones point at their job, and cheaper bids win more', async () => {
    const sums = await one(sql<{ off: number; lines_off: number; types: number; bad_links: number; unlinked_accepted: number; numbers: number }[]>`
      select (select count(*)::int from public.bids b
              where b.total_cents <> b.subtotal_cents
                 or b.subtotal_cents <> (select sum(i.total_cents) from public.bid_line_items i where i.bid_id = b.id)) as off,
             (select count(*)::int from public.bid_line_items where total_cents <> round(quantity * unit_price_cents)) as lines_off,
             (select count(distinct type)::int from public.bid_line_items) as types,
             (select count(*)::int from public.bids b left join public.jobs j on j.id = b.job_id
              where b.job_id is not null and (b.status <> 'accepted' or j.status <> 'completed' or j.customer_id <> b.customer_id
                                               or j.job_category <> b.job_category or b.accepted_at >= j.scheduled_start)) as bad_links,
             (select count(*)::int from public.bids where status = 'accepted' and job_id is null) as unlinked_accepted,
             (select count(*)::int from public.bids where number !~ '^B-[0-9]{6}$') as numbers`)
    expect(sums).toEqual({ off: 0, lines_off: 0, types: 3, bad_links: 0, unlinked_accepted: 0, numbers: 0 })

    const statuses = await sql<{ status: string; n: number; relative: number }[]>`
      select status, count(*)::int as n, avg(relative) as relative from (
        select b.status, b.total_cents::float8 / avg(b.total_cents) over (partition by b.job_category, c.state) as relative
        from public.bids b join public.companies c on c.id = b.company_id) priced
      group by status`
    const by = Object.fromEntries(statuses.map((s) => [s.status, s]))
    const total = statuses.reduce((sum, s) => sum + s.n, 0)
    expect(by.sent!.n / total).toBeGreaterThan(0.03)
    expect(by.sent!.n / total).toBeLessThan(0.08)
    expect(by.accepted!.relative).toBeLessThan(by.declined!.relative)
    expect(by.accepted!.relative).toBeLessThan(by.expired!.relative)

    const shares = await sql<{ type: string; share: number }[]>`
      select type, avg(line_share) as share from (
        select i.type, sum(i.total_cents)::float8 / b.subtotal_cents as line_share
        from public.bid_line_items i join public.bids b on b.id = i.bid_id group by b.id, i.type, b.subtotal_cents) per_bid
      group by type`
    const share = Object.fromEntries(shares.map((s) => [s.type, s.share]))
    expect(share.labor).toBeGreaterThan(0.45)
    expect(share.labor).toBeLessThan(0.65)
    expect(share.material).toBeGreaterThan(0.25)
    expect(share.material).toBeLessThan(0.45)
    expect(share.other).toBeGreaterThan(0.07)
    expect(share.other).toBeLessThan(0.13)
  })

  test('wins more bids after a follow-up and after a quick response to the lead', async () => {
    const followUp = await sql<{ followed: boolean; rate: number; n: number }[]>`
      select followed_up_at is not null as followed, avg((status = 'accepted')::int)::float8 as rate, count(*)::int as n
      from public.bids where status <> 'sent' group by 1`
    const rate = Object.fromEntries(followUp.map((r) => [String(r.followed), r]))
    expect(rate.true!.n / (rate.true!.n + rate.false!.n)).toBeGreaterThan(0.3)
    expect(rate.true!.n / (rate.true!.n + rate.false!.n)).toBeLessThan(0.5)
    expect(rate.true!.rate).toBeGreaterThan(rate.false!.rate + 0.1)

    const response = await sql<{ bucket: string; rate: number; n: number }[]>`
      select case when days = 0 then 'same_day' when days = 1 then 'next_day' when days <= 3 then '2-3_days' else '4+_days' end as bucket,
             avg((status = 'accepted')::int)::float8 as rate, count(*)::int as n
      from (select b.status, b.sent_at::date - l.created_at::date as days
            from public.bids b
            join lateral (select created_at from public.leads l where l.customer_id = b.customer_id and l.created_at <= b.sent_at
                          order by l.created_at desc limit 1) l on true
            where b.status <> 'sent') answered
      group by 1`
    const r = Object.fromEntries(response.map((x) => [x.bucket, x]))
    expect(r.same_day!.rate).toBeGreaterThan(r.next_day!.rate)
    expect(r.next_day!.rate).toBeGreaterThan(r['4+_days']!.rate)
    const leadless = await one(sql<{ n: number; leads_after: number }[]>`
      select (select count(*)::int from public.bids b where not exists (select 1 from public.leads l where l.customer_id = b.customer_id)) as n,
             (select count(*)::int from public.leads l where l.stage in ('won', 'lost') and not exists (
                select 1 from public.bids b where b.customer_id = l.customer_id and b.sent_at >= l.created_at)) as leads_after`)
    expect(leadless.n).toBeGreaterThan(0)
    expect(leadless.leads_after).toBe(0)
  })

  test('records replacements on the same property, shorter-lived in hot humid states than in cold ones', async () => {
    const zones = Object.entries(climateZones).map(([state, zone]) => `('${state}', '${zone}')`).join(', ')
    const lifespans = await sql.unsafe<{ zone: string; relative: number; n: number }[]>(`
      with pairs as (
        select old.kind, p.state, (new.install_date - old.install_date) / 365.25 as years
        from public.equipment old
        join public.equipment new on new.property_id = old.property_id and new.kind = old.kind and new.install_date > old.install_date
        join public.properties p on p.id = old.property_id
      )
      select zone, avg(years / avg_years)::float8 as relative, count(*)::int as n
      from pairs join (values ${zones}) as climate(state, zone) using (state)
      join (select kind, avg(years) as avg_years from pairs group by kind) per_kind using (kind)
      group by zone`)
    const zone = Object.fromEntries(lifespans.map((l) => [l.zone, l]))
    expect(zone.hot_humid!.n).toBeGreaterThan(20)
    expect(zone.cold!.n).toBeGreaterThan(20)
    expect(zone.hot_humid!.relative).toBeLessThan(zone.cold!.relative - 0.08)
    const kinds = await sql<{ kind: string }[]>`select distinct kind from public.equipment`
    expect(kinds.map((k) => equipmentKindKey(k.kind)).every((key) => key in equipmentKindTrades)).toBe(true)
    expect(kinds.length).toBeGreaterThanOrEqual(8)
  })

  test('files repairs against the unit on the property with a failure mode, a few hours and its parts', async () => {
    const repairs = await one(sql<{ n: number; mismatched: number; no_mode: number; hours_out: number; no_parts: number; modes: number }[]>`
      select count(*)::int as n,
             count(*) filter (where e.property_id <> j.property_id or e.company_id <> j.company_id or e.install_date > j.completed_at::date)::int as mismatched,
             count(*) filter (where j.failure_mode is null)::int as no_mode,
             count(*) filter (where j.actual_hours < 0.75 or j.actual_hours > 4.5)::int as hours_out,
             count(*) filter (where not exists (select 1 from public.job_materials m where m.job_id = j.id))::int as no_parts,
             count(distinct (e.kind, j.failure_mode))::int as modes
      from public.jobs j join public.equipment e on e.id = j.equipment_id`)
    expect(repairs.n).toBeGreaterThan(50)
    expect(repairs).toMatchObject({ mismatched: 0, no_mode: 0, hours_out: 0 })
    // Some failures (a clogged impeller, a cracked heat exchanger) need no parts; most do.
    expect(repairs.no_parts / repairs.n).toBeLessThan(0.2)
    expect(repairs.modes).toBeGreaterThan(20)
    const stray = await one(sql<{ n: number }[]>`select count(*)::int as n from public.jobs where failure_mode is not null and equipment_id is null`)
    expect(stray.n).toBe(0)
  })

  test('buys materials with brands at prices that rise over the years', async () => {
    const m = await one(sql<{ branded: number; n: number; rise: number }[]>`
      with priced as (
        select m.brand, extract(epoch from ${now.toISOString()}::timestamptz - j.completed_at) / 31557600 as years_ago,
               m.unit_cost_cents / avg(m.unit_cost_cents::float8) over (partition by m.description, p.state) as relative
        from public.job_materials m join public.jobs j on j.id = m.job_id join public.properties p on p.id = j.property_id
      )
      select count(brand)::int as branded, count(*)::int as n,
             avg(relative) filter (where years_ago < 1) / avg(relative) filter (where years_ago > 2) as rise
      from priced`)
    expect(m.branded / m.n).toBeGreaterThan(0.8)
    expect(m.rise).toBeGreaterThan(1.04)
    expect(m.rise).toBeLessThan(1.2)
  })
})

describe('seedPlatform beside another seed', () => {
  test('gives different data for a different seed, beside the first', async () => {
    const other = await seedPlatform(sql, { ...OPTIONS, companies: 50, jobs: 1_000, seed: SEED + 1 })
    expect(other.jobs).toBe(1_000)
    const contentOf = async (seed: number) => {
      const [low, high] = seedIdRange(seed)
      return (
        await one(sql<{ md5: string }[]>`
          select md5(string_agg(concat_ws(',', trade, job_category, actual_hours, completed_at), '|' order by id)) as md5
          from public.jobs where id between ${low}::uuid and ${high}::uuid and status = 'completed'`)
      ).md5
    }
    expect(await contentOf(SEED + 1)).not.toBe(await contentOf(SEED))
  })
})

describe('npm run seed:platform', () => {
  // Spawned asynchronously: the embedded database it connects to runs in this process.
  type Run = { status: number | null; stdout: string; stderr: string }
  const cli = (args: string[], env: Record<string, string>) =>
    new Promise<Run>((resolve, reject) => {
      const child = spawn('npx', ['tsx', 'db/seed-platform/cli.ts', ...args], {
        cwd: process.cwd(),
        env: { ...process.env, NODE_ENV: 'development', EMBEDDED_DB_PORT: '1', DATA_DIR: '/nonexistent-seed-platform-test', ...env },
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.on('error', reject)
      child.on('close', (status) => resolve({ status, stdout, stderr }))
    })

  // The refusals need no database work, so they all run at once, alongside the real run below.
  const badFlags = [['--jobs', 'ten'], ['--jobs', '10', '--bogus'], ['--companies', '5']]
  let production: Promise<Run>
  let usage: Promise<Run[]>
  beforeAll(() => {
    production = cli(['--jobs', '10'], { NODE_ENV: 'production', DATABASE_URL: db.url })
    usage = Promise.all(badFlags.map((args) => cli(args, { DATABASE_URL: db.url })))
  })

  test('refuses to run in production', async () => {
    const run = await production
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('NODE_ENV=production')
  })

  test('answers bad flags with its usage', async () => {
    ;(await usage).forEach((run, i) => {
      expect(run.status, badFlags[i]!.join(' ')).toBe(2)
      expect(run.stderr, badFlags[i]!.join(' ')).toContain('Usage: npm run seed:platform')
    })
  })

  test('seeds the given database, prints a summary, and refuses the same seed again', async () => {
    const args = ['--jobs', '200', '--companies', '50', '--seed', '9001']
    const run = await cli(args, { DATABASE_URL: db.url })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('200 / 200 completed jobs written (100%)')
    expect(run.stdout).toMatch(/completed jobs\s+200\n/)
    const [low, high] = seedIdRange(9001)
    const written = await one(sql<{ n: number }[]>`select count(*)::int as n from public.jobs where status = 'completed' and id between ${low}::uuid and ${high}::uuid`)
    expect(written.n).toBe(200)

    const again = await cli(args, { DATABASE_URL: db.url })
    expect(again.status).toBe(2)
    expect(again.stderr).toContain('Seed 9001 has already been loaded')
  })
})
