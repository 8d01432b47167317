import { fileURLToPath } from 'node:url'
import { ingestCorpus } from '../../knowledge/ingest/ingest-corpus'
import { listCorpus } from '../../knowledge/ingest/list-corpus'
import type { Task } from './scheduled-task'
import type { onDemandTaskNames } from './schedules'

/** The shipped corpus (knowledge/ at the repository root). */
const corpusRoot = fileURLToPath(new URL('../../knowledge', import.meta.url))

export type KnowledgeIngestOptions = {
  /** The corpus folder; the shipped one by default. */
  root?: string
  /** Only this trade's folder (e.g. `electrical`): its documents are reloaded, the rest left as they are. */
  trade?: string
}

/**
 * Reloads the knowledge corpus (ingestCorpus: unchanged documents are skipped, changed ones
 * re-chunked and re-embedded, removed ones deleted) with the worker's embedder, writing
 * `{ processed, total }` into the run's log row before the first document and after each one.
 * On demand only: the ops portal's "Re-ingest" (`npm run ingest` does the same outside the worker).
 */
export function createKnowledgeIngestTask(options: KnowledgeIngestOptions = {}): Task {
  const root = options.root ?? corpusRoot
  const only = options.trade ? `${options.trade}/` : ''
  return {
    name: 'knowledge_ingest' satisfies (typeof onDemandTaskNames)[number],
    summary: 'Reloads the knowledge corpus: new and changed documents are chunked and embedded, removed ones deleted.',
    async run(sql, { embedder, progress }) {
      if (!embedder) {
        throw new Error('The worker has no knowledge embedder: check EMBEDDINGS_PROVIDER and its keys (the worker log names what is missing).')
      }
      // The total before the first (possibly slow) document, so a progress bar can start.
      const total = (await listCorpus(root)).documents.filter((path) => path.startsWith(only)).length
      await progress?.({ processed: 0, total })
      const summary = await ingestCorpus({ sql, root, embedder, only, onProgress: (processed, documents) => progress?.({ processed, total: documents }) })
      return {
        rowsRead: summary.documents,
        details: { processed: summary.documents, total: summary.documents, trade: options.trade ?? null, ...summary },
      }
    },
  }
}
