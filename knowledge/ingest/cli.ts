/**
 * `npm run ingest [path] [--reembed]`: loads the corpus in knowledge/ (or only `path`, e.g.
 * `electrical/`) into the database, with a progress bar and a summary.
 *
 * Embeddings: EMBEDDINGS_PROVIDER and its keys, as for the API (default: the offline hashing embedder).
 * Database: DATABASE_URL if set; else the embedded database of a running `npm start`
 * (EMBEDDED_DB_PORT, default 54329); else the embedded database under DATA_DIR, opened here.
 */
import { connect } from 'node:net'
import { fileURLToPath } from 'node:url'
import { createSql } from '../../db/client'
import { startEmbeddedDatabase } from '../../db/embedded'
import { applyMigrations } from '../../db/migrate'
import { createEmbedder, embeddingSettingsFrom } from '../../functions/ai/embeddings/create-embedder'
import { ingestCorpus } from './ingest-corpus'

const args = process.argv.slice(2)
const reembed = args.includes('--reembed')
const only = args.find((arg) => !arg.startsWith('--'))?.replace(/^knowledge\//, '') ?? ''
const root = fileURLToPath(new URL('../', import.meta.url))
const port = Number(process.env.EMBEDDED_DB_PORT ?? 54329)

const listening = (at: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: at }, () => (socket.end(), resolve(true)))
    socket.on('error', () => resolve(false))
  })

let url = process.env.DATABASE_URL
let embedded: Awaited<ReturnType<typeof startEmbeddedDatabase>> | undefined
if (!url && (await listening(port))) url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`
if (!url) {
  embedded = await startEmbeddedDatabase({ dataDir: `${process.env.DATA_DIR ?? './.data'}/pgdata`, port: 0 })
  url = embedded.url
}
const sql = createSql(url)
await applyMigrations(sql)

const bar = (done: number, total: number, path: string) => {
  if (!process.stderr.isTTY) return
  const width = 30
  const filled = Math.round((done / Math.max(total, 1)) * width)
  process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${path.slice(0, 60).padEnd(60)}`)
}

try {
  const started = Date.now()
  const summary = await ingestCorpus({ sql, root, embedder: createEmbedder(embeddingSettingsFrom(process.env)), only, reembed, onProgress: bar })
  if (process.stderr.isTTY) process.stderr.write('\n')
  console.log(
    `Ingested ${summary.documents} documents (${summary.changed} changed, ${summary.skipped} unchanged, ${summary.deleted} removed): ` +
      `${summary.chunks} chunks, ${summary.embedded} embedded, ${summary.codeSections} code sections, in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  )
} catch (error) {
  console.error(`Ingestion stopped: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  await sql.end({ timeout: 5 })
  await embedded?.stop()
}
