import postgres from 'postgres'
import type { TestServer } from './server'

/**
 * Runs raw SQL exactly as the API does for one user: inside a transaction, as the
 * `authenticated` role with their claims set, and with no application code in between.
 * The transaction always rolls back.
 */
export async function asUser<T>(server: TestServer, userId: string, run: (sql: postgres.TransactionSql) => Promise<T>): Promise<T> {
  const sql = postgres(server.databaseUrl, { max: 1, onnotice: () => {} })
  const rollback = Symbol('rollback')
  let result: T | undefined
  try {
    await sql.begin(async (tx) => {
      await tx`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify({ sub: userId, role: 'authenticated' })}, true)`
      result = await run(tx)
      throw rollback
    })
  } catch (error) {
    if (error !== rollback) throw error
  } finally {
    await sql.end()
  }
  return result as T
}

/** Runs SQL with full privileges (the migration role), for checks outside any tenant. */
export async function asAdmin<T>(server: TestServer, run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(server.databaseUrl, { max: 1, onnotice: () => {} })
  try {
    return await run(sql)
  } finally {
    await sql.end()
  }
}
