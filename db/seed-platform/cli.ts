import { parseArgs } from 'node:util'
import { openCliDatabase } from '../open-cli-database'
import type { SeedPlatformResult } from './seed-platform'

// The generator loads only after the flags and environment pass, and nothing connects before,
// so a refusal answers at once and touches no database.

const usage = `Usage: npm run seed:platform -- --jobs M [--companies N] [--seed S]

Fills the database with realistic multi-tenant history for the pattern pipelines: N companies
(default: M / 100, at least 50) across all trades and states, M completed jobs over the last
three years, with materials, bids, leads, equipment installs, replacements and repairs.
Same seed, same data; each seed can be loaded once per database (default seed 1).

Database: DATABASE_URL if set; else the running embedded database (npm start) on
EMBEDDED_DB_PORT (default 54329); else the embedded data directory DATA_DIR (default ./.data).
Refuses to run with NODE_ENV=production.`

const fail = (message: string): never => {
  console.error(message)
  process.exit(2)
}

const whole = (name: string, text: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined => {
  if (text === undefined) return undefined
  const value = /^\d+$/.test(text) ? Number(text) : NaN
  if (!Number.isSafeInteger(value) || value < min || value > max) fail(`--${name} must be a whole number from ${min} to ${max}.\n\n${usage}`)
  return value
}

function readFlags() {
  let values
  try {
    ;({ values } = parseArgs({
      options: { jobs: { type: 'string' }, companies: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${usage}`)
  }
  if (values.help) {
    console.log(usage)
    process.exit(0)
  }
  const jobs = whole('jobs', values.jobs, 0) ?? fail(`--jobs is required.\n\n${usage}`)
  const companies = whole('companies', values.companies, 1) ?? Math.max(50, Math.round(jobs / 100))
  const seed = whole('seed', values.seed, 0, 0xffffffff) ?? 1
  return { jobs, companies, seed }
}

const number = (n: number) => n.toLocaleString('en-US')

function summary(result: SeedPlatformResult): string {
  const seconds = result.ms / 1000
  const lines: [string, number][] = [
    ['companies', result.companies],
    ['customers', result.customers],
    ['properties', result.properties],
    ['equipment', result.equipment],
    ['completed jobs', result.jobs],
    ['booked/cancelled jobs', result.otherJobs],
    ['job materials', result.materials],
    ['bids', result.bids],
    ['bid line items', result.bidLineItems],
    ['leads', result.leads],
  ]
  return [
    `Seeded platform data with seed ${result.seed} in ${seconds.toFixed(1)} s: ${number(result.rows)} rows, ${number(Math.round(result.rows / Math.max(seconds, 0.001)))} rows/s`,
    ...lines.map(([label, n]) => `  ${label.padEnd(22)} ${number(n).padStart(12)}`),
  ].join('\n')
}

async function main() {
  if (process.env.NODE_ENV === 'production') fail('seed:platform refuses to run with NODE_ENV=production: it writes made-up tenants and is for development and benchmarks only.')
  const flags = readFlags()
  const { SeedAlreadyUsedError, seedPlatform } = await import('./seed-platform')
  const target = await openCliDatabase(process.env)
  let closing = false
  process.once('SIGINT', () => {
    closing = true
    console.error('\nInterrupted; batches already written stay (use another --seed next time).')
    void target.close().finally(() => process.exit(130))
  })
  console.log(`Seeding ${number(flags.companies)} companies and ${number(flags.jobs)} completed jobs (seed ${flags.seed}) into ${target.label}`)
  const tty = process.stdout.isTTY
  let shownTenth = -1
  try {
    const result = await seedPlatform(target.sql, {
      ...flags,
      onProgress(done, total) {
        const share = total ? done / total : 1
        if (tty) process.stdout.write(`\r  ${number(done)} / ${number(total)} completed jobs written (${Math.floor(share * 100)}%)`)
        else if (Math.floor(share * 10) > shownTenth) {
          shownTenth = Math.floor(share * 10)
          console.log(`  ${number(done)} / ${number(total)} completed jobs written (${Math.floor(share * 100)}%)`)
        }
      },
    })
    if (tty) process.stdout.write('\n')
    console.log(summary(result))
  } catch (error) {
    if (closing) return
    await target.close()
    if (error instanceof SeedAlreadyUsedError) fail(error.message)
    throw error
  }
  await target.close()
}

await main()
