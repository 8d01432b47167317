/**
 * `npm run cron -- --run <task>|all [--as-of <ISO date>]`: runs scheduled tasks once, now,
 * in this process, and prints what each did (the run log's figures). `--list` shows the tasks
 * and their schedules. For operators and tests; the schedules themselves run in the worker.
 *
 * Database: as `npm run ingest` (DATABASE_URL, else a running `npm start`, else DATA_DIR).
 * Models (memory consolidation): the same settings as the API (README, "Configuration").
 */
import { parseArgs } from 'node:util'
import { openCliDatabase } from '../db/open-cli-database'
import { createModelProvider, modelSettingsFrom } from '../functions/ai/providers/create-model-provider'
import { scheduledTasks } from './tasks'
import { runTask, type RunRecord } from './tasks/run-task'

const usage = `Usage: npm run cron -- --run <task>|all [--as-of 2026-11-30T02:00:00Z]
       npm run cron -- --list
Tasks: ${scheduledTasks.map((task) => task.name).join(', ')}`

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`)
  process.exit(2)
}

let options: { run?: string; 'as-of'?: string; list?: boolean }
try {
  options = parseArgs({ options: { run: { type: 'string' }, 'as-of': { type: 'string' }, list: { type: 'boolean' } }, strict: true }).values
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}

if (options.list) {
  for (const task of scheduledTasks) console.log(`${task.name.padEnd(38)} ${task.schedule.padEnd(12)} ${task.summary}`)
  process.exit(0)
}
if (!options.run) fail('Say which task to run.')
const tasks = options.run === 'all' ? scheduledTasks : scheduledTasks.filter((task) => task.name === options.run)
if (!tasks.length) fail(`There is no task "${options.run}".`)
const asOf = options['as-of'] ? new Date(options['as-of']) : new Date()
if (Number.isNaN(asOf.getTime())) fail(`--as-of must be a date and time, e.g. 2026-11-30T02:00:00Z; got "${options['as-of']}".`)

/** One line per run: status, duration and the counts it reported. */
function describeRun(run: RunRecord): string {
  const seconds = ((run.finishedAt.getTime() - run.startedAt.getTime()) / 1000).toFixed(2)
  const counts = [
    run.rowsRead !== undefined && `${run.rowsRead} rows read`,
    run.patternsUpserted !== undefined && `${run.patternsUpserted} patterns upserted`,
    run.patternsRemoved !== undefined && `${run.patternsRemoved} removed`,
    run.groupsSkipped !== undefined && `${run.groupsSkipped} groups skipped (too few data points or companies)`,
    ...Object.entries(run.details ?? {})
      .filter(([, value]) => typeof value === 'number')
      .map(([key, value]) => `${key} ${value}`),
  ].filter(Boolean)
  return `${run.job.padEnd(38)} ${run.status.padEnd(9)} ${seconds.padStart(7)} s  ${run.error ?? counts.join(', ')}`
}

const { sql, close } = await openCliDatabase(process.env)
const models = createModelProvider(modelSettingsFrom(process.env))
let failed = 0
try {
  for (const task of tasks) {
    const run = await runTask(sql, task, { trigger: 'cli', asOf, models })
    if (run.status === 'failed') failed++
    console.log(describeRun(run))
  }
} finally {
  await close()
}
process.exitCode = failed ? 1 : 0
