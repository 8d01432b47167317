import { mkdir } from 'node:fs/promises'
import { PGlite } from '@electric-sql/pglite'
import { vector } from '@electric-sql/pglite-pgvector'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

export type EmbeddedDatabase = {
  /** postgres:// URL that any Postgres client (postgres.js, pg-boss, psql, workerd) can use. */
  url: string
  port: number
  /** Stops accepting connections, then closes PGlite, which flushes everything to disk. */
  stop(): Promise<void>
}

export type EmbeddedOptions = {
  /** Folder to persist in; `memory://` keeps it in memory (tests). */
  dataDir: string
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port: number
  /** Concurrent client connections, multiplexed onto the single PGlite instance. */
  maxConnections?: number
}

/**
 * Starts Postgres-in-WASM (PGlite, with pgvector) and serves it over the Postgres wire
 * protocol, so the app connects to it exactly as it connects to Supabase.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  if (!options.dataDir.startsWith('memory://')) await mkdir(options.dataDir, { recursive: true })
  const db = await PGlite.create({ dataDir: options.dataDir, extensions: { vector } })
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port,
    maxConnections: options.maxConnections ?? 32,
  })
  await server.start()
  const address = server['server']?.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  return {
    // pglite-socket accepts any credentials; workerd's Hyperdrive needs them present in the URL.
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      await server.stop()
      await db.close()
    },
  }
}
