import PgBoss from 'pg-boss'
import type { Sql } from '../db/client'

/** What a request may do with the job queue: put work on it, never wait for it. */
export type JobQueue = {
  /** Enqueues `data` for job `name`; resolves to the job id. */
  send(name: string, data: object): Promise<string | null>
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
  return new PgBoss({
    db: {
      async executeSql(text: string, values?: unknown[]) {
        // pg-boss wraps its migrations in BEGIN/COMMIT text; postgres.js pools refuse that,
        // so the same statements run inside sql.begin (one connection, one transaction).
        const wrapped = /^\s*BEGIN;([\s\S]*)COMMIT;\s*$/i.exec(text)
        if (wrapped) {
          const rows = await sql.begin((tx) => tx.unsafe(wrapped[1]!))
          return { rows: [...(rows as unknown as object[])] }
        }
        const rows = await sql.unsafe(text, (values ?? []).map(asParameter) as never[])
        return { rows: [...rows] }
      },
    },
    schema: options.schema ?? 'pgboss',
  })
}

/** A JobQueue over a pg-boss instance (started, or only constructed for sending). */
export const pgBossQueue = (boss: PgBoss): JobQueue => ({
  send: (name, data) => boss.send(name, data),
})
