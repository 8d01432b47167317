import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { textArray } from '../../lib/sql-values'

export type KnowledgeHit = {
  title: string
  sourcePath: string
  trade: string
  content: string
  score: number
  citations: { label: string; url: string; title: string | null; edition: string }[]
}

/**
 * Layer 2 slot: the best knowledge chunks for the question in the person's trades plus
 * `universal`, by Postgres full text (websearch syntax, ts_rank_cd), with the code sections
 * each chunk cites resolved to their deep links. An empty corpus returns nothing.
 */
export async function loadKnowledge({ tx, message, trades, limit = 5 }: { tx: Tx; message: string; trades: string[]; limit?: number }): Promise<KnowledgeHit[]> {
  const scope = [...new Set([...trades, 'universal'])]
  const rows = await tx.execute<{ title: string; source_path: string; trade: string; content: string; score: number; citations: KnowledgeHit['citations'] | null }>(sql`
    select d.title, d.source_path, k.trade, k.content, ts_rank_cd(k.tsv, q) as score,
           (select jsonb_agg(jsonb_build_object('label', r.code_body || ' ' || r.section, 'url', r.deep_link_url, 'title', r.title, 'edition', r.edition))
              from public.code_references r where r.code_body || ' ' || r.section = any (k.code_refs)) as citations
    from public.knowledge_chunks k
    join public.knowledge_documents d on d.id = k.document_id,
         websearch_to_tsquery('english', ${message}) q
    where k.trade = any (${textArray(scope)}::text[]) and k.tsv @@ q
    order by score desc
    limit ${limit}`)
  return rows.map((row) => ({ title: row.title, sourcePath: row.source_path, trade: row.trade, content: row.content, score: Number(row.score), citations: row.citations ?? [] }))
}
