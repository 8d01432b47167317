import { drizzle } from 'drizzle-orm/postgres-js'
import postgres from 'postgres'
import * as schema from './schema'

export { schema }

export type Sql = postgres.Sql
export type Database = ReturnType<typeof createDatabase>
/** A transaction handle; every tenant request runs inside one. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0]

export type SqlOptions = {
  /** Pool size. Workers keep it small: Hyperdrive pools on the other side. */
  max?: number
}

/**
 * Opens the one database code path: the `postgres` driver, for Supabase and the embedded
 * PGlite socket alike.
 *
 * @example const sql = createSql(process.env.DATABASE_URL!)
 */
export function createSql(url: string, options: SqlOptions = {}): Sql {
  return postgres(url, {
    max: options.max ?? 10,
    // Types are fixed by our migrations; skipping the lookup saves a round trip per connection.
    fetch_types: false,
    // PGlite speaks the protocol but has no TLS; Supabase and Hyperdrive set sslmode in the URL.
    onnotice: () => {},
  })
}

export function createDatabase(sql: Sql) {
  return drizzle(sql, { schema })
}
