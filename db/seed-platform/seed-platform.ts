import type { Sql } from '../client'
import { allocateJobs, companyProfile } from './companies'
import { seedIdRange } from './ids'
import { insertRows } from './insert'
import { emptyRows, tableOrder, type PlatformRows } from './rows'
import { generateTenant } from './tenant'

export type SeedPlatformOptions = {
  /** Tenants to create (the bench uses jobs / 100, at least 50). */
  companies: number
  /** Completed jobs in total, spread over the tenants by size; about 5 % more are booked or cancelled. */
  jobs: number
  /** Same seed and `now` → byte-identical rows; a seed can be used once per database. */
  seed?: number
  /** End of the three years of history; defaults to the current time. */
  now?: Date
  /** Called after each committed batch with completed jobs written so far and the total. */
  onProgress?: (done: number, total: number) => void
}

export type SeedPlatformResult = {
  seed: number
  companies: number
  customers: number
  properties: number
  equipment: number
  /** Completed jobs (exactly `options.jobs`). */
  jobs: number
  /** Booked and cancelled jobs. */
  otherJobs: number
  materials: number
  bids: number
  bidLineItems: number
  leads: number
  /** Every row inserted, all tables together. */
  rows: number
  ms: number
}

/** The seed's companies are already in this database. */
export class SeedAlreadyUsedError extends Error {
  constructor(readonly seed: number) {
    super(`Seed ${seed} has already been loaded into this database. Pick another --seed.`)
    this.name = 'SeedAlreadyUsedError'
  }
}

/** Rows generated before a batch is written (one transaction). */
const FLUSH_ROWS = 60_000

const rowCount = (rows: PlatformRows) => tableOrder.reduce((sum, table) => sum + rows[table].length, 0)

/**
 * Fills a database with realistic multi-tenant history for the pattern pipelines and their
 * benchmarks: `companies` tenants across all trades and states, `jobs` completed jobs over the
 * three years before `now`, with materials, bids and their lines, leads, and equipment
 * installs, replacements and repairs. Tenants never sign in (no users or members).
 * Deterministic: each tenant is generated from (seed, its index, now) alone, so batch sizes do
 * not change a byte. Rows go in as JSON batches, a transaction per batch of tenants.
 *
 * @example await seedPlatform(sql, { companies: 100, jobs: 10_000, seed: 7 })
 */
export async function seedPlatform(sql: Sql, options: SeedPlatformOptions): Promise<SeedPlatformResult> {
  const seed = options.seed ?? 1
  if (!Number.isInteger(options.companies) || options.companies < 1) throw new RangeError('companies must be a whole number ≥ 1')
  if (!Number.isInteger(options.jobs) || options.jobs < 0) throw new RangeError('jobs must be a whole number ≥ 0')
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError('seed must be a whole number from 0 to 4294967295')
  const now = (options.now ?? new Date()).getTime()
  const started = performance.now()

  const [columns] = await sql<{ n: number }[]>`
    select count(*)::int as n from information_schema.columns
    where table_schema = 'public' and ((table_name = 'jobs' and column_name = 'failure_mode') or (table_name = 'bids' and column_name = 'followed_up_at'))`
  if (columns?.n !== 2) throw new Error('The database schema is out of date: apply the migrations first (npm run db:migrate).')
  const [low, high] = seedIdRange(seed)
  const [used] = await sql<{ used: boolean }[]>`select exists (select 1 from public.companies where id between ${low}::uuid and ${high}::uuid) as used`
  if (used?.used) throw new SeedAlreadyUsedError(seed)

  const profiles = Array.from({ length: options.companies }, (_, i) => companyProfile(seed, i, now))
  const jobCounts = allocateJobs(profiles, options.jobs)
  const result: SeedPlatformResult = {
    seed,
    companies: 0,
    customers: 0,
    properties: 0,
    equipment: 0,
    jobs: 0,
    otherJobs: 0,
    materials: 0,
    bids: 0,
    bidLineItems: 0,
    leads: 0,
    rows: 0,
    ms: 0,
  }
  const tally = (rows: PlatformRows) => {
    const completed = rows.jobs.reduce((n, job) => n + (job.status === 'completed' ? 1 : 0), 0)
    result.companies += rows.companies.length
    result.customers += rows.customers.length
    result.properties += rows.properties.length
    result.equipment += rows.equipment.length
    result.jobs += completed
    result.otherJobs += rows.jobs.length - completed
    result.materials += rows.job_materials.length
    result.bids += rows.bids.length
    result.bidLineItems += rows.bid_line_items.length
    result.leads += rows.leads.length
    result.rows += rowCount(rows)
  }

  // The next batch is generated while the previous one is being written (a win when the
  // database runs in another process); at most one write is in flight.
  let writing: Promise<void> = Promise.resolve()
  const write = async (rows: PlatformRows) => {
    await sql.begin(async (tx) => insertRows(tx, rows))
    tally(rows)
    options.onProgress?.(result.jobs, options.jobs)
  }
  let rows = emptyRows()
  for (const profile of profiles) {
    generateTenant(seed, now, profile, jobCounts[profile.index]!, rows)
    if (rowCount(rows) >= FLUSH_ROWS || profile.index === profiles.length - 1) {
      await writing
      writing = write(rows)
      // Its failure is awaited (and thrown) before the next write; this only keeps Node from
      // calling it unhandled while the next batch is being generated.
      writing.catch(() => {})
      rows = emptyRows()
    }
  }
  await writing
  result.ms = Math.round(performance.now() - started)
  return result
}
