import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pgBossOver, pgBossQueue } from '../../cron/queue'
import { taskSchedules } from '../../cron/tasks/schedules'
import { startJobWorker } from '../../cron/worker'
import { createSql } from '../../db/client'
import { createModelProvider } from '../../functions/ai/providers/create-model-provider'
import { startPatternDb, type PatternDb } from '../support/pattern-data'

let db: PatternDb
const models = createModelProvider({} as never)

beforeAll(async () => {
  db = await startPatternDb()
}, 60_000)

afterAll(async () => {
  await db?.stop()
})

const schedules = () => db.sql<{ name: string; cron: string; tz: string }[]>`select name, cron, options->>'tz' as tz from pgboss.schedule order by name`

describe('the job worker', () => {
  test('schedules every task on its UTC cron, loads the baselines, and runs a task sent to its queue with a logged run', async () => {
    // A schedule left by a job that was renamed since (memory consolidation was `ai.consolidate-memory`).
    const earlier = pgBossOver(db.sql)
    await earlier.start()
    await earlier.createQueue('ai.consolidate-memory')
    await earlier.schedule('ai.consolidate-memory', '30 3 * * 0', {}, { tz: 'UTC' })
    await earlier.stop({ graceful: false, wait: true })
    const worker = await startJobWorker(db.sql, { models, pollingIntervalSeconds: 0.5 })
    try {
      expect(await schedules()).toEqual([...taskSchedules].sort((a, b) => a.name.localeCompare(b.name)).map(({ name, schedule }) => ({ name, cron: schedule, tz: 'UTC' })))
      const [baselines] = await db.sql<{ n: number }[]>`select count(*)::int as n from public.intelligence_patterns where source = 'baseline'`
      expect(baselines!.n).toBeGreaterThan(0)

      await worker.queue.send('compute_job_duration_patterns', { asOf: '2026-11-30T02:00:00Z' })
      let run: { status: string; trigger: string; rows_read: string } | undefined
      for (let i = 0; i < 100 && !run; i++) {
        ;[run] = await db.sql<{ status: string; trigger: string; rows_read: string }[]>`
          select status, trigger, rows_read from public.pipeline_runs where job = 'compute_job_duration_patterns' and finished_at is not null`
        if (!run) await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(run).toEqual({ status: 'succeeded', trigger: 'schedule', rows_read: '0' })
    } finally {
      await worker.stop()
    }
  }, 30_000)

  test('with the Cloudflare cron triggers in charge (SCHEDULER=cloudflare) pg-boss schedules nothing itself', async () => {
    const worker = await startJobWorker(db.sql, { models, schedule: false })
    try {
      expect(await schedules()).toEqual([])
    } finally {
      await worker.stop()
    }
  }, 30_000)

  test('a payload that is not a date is refused and no run is logged', async () => {
    const before = await db.sql`select count(*)::int as n from public.pipeline_runs`
    const boss = pgBossOver(db.sql)
    const worker = await startJobWorker(db.sql, { models, pollingIntervalSeconds: 0.5, schedule: false })
    try {
      const id = await pgBossQueue(boss).send('compute_bid_pricing_patterns', { asOf: 'yesterday' })
      let state: string | undefined
      for (let i = 0; i < 100 && state !== 'retry' && state !== 'failed'; i++) {
        ;[{ state } = { state: undefined }] = await db.sql<{ state: string }[]>`select state from pgboss.job where id = ${id}`
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(['retry', 'failed']).toContain(state)
      expect(await db.sql`select count(*)::int as n from public.pipeline_runs`).toEqual(before)
    } finally {
      await worker.stop()
    }
  }, 30_000)

  test('stopping while a fetch waits on the database hands the fetched job back, and leaves no query for the ended pool', async () => {
    const sql = createSql(db.url, { max: 4 })
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => void unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    const runs = async () => (await db.sql<{ n: number }[]>`select count(*)::int as n from public.pipeline_runs`)[0]!.n
    try {
      const before = await runs()
      const worker = await startJobWorker(sql, { models, pollingIntervalSeconds: 0.5, schedule: false })
      let release!: () => void
      let holding!: () => void
      const held = new Promise<void>((resolve) => (holding = resolve))
      // The embedded database runs one transaction at a time: while this one is open, every
      // worker's next fetch waits on the wire, and the job it adds appears as it commits.
      const hold = db.sql.begin(async (tx) => {
        await tx`insert into pgboss.job (name, data, retry_limit, retry_delay) values ('compute_job_duration_patterns', ${JSON.stringify({ asOf: '2026-11-29T02:00:00Z' })}::jsonb, 3, 5)`
        holding()
        await new Promise<void>((resolve) => (release = resolve))
      })
      await held
      await new Promise((resolve) => setTimeout(resolve, 800))
      const stopped = worker.stop()
      await new Promise((resolve) => setTimeout(resolve, 100))
      release()
      await hold
      await stopped
      await sql.end()
      await new Promise((resolve) => setTimeout(resolve, 300))

      expect(unhandled).toEqual([])
      expect(await runs()).toBe(before)
      const [job] = await db.sql<{ state: string; message: string }[]>`
        select state, output->>'message' as message from pgboss.job where name = 'compute_job_duration_patterns' and data->>'asOf' = '2026-11-29T02:00:00Z'`
      expect(job).toEqual({ state: 'retry', message: expect.stringContaining('stopping when this job was fetched') })
    } finally {
      process.off('unhandledRejection', onUnhandled)
    }
  }, 30_000)
})
