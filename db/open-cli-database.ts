import { connect } from 'node:net'
import { createSql, type Sql } from './client'
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded'
import { applyMigrations } from './migrate'

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => (socket.end(), resolve(true)))
    socket.on('error', () => resolve(false))
  })

/**
 * The database an operator's command (`npm run ingest`, `npm run cron`, `npm run
 * seed:platform`) works on: DATABASE_URL if set; else the embedded database of a running
 * `npm start` (EMBEDDED_DB_PORT, default 54329); else the embedded database under DATA_DIR,
 * opened here (and flushed by `close`). Migrations are applied.
 *
 * @example const { sql, close } = await openCliDatabase(process.env)
 */
export async function openCliDatabase(env: NodeJS.ProcessEnv): Promise<{ sql: Sql; label: string; close(): Promise<void> }> {
  const port = Number(env.EMBEDDED_DB_PORT ?? 54329)
  let url = env.DATABASE_URL
  // Which database, for the operator's eyes: never the password.
  let label = url ? url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@') : `the running embedded database on port ${port}`
  let embedded: EmbeddedDatabase | undefined
  if (!url && (await listening(port))) url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`
  if (!url) {
    const dataDir = `${env.DATA_DIR || './.data'}/pgdata`
    embedded = await startEmbeddedDatabase({ dataDir, port: 0 })
    url = embedded.url
    label = `the embedded data directory ${dataDir}`
  }
  const sql = createSql(url)
  await applyMigrations(sql)
  return {
    sql,
    label,
    async close() {
      await sql.end({ timeout: 5 })
      await embedded?.stop()
    },
  }
}
