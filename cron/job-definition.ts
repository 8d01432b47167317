import type { z } from 'zod'
import type { Sql } from '../db/client'
import type { Embedder } from '../functions/ai/embeddings/types'
import type { ModelProvider } from '../functions/ai/providers/types'
import type { JobQueue } from './queue'

/**
 * What a job may use besides the database: Z's models, the queue (for follow-up jobs) and
 * the knowledge embedder (absent when its settings are incomplete; the ingest then fails, saying so).
 */
export type JobContext = { models: ModelProvider; queue: JobQueue; embedder?: Embedder }

/** A background job: its queue name, the payload it accepts, and what it does. */
export type JobDefinition<T> = {
  name: string
  payload: z.ZodType<T>
  /** A cron expression (UTC) when the job also runs on a schedule, e.g. `30 3 * * 0`. */
  schedule?: string
  /** Runs with the service connection (not as a user): it must scope its own writes. */
  handler(sql: Sql, payload: T, context: JobContext): Promise<void>
}
