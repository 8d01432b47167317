import { sql } from 'drizzle-orm'
import type { z } from '@hono/zod-openapi'
import type { OpsRun } from './schemas'

/** A `pipeline_runs` row as raw SQL returns it. */
export type RunRow = {
  id: string
  job: string
  status: 'running' | 'succeeded' | 'failed' | 'skipped'
  trigger: string
  started_at: string
  finished_at: string | null
  rows_read: string | null
  patterns_upserted: number | null
  patterns_removed: number | null
  groups_skipped: number | null
  details: Record<string, unknown>
  error: string | null
}

/** Every column of the run log, for `select ${runColumns} from public.pipeline_runs`. */
export const runColumns = sql.raw('id, job, status, trigger, started_at, finished_at, rows_read, patterns_upserted, patterns_removed, groups_skipped, details, error')

const isoOrNull = (value: string | null) => (value === null ? null : new Date(value).toISOString())

/** One run of a task as the ops portal shows it. */
export const toRun = (row: RunRow): z.infer<typeof OpsRun> => ({
  id: row.id,
  job: row.job,
  status: row.status,
  trigger: row.trigger,
  startedAt: isoOrNull(row.started_at),
  finishedAt: isoOrNull(row.finished_at),
  rowsRead: row.rows_read === null ? null : Number(row.rows_read),
  patternsUpserted: row.patterns_upserted,
  patternsRemoved: row.patterns_removed,
  groupsSkipped: row.groups_skipped,
  details: row.details ?? {},
  error: row.error,
})
