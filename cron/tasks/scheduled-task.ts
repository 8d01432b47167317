import type { Sql } from '../../db/client'
import type { Embedder } from '../../functions/ai/embeddings/types'
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
  /** The knowledge embedder, for the tasks that (re)load the corpus; the worker's own. */
  embedder?: Embedder
  /**
   * Writes interim figures (e.g. `{ processed, total }`) into the run's log row while it runs,
   * for whoever polls it; the finished run's details replace them. runTask provides it.
   */
  progress?: (details: Record<string, unknown>) => Promise<void>
}

/**
 * A platform job with a run log: every run is logged, and at most one run of a task is in
 * progress at a time (see runTask). On-demand tasks (the knowledge ingest) have no schedule.
 */
export type Task = {
  name: string
  /** One line for operators: what a run does. */
  summary: string
  run(sql: Sql, context: TaskContext): Promise<TaskResult>
}

/**
 * A task that also runs on a schedule (and on demand from `npm run cron` and the ops portal):
 * the nightly pattern pipelines, housekeeping, memory consolidation and the link check.
 */
export type ScheduledTask = Task & {
  /** Cron expression, UTC. */
  schedule: string
}
