import type { Sql } from '../../db/client'
import { log } from '../../functions/lib/logger'
import type { Task, TaskContext, TaskResult } from './scheduled-task'

/** Who started a run: pg-boss on its schedule, an operator's `npm run cron`, or the ops portal. */
export type RunTrigger = 'schedule' | 'cli' | 'ops'

export type RunRecord = TaskResult & {
  id: string
  job: string
  status: 'succeeded' | 'failed' | 'skipped'
  startedAt: Date
  finishedAt: Date
  error: string | null
}

/** A `running` row older than this belongs to a process that died; it no longer blocks a run. */
const ABANDONED_AFTER = '3 hours'

/** Timestamps arrive as text (the client skips type lookups); the log's are ISO strings. */
const dateOf = (value: Date | string) => new Date(value)

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Runs a task once and records it in the run log. The log row is claimed first, in its own
 * statement: the partial unique index allows one `running` row per task, so a second worker
 * (or an operator's run) started meanwhile records a `skipped` run instead of computing the
 * same thing twice. A failure is recorded with its message and returned (the pg-boss handler
 * throws it, so pg-boss retries); the task's own transaction has rolled back, leaving the
 * previous patterns as they were.
 *
 * `runId` names the log row (the ops portal polls the run by the id it handed out when it
 * enqueued it); an id already in the log (a retried job) gets a fresh one instead.
 */
export async function runTask(sql: Sql, task: Task, options: { trigger: RunTrigger; runId?: string } & Omit<TaskContext, 'progress'>): Promise<RunRecord> {
  const { trigger, runId, ...context } = options
  await sql`
    update public.pipeline_runs set status = 'failed', finished_at = now(), error = 'Abandoned: the process running it stopped before it finished.'
    where job = ${task.name} and status = 'running' and started_at < now() - ${ABANDONED_AFTER}::interval`
  const id = sql`coalesce((select ${runId ?? null}::uuid where not exists (select 1 from public.pipeline_runs where id = ${runId ?? null}::uuid)), gen_random_uuid())`
  const [claimed] = await sql<{ id: string; started_at: string }[]>`
    insert into public.pipeline_runs (id, job, status, trigger) values (${id}, ${task.name}, 'running', ${trigger})
    on conflict (job) where status = 'running' do nothing
    returning id, started_at`
  if (!claimed) {
    const [skipped] = await sql<{ id: string; started_at: string; finished_at: string }[]>`
      insert into public.pipeline_runs (id, job, status, trigger, finished_at, error)
      values (${id}, ${task.name}, 'skipped', ${trigger}, now(), 'Another run of this job is in progress.')
      returning id, started_at, finished_at`
    log.info('cron.run.skipped', { job: task.name, trigger })
    return { id: skipped!.id, job: task.name, status: 'skipped', startedAt: dateOf(skipped!.started_at), finishedAt: dateOf(skipped!.finished_at), error: 'Another run of this job is in progress.' }
  }
  try {
    const progress = async (details: Record<string, unknown>) => {
      await sql`update public.pipeline_runs set details = ${JSON.stringify(details)}::jsonb where id = ${claimed.id} and status = 'running'`
    }
    const result = await task.run(sql, { ...context, progress })
    const [done] = await sql<{ finished_at: string }[]>`
      update public.pipeline_runs set
        status = 'succeeded', finished_at = now(), rows_read = ${result.rowsRead ?? null}, patterns_upserted = ${result.patternsUpserted ?? null},
        patterns_removed = ${result.patternsRemoved ?? null}, groups_skipped = ${result.groupsSkipped ?? null}, details = ${JSON.stringify(result.details ?? {})}::jsonb
      where id = ${claimed.id}
      returning finished_at`
    log.info('cron.run.done', { job: task.name, trigger, durationMs: dateOf(done!.finished_at).getTime() - dateOf(claimed.started_at).getTime(), ...result, details: undefined })
    return { id: claimed.id, job: task.name, status: 'succeeded', startedAt: dateOf(claimed.started_at), finishedAt: dateOf(done!.finished_at), error: null, ...result }
  } catch (error) {
    const message = messageOf(error)
    const [failed] = await sql<{ finished_at: string }[]>`
      update public.pipeline_runs set status = 'failed', finished_at = now(), error = ${message} where id = ${claimed.id} returning finished_at`
    log.error('cron.run.failed', { job: task.name, trigger, internal: message })
    return { id: claimed.id, job: task.name, status: 'failed', startedAt: dateOf(claimed.started_at), finishedAt: dateOf(failed!.finished_at), error: message }
  }
}
