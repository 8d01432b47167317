import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, bench, describe } from 'vitest'
import { createSql, type Sql } from '../../db/client'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../db/embedded'
import { applyMigrations } from '../../db/migrate'
import { seedPlatform } from '../../db/seed-platform/seed-platform'
import { patternTasks } from '../../cron/tasks/pattern-tasks'
import { runTask } from '../../cron/tasks/run-task'
import { createModelProvider } from '../../functions/ai/providers/create-model-provider'

// Layer 5 pipelines on generated platforms of 10k, 100k and 1M completed jobs (override with
// BENCH_PIPELINE_SIZES=10000,100000): each size in its own on-disk embedded database, every
// pattern pipeline run once, timed; then the growth ratio between sizes (aim: ≤ 12× time
// for 10× data). Printed once; the 10k platform stays open for the repeated bench below.
const sizes = (process.env.BENCH_PIPELINE_SIZES ?? '10000,100000,1000000').split(',').map(Number)
const now = new Date('2026-11-30T00:00:00Z')
const asOf = new Date('2026-11-30T02:00:00Z')
const models = createModelProvider({} as never)

type Platform = { db: EmbeddedDatabase; sql: Sql; dir: string }

async function openPlatform(jobs: number): Promise<Platform & { seedMs: number; rows: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'zafto-bench-'))
  const db = await startEmbeddedDatabase({ dataDir: join(dir, 'pgdata'), port: 0 })
  const sql = createSql(db.url)
  await applyMigrations(sql)
  const seeded = await seedPlatform(sql, { companies: Math.max(50, Math.round(jobs / 100)), jobs, seed: 1, now })
  await sql`analyze`
  return { db, sql, dir, seedMs: seeded.ms, rows: seeded.rows }
}

async function closePlatform({ db, sql, dir }: Platform) {
  await sql.end()
  await db.stop()
  await rm(dir, { recursive: true, force: true })
}

type Measured = { jobs: number; seedMs: number; rows: number; perTask: Record<string, { ms: number; rowsRead: number; patterns: number }>; totalMs: number }

async function measure(platform: Platform, jobs: number, seed: { seedMs: number; rows: number }): Promise<Measured> {
  const perTask: Measured['perTask'] = {}
  for (const task of patternTasks) {
    const started = performance.now()
    const run = await runTask(platform.sql, task, { trigger: 'cli', asOf, models })
    if (run.status !== 'succeeded') throw new Error(`${task.name} ${run.status}: ${run.error}`)
    perTask[task.name] = { ms: performance.now() - started, rowsRead: run.rowsRead ?? 0, patterns: run.patternsUpserted ?? 0 }
  }
  const totalMs = Object.values(perTask).reduce((sum, task) => sum + task.ms, 0)
  return { jobs, ...seed, perTask, totalMs }
}

const results: Measured[] = []
let small: Platform | undefined
for (const jobs of sizes) {
  const platform = await openPlatform(jobs)
  results.push(await measure(platform, jobs, platform))
  if (jobs === sizes[0]) small = platform
  else await closePlatform(platform)
}

afterAll(async () => {
  const seconds = (ms: number) => (ms / 1000).toFixed(2)
  const lines = results.map((result, i) => {
    const previous = results[i - 1]
    const growth = previous ? `${(result.totalMs / previous.totalMs).toFixed(1)}× time for ${(result.jobs / previous.jobs).toFixed(0)}× jobs` : '—'
    const rowsRead = Object.values(result.perTask).reduce((sum, task) => sum + task.rowsRead, 0)
    const tasks = Object.entries(result.perTask)
      .map(([name, task]) => `${name.replace(/^compute_|_patterns$/g, '')} ${seconds(task.ms)} s (${task.patterns} patterns)`)
      .join(', ')
    return (
      `  ${result.jobs.toLocaleString('en-US')} completed jobs (${result.rows.toLocaleString('en-US')} rows seeded in ${seconds(result.seedMs)} s): ` +
      `all pipelines ${seconds(result.totalMs)} s, ${Math.round(rowsRead / (result.totalMs / 1000)).toLocaleString('en-US')} rows read/s; ${growth}\n    ${tasks}`
    )
  })
  console.log(`\nLayer 5 pipelines (embedded PGlite, one run each):\n${lines.join('\n')}`)
  if (small) await closePlatform(small)
})

describe('Layer 5 pipelines', () => {
  bench(`job duration pipeline on ${sizes[0]!.toLocaleString('en-US')} completed jobs`, async () => {
    await runTask(small!.sql, patternTasks[0]!, { trigger: 'cli', asOf, models })
  }, { iterations: 5, time: 0 })
})
