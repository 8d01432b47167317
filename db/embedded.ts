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

// Frontend messages of the extended query protocol that must reach the backend as one unbroken
// run up to the next Sync: Parse, Bind, Describe, Execute, Close, Flush.
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((ch) => ch.charCodeAt(0)))
const SYNC = 'S'.charCodeAt(0)

/**
 * PGlite is one backend session shared by every socket. pglite-socket keeps a transaction on
 * the connection that opened it, but outside transactions it interleaves single protocol
 * messages, so one connection's Bind can clobber another's unnamed portal ("portal does not
 * exist"). Reporting "in transaction" from the first extended-protocol message until its Sync
 * makes the socket server keep each Parse…Sync run together, which is what a real server's
 * separate sessions guarantee.
 */
function keepExtendedQueriesTogether(db: PGlite): PGlite {
  let midSequence = false
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'isInTransaction') return () => midSequence || target.isInTransaction()
      if (prop === 'execProtocolRawStream') {
        return (message: Uint8Array, options: Parameters<PGlite['execProtocolRawStream']>[1]) => {
          const type = message[0]
          if (type !== undefined && EXTENDED.has(type)) midSequence = true
          else if (type === SYNC) midSequence = false
          return target.execProtocolRawStream(message, options)
        }
      }
      if (prop === 'exec') {
        // The server issues ROLLBACK when a client disconnects mid-run; the run is over then.
        return (query: string, options?: Parameters<PGlite['exec']>[1]) => {
          midSequence = false
          return target.exec(query, options)
        }
      }
      const value = Reflect.get(target, prop, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

/**
 * Starts Postgres-in-WASM (PGlite, with pgvector) and serves it over the Postgres wire
 * protocol, so the app connects to it exactly as it connects to Supabase.
 */
export async function startEmbeddedDatabase(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  if (!options.dataDir.startsWith('memory://')) await mkdir(options.dataDir, { recursive: true })
  const db = await PGlite.create({ dataDir: options.dataDir, extensions: { vector } })
  const server = new PGLiteSocketServer({
    db: keepExtendedQueriesTogether(db),
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
