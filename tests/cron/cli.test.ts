import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { scheduledTasks } from '../../cron/tasks'
import { addCompany, startPatternDb, type PatternDb } from '../support/pattern-data'

const run = promisify(execFile)
const root = fileURLToPath(new URL('../../', import.meta.url))
let db: PatternDb

/** `npm run cron -- <args>` against the test database; resolves with exit code and output. */
async function cron(...args: string[]) {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'cron/cli.ts', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'error' } })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

beforeAll(async () => {
  db = await startPatternDb()
  await addCompany(db.sql, { name: 'Overdue Electric', state: 'CT' })
}, 60_000)

afterAll(async () => {
  await db?.stop()
})

describe('npm run cron', () => {
  test('--run all runs every task once, prints what each did and logs each run', async () => {
    const result = await cron('--run', 'all', '--as-of', '2026-11-30T02:00:00Z')
    expect(result.code).toBe(0)
    const lines = result.stdout.trim().split('\n')
    expect(lines).toHaveLength(scheduledTasks.length)
    expect(lines[0]).toMatch(/^housekeeping\s+succeeded\s+[\d.]+ s {2}invoicesMarkedOverdue 0, bidsExpired 0/)
    expect(lines[1]).toMatch(/^compute_job_duration_patterns\s+succeeded\s+[\d.]+ s {2}0 rows read, 0 patterns upserted, 0 removed, 0 groups skipped/)
    const runs = await db.sql<{ job: string; trigger: string; status: string }[]>`select job, trigger, status from public.pipeline_runs order by started_at`
    expect(runs).toHaveLength(scheduledTasks.length)
    expect(new Set(runs.map((row) => `${row.trigger}/${row.status}`))).toEqual(new Set(['cli/succeeded']))
  }, 60_000)

  test('an unknown task or a bad date is refused with the usage, exit code 2, and nothing runs', async () => {
    const before = await db.sql`select count(*)::int as n from public.pipeline_runs`
    const unknown = await cron('--run', 'compute_everything')
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringContaining('There is no task "compute_everything".') })
    expect(unknown.stderr).toContain('Tasks: housekeeping, compute_job_duration_patterns')
    const badDate = await cron('--run', 'housekeeping', '--as-of', 'yesterday')
    expect(badDate).toMatchObject({ code: 2, stderr: expect.stringContaining('--as-of must be a date and time') })
    expect(await db.sql`select count(*)::int as n from public.pipeline_runs`).toEqual(before)
  }, 60_000)
})
