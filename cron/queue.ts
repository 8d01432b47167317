import PgBoss from 'pg-boss'
import type { Sql } from '../db/client'

/** A job's state in pg-boss 10. */
export type JobState = 'created' | 'retry' | 'active' | 'completed' | 'cancelled' | 'failed'

/**
 * What a request may do with the job queue: put work on it and look at it, never wait for it.
 * Every method is plain SQL through the app's client, so the Workers host (send-only, never
 * started) has them too.
 */
export type JobQueue = {
  /**
   * Enqueues `data` for job `name`; resolves to the job id, or null when the queue does not
   * exist yet (no worker has started on this database). `options.id` names the job.
   */
  send(name: string, data: object, options?: { id?: string }): Promise<string | null>
  /** The cron schedules pg-boss holds (the worker's own scheduler; none under SCHEDULER=cloudflare). */
  getSchedules(): Promise<{ name: string; cron: string }[]>
  /** The state of job `id` in queue `name`, or null when there is no such job (or it was archived). */
  getJobState(name: string, id: string): Promise<JobState | null>
}

/**
 * Parameters as node-postgres would send them, which pg-boss is written against: no
 * undefined, objects as JSON text, JS arrays as array literals (postgres.js sends unsafe()
 * parameters of unknown type as-is).
 */
function asParameter(value: unknown): unknown {
  if (value === undefined) return null
  if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && !(value instanceof Uint8Array)) return JSON.stringify(value)
  if (Array.isArray(value)) return `{${value.map((item) => `"${String(item).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`
  return value
}

/**
 * pg-boss speaking through the app's own postgres.js client instead of opening a `pg` pool:
 * one driver, one pool, and the same code path on Node and (for sending) on Workers.
 */
export function pgBossOver(sql: Sql, options: { schema?: string } = {}): PgBoss {
  return closablePgBossOver(sql, options).boss
}

/**
 * pgBossOver for a process that works jobs, with `close()` for its shutdown. pg-boss's stop
 * does not wait for everything it started: a worker loop's fetch may still be on the wire, and
 * it completes or fails a job without awaiting the query. Issued after the pool has ended, such
 * a query rejects where nobody listens. `close()` waits until no query of this pg-boss is in
 * flight (what settles may start the next one, so it waits again), then answers anything later
 * with no rows instead of touching the pool: call it after `boss.stop()` and before `sql.end()`.
 */
export function closablePgBossOver(sql: Sql, options: { schema?: string } = {}): { boss: PgBoss; close(): Promise<void> } {
  const inFlight = new Set<Promise<unknown>>()
  let closed = false
  const run = async (text: string, values?: unknown[]) => {
    // pg-boss wraps its migrations in BEGIN/COMMIT text; postgres.js pools refuse that,
    // so the same statements run inside sql.begin (one connection, one transaction).
    const wrapped = /^\s*BEGIN;([\s\S]*)COMMIT;\s*$/i.exec(text)
    if (wrapped) {
      const rows = await sql.begin((tx) => tx.unsafe(wrapped[1]!))
      return { rows: [...(rows as unknown as object[])] }
    }
    const rows = await sql.unsafe(text, (values ?? []).map(asParameter) as never[])
    return { rows: [...rows] }
  }
  const boss = new PgBoss({
    db: {
      executeSql(text: string, values?: unknown[]) {
        if (closed) return Promise.resolve({ rows: [] })
        const query = run(text, values)
        inFlight.add(query)
        void query.finally(() => inFlight.delete(query)).catch(() => {})
        return query
      },
    },
    schema: options.schema ?? 'pgboss',
  })
  return {
    boss,
    async close() {
      while (inFlight.size) {
        await Promise.allSettled([...inFlight])
        // Let what awaited those queries run on, and issue its next one, before looking again.
        await new Promise((resolve) => setImmediate(resolve))
      }
      closed = true
    },
  }
}

/** A JobQueue over a pg-boss instance (started, or only constructed for sending). */
export const pgBossQueue = (boss: PgBoss): JobQueue => ({
  send: (name, data, options) => (options?.id ? boss.send(name, data, { id: options.id }) : boss.send(name, data)),
  getSchedules: async () => (await boss.getSchedules()).map(({ name, cron }) => ({ name, cron })),
  getJobState: async (name, id) => (await boss.getJobById(name, id))?.state ?? null,
})
