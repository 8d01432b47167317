import type { z } from 'zod'
import type { Sql } from '../db/client'

/** A background job: its queue name, the payload it accepts, and what it does. */
export type JobDefinition<T> = {
  name: string
  payload: z.ZodType<T>
  /** Runs with the service connection (not as a user): it must scope its own writes. */
  handler(sql: Sql, payload: T): Promise<void>
}
