import { fileURLToPath } from 'node:url'
import { migrate } from 'drizzle-orm/postgres-js/migrator'
import { createDatabase, createSql, type Sql } from './client'

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url))

/**
 * Applies every migration in db/migrations (drizzle-kit's generated SQL and our hand-written
 * SQL for extensions, auth helpers and RLS) in order, once. Same command on PGlite and Supabase.
 */
export async function applyMigrations(sql: Sql): Promise<void> {
  await migrate(createDatabase(sql), { migrationsFolder })
}

async function main() {
  const url = process.env.DATABASE_URL
  if (!url) {
    console.error('DATABASE_URL is not set. Set it to the Postgres to migrate, e.g. your Supabase connection string.')
    process.exit(2)
  }
  const sql = createSql(url, { max: 1 })
  try {
    await applyMigrations(sql)
    console.log('db.migrate.done')
  } finally {
    await sql.end()
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main()
}
