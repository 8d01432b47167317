import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { textArray, vectorLiteral } from '../../lib/sql-values'
import type { Embedder } from '../embeddings/types'
import { tokenize } from '../embeddings/hashing-embedder'
import { detectTrade } from '../routing/trade-vocabulary'
import { normalizeQuery } from '../routing/normalize-query'

export type KnowledgeHit = {
  title: string
  heading: string
  sourcePath: string
  trade: string
  content: string
  score: number
  citations: { label: string; url: string; title: string | null; edition: string }[]
}

/** Company trades named for the business whose corpus folder is named for the craft. */
const corpusFolderOf: Record<string, string> = { general_contracting: 'general_contractor', remodeling: 'remodeler' }

/** The corpus folder of a company trade (most share the name). */
export const corpusTrade = (trade: string) => corpusFolderOf[trade] ?? trade

/** The company trade a corpus folder serves (the inverse of corpusTrade). */
export const companyTrade = (folder: string) => Object.keys(corpusFolderOf).find((trade) => corpusFolderOf[trade] === folder) ?? folder

/** The corpus folders a question searches: the person's trades, `universal`, and a trade the question itself is about. */
export function knowledgeScope(trades: string[], message: string): string[] {
  const named = detectTrade(normalizeQuery(message)).trade
  return [...new Set([...trades, ...(named ? [named] : []), 'universal'].map(corpusTrade))]
}

// Reciprocal rank fusion constant: the usual 60 keeps either list from dominating.
const RRF_K = 60

/**
 * Layer 2 slot: hybrid retrieval. The nearest chunks by cosine distance (pgvector HNSW, with
 * iterative scanning so a trade filter cannot starve the index scan) and the best chunks by
 * full text (websearch_to_tsquery over the question's words joined with "or", ranked by
 * ts_rank_cd), fused by reciprocal rank, each with the code sections it cites resolved to
 * their deep links (a cited subsection resolves to its indexed section).
 */
export async function loadKnowledge(options: { tx: Tx; message: string; trades: string[]; embedder: Embedder; limit?: number }): Promise<KnowledgeHit[]> {
  const { tx, message, trades, embedder, limit = 5 } = options
  const scope = textArray(knowledgeScope(trades, message))
  const words = [...new Set(tokenize(message))].join(' or ')
  const [queryVector] = await embedder.embed([message])
  await tx.execute(sql`select set_config('hnsw.iterative_scan', 'relaxed_order', true)`)
  const rows = await tx.execute<{ title: string; heading: string; source_path: string; trade: string; content: string; score: number; citations: KnowledgeHit['citations'] | null }>(sql`
    with nearest as (
      select id, row_number() over (order by distance) as rank from (
        select id, embedding <=> ${vectorLiteral(queryVector!)}::vector as distance
        from public.knowledge_chunks
        where trade = any (${scope}::text[]) and embedding_model = ${embedder.model}
        order by distance limit 40) v
    ),
    matching as (
      select id, row_number() over (order by rank desc) as rank from (
        select id, ts_rank_cd(tsv, websearch_to_tsquery('english', ${words})) as rank
        from public.knowledge_chunks
        where trade = any (${scope}::text[]) and tsv @@ websearch_to_tsquery('english', ${words})
        order by rank desc limit 40) t
    ),
    fused as (
      select id, sum(1.0 / (${RRF_K} + rank)) as score from (select * from nearest union all select * from matching) r group by id
    )
    select d.title, k.heading, d.source_path, k.trade, k.content, f.score::float8 as score,
           (select jsonb_agg(jsonb_build_object('label', r.code_body || ' ' || r.section, 'url', r.deep_link_url, 'title', r.title, 'edition', r.edition))
              from public.code_references r
              where exists (select 1 from unnest(k.code_refs) ref
                            where ref = r.code_body || ' ' || r.section
                               or ref like r.code_body || ' ' || r.section || '(%'
                               or ref like r.code_body || ' ' || r.section || '.%')) as citations
    from fused f
    join public.knowledge_chunks k on k.id = f.id
    join public.knowledge_documents d on d.id = k.document_id
    order by f.score desc
    limit ${limit}`)
  return rows.map((row) => ({ title: row.title, heading: row.heading, sourcePath: row.source_path, trade: row.trade, content: row.content, score: Number(row.score), citations: row.citations ?? [] }))
}
