import { sql } from 'drizzle-orm'
import type { z } from '@hono/zod-openapi'
import type { JobQueue } from '../../cron/queue'
import { scheduledTasks } from '../../cron/tasks'
import type { Tx } from '../../db/client'
import { OpsPipelines } from './schemas'
import { runColumns, toRun, type RunRow } from './to-run'

const RECENT_RUNS = 50

/**
 * The scheduled tasks (name, UTC cron, summary), whether pg-boss holds each schedule, each
 * one's latest run, and the latest runs of every job (the knowledge ingest included).
 */
export async function loadPipelineStatus({ tx, jobs }: {
  /** A transaction running as `zafto_ops`. */
  tx: Tx
  /** pg-boss's schedules, read before the transaction opened: snapshotSchedules(services.jobs). */
  jobs: Pick<JobQueue, 'getSchedules'>
}): Promise<z.infer<typeof OpsPipelines>> {
  const scheduled = new Set((await jobs.getSchedules()).map((schedule) => schedule.name))
  const latest = await tx.execute<RunRow>(sql`
    select distinct on (job) ${runColumns} from public.pipeline_runs order by job, started_at desc, id`)
  const lastRunOf = new Map(latest.map((row) => [row.job, toRun(row)]))
  const runs = await tx.execute<RunRow>(sql`select ${runColumns} from public.pipeline_runs order by started_at desc, id limit ${RECENT_RUNS}`)
  return OpsPipelines.parse({
    tasks: scheduledTasks.map((task) => ({
      name: task.name,
      cron: task.schedule,
      summary: task.summary,
      scheduled: scheduled.has(task.name),
      lastRun: lastRunOf.get(task.name) ?? null,
    })),
    runs: runs.map(toRun),
  })
}
