import type { Sql } from '../../db/client'
import type { ModelProvider } from '../../functions/ai/providers/types'

/** What a run reports, recorded in the run log (`pipeline_runs`). */
export type TaskResult = {
  rowsRead?: number
  patternsUpserted?: number
  patternsRemoved?: number
  groupsSkipped?: number
  /** Anything else worth an operator's eye: housekeeping counts, per-type figures. */
  details?: Record<string, unknown>
}

export type TaskContext = {
  /** The moment the run computes "as of": windows and trends end here (tests pin it). */
  asOf: Date
  models: ModelProvider
}

/**
 * A platform job that runs on a schedule (and on demand from `npm run cron`): the nightly
 * pattern pipelines, housekeeping and memory consolidation. Every run is logged, and at most
 * one run of a task is in progress at a time (see runTask).
 */
export type ScheduledTask = {
  name: string
  /** Cron expression, UTC. */
  schedule: string
  /** One line for operators: what a run does. */
  summary: string
  run(sql: Sql, context: TaskContext): Promise<TaskResult>
}
