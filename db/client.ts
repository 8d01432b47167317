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
  /** Called for every query sent (benchmarks count round trips with it). */
  debug?: (connection: number, query: string, parameters: unknown[]) => void
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
    // JSON parameters travel as the strings the code built (drizzle serializes its own, and
    // makes these serializers pass strings through once it wraps the client); objects still
    // work for raw queries. Set here too so a client drizzle never wrapped behaves the same.
    types: { json: { to: 114, from: [114, 3802], serialize: (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value)), parse: (value: string) => JSON.parse(value) } },
    ...(options.debug ? { debug: options.debug } : {}),
  })
}

export function createDatabase(sql: Sql) {
  return drizzle(sql, { schema })
}
