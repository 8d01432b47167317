/**
 * `npm run ingest [path] [--reembed]`: loads the corpus in knowledge/ (or only `path`, e.g.
 * `electrical/`) into the database, with a progress bar and a summary.
 *
 * Embeddings: EMBEDDINGS_PROVIDER and its keys, as for the API (default: the offline hashing embedder).
 * Database: DATABASE_URL if set; else the embedded database of a running `npm start`
 * (EMBEDDED_DB_PORT, default 54329); else the embedded database under DATA_DIR, opened here.
 */
import { fileURLToPath } from 'node:url'
import { openCliDatabase } from '../../db/open-cli-database'
import { createEmbedder, embeddingSettingsFrom } from '../../functions/ai/embeddings/create-embedder'
import { ingestCorpus } from './ingest-corpus'

const args = process.argv.slice(2)
const reembed = args.includes('--reembed')
const only = args.find((arg) => !arg.startsWith('--'))?.replace(/^knowledge\//, '') ?? ''
const root = fileURLToPath(new URL('../', import.meta.url))
const { sql, close } = await openCliDatabase(process.env)

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
  await close()
}
