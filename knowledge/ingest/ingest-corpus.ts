import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Sql } from '../../db/client'
import type { Embedder } from '../../functions/ai/embeddings/types'
import { textArray, vectorLiteral } from '../../functions/lib/sql-values'
import { chunkDocument } from './chunk-document'
import { listCorpus } from './list-corpus'
import { loadCodeIndex } from './load-code-index'
import { readDocument } from './read-document'

export type IngestSummary = {
  documents: number
  changed: number
  skipped: number
  deleted: number
  chunks: number
  embedded: number
  codeSections: number
}

export type IngestOptions = {
  sql: Sql
  /** The corpus folder (knowledge/). */
  root: string
  embedder: Embedder
  /** Only files under this path (relative to root, e.g. `electrical/`); deletions are limited to it. */
  only?: string
  /** Embed every chunk again (after changing the embedding model). */
  reembed?: boolean
  /** Called after each document: how many are done out of how many (awaited when it returns a promise). */
  onProgress?: (done: number, total: number, path: string) => void | Promise<void>
}

/**
 * Loads the code index and the documents into the database, idempotently: an unchanged file
 * is skipped, a changed one keeps the chunks whose text did not change (and their
 * embeddings) and replaces the rest, a deleted file's document and chunks go. Each document
 * is written in its own transaction, so an interrupted run leaves whole documents.
 */
export async function ingestCorpus(options: IngestOptions): Promise<IngestSummary> {
  const { sql, root, embedder, only = '', reembed = false, onProgress } = options
  const listing = await listCorpus(root)
  const documents = listing.documents.filter((path) => path.startsWith(only))
  const { sections } = await loadCodeIndex(sql, root, listing.codeIndex)
  const summary: IngestSummary = { documents: documents.length, changed: 0, skipped: 0, deleted: 0, chunks: 0, embedded: 0, codeSections: sections }

  for (const [i, path] of documents.entries()) {
    const document = readDocument(path, await readFile(join(root, path), 'utf8'))
    const [stored] = await sql<{ id: string; content_hash: string; stale: boolean }[]>`
      select d.id, d.content_hash,
             exists (select 1 from public.knowledge_chunks c where c.document_id = d.id and c.embedding_model is distinct from ${embedder.model}) as stale
      from public.knowledge_documents d where d.source_path = ${path}`
    if (stored && stored.content_hash === document.contentHash && !stored.stale && !reembed) {
      summary.skipped++
      summary.chunks += (await sql`select count(*)::int as n from public.knowledge_chunks where document_id = ${stored.id}`)[0]!.n as number
      await onProgress?.(i + 1, documents.length, path)
      continue
    }
    const chunks = await chunkDocument(document)
    await sql.begin(async (tx) => {
      const metadata = { folder: document.meta.folder, sources: document.meta.sources, code_refs: document.meta.code_refs, last_reviewed: document.meta.last_reviewed }
      const [row] = await tx<{ id: string }[]>`
        insert into public.knowledge_documents (source_path, trade, title, content_hash, metadata)
        values (${path}, ${document.meta.trade}, ${document.meta.title}, ${document.contentHash}, ${JSON.stringify(metadata)})
        on conflict (source_path) do update set trade = excluded.trade, title = excluded.title,
          content_hash = excluded.content_hash, metadata = excluded.metadata, updated_at = now()
        returning id`
      const documentId = row!.id
      const keep = reembed ? [] : chunks.map((chunk) => chunk.contentHash)
      await tx`
        delete from public.knowledge_chunks where document_id = ${documentId}
          and not (content_hash = any (${textArray(keep)}::text[]) and embedding_model = ${embedder.model})`
      const kept = new Set(
        (await tx<{ content_hash: string }[]>`select content_hash from public.knowledge_chunks where document_id = ${documentId}`).map((r) => r.content_hash),
      )
      const fresh = chunks.filter((chunk) => !kept.has(chunk.contentHash))
      const vectors = fresh.length ? await embedder.embed(fresh.map((chunk) => chunk.content)) : []
      for (const [j, chunk] of fresh.entries()) {
        await tx`
          insert into public.knowledge_chunks (document_id, trade, chunk_index, heading, content, content_hash, embedding, embedding_model, code_refs)
          values (${documentId}, ${document.meta.trade}, ${chunk.index}, ${chunk.heading}, ${chunk.content}, ${chunk.contentHash},
                  ${vectorLiteral(vectors[j]!)}::vector, ${embedder.model}, ${textArray(chunk.codeRefs)}::text[])`
      }
      // Kept chunks may have moved within the document.
      for (const chunk of chunks.filter((c) => kept.has(c.contentHash))) {
        await tx`update public.knowledge_chunks set chunk_index = ${chunk.index} where document_id = ${documentId} and content_hash = ${chunk.contentHash}`
      }
      summary.embedded += fresh.length
    })
    summary.changed++
    summary.chunks += chunks.length
    await onProgress?.(i + 1, documents.length, path)
  }

  const deleted = await sql`
    delete from public.knowledge_documents
    where source_path like ${`${only.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`}
      and not (source_path = any (${textArray(documents)}::text[]))
    returning id`
  summary.deleted = deleted.length
  return summary
}
