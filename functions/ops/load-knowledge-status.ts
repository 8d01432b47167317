import { sql } from 'drizzle-orm'
import type { z } from '@hono/zod-openapi'
import type { Tx } from '../../db/client'
import { integerFrom } from '../lib/sql-values'
import { OpsKnowledge } from './schemas'
import { runColumns, toRun, type RunRow } from './to-run'

const BROKEN_LISTED = 200

/**
 * The knowledge corpus as loaded: documents and chunks per trade with their last ingest, the
 * latest ingest run, and the code references' link check (counts and the broken links).
 */
export async function loadKnowledgeStatus({ tx }: { /** A transaction running as `zafto_ops`. */ tx: Tx }): Promise<z.infer<typeof OpsKnowledge>> {
  const byTrade = await tx.execute<{ trade: string; documents: string; chunks: string; last: string | null }>(sql`
    select d.trade, count(distinct d.id)::text as documents, count(k.id)::text as chunks, max(d.updated_at) as last
    from public.knowledge_documents d left join public.knowledge_chunks k on k.document_id = d.id
    group by d.trade order by d.trade`)
  const [lastIngest] = await tx.execute<RunRow>(sql`
    select ${runColumns} from public.pipeline_runs where job = 'knowledge_ingest' order by started_at desc, id limit 1`)
  const [links] = await tx.execute<{ total: string; ok: string; broken: string; unchecked: string; last: string | null }>(sql`
    select count(*)::text as total,
      count(*) filter (where link_status = 'ok')::text as ok,
      count(*) filter (where link_status = 'broken')::text as broken,
      count(*) filter (where link_status = 'unchecked')::text as unchecked,
      max(link_checked_at) as last
    from public.code_references`)
  const broken = await tx.execute<{ id: string; code_body: string; edition: string; section: string; deep_link_url: string; link_detail: string | null }>(sql`
    select id, code_body, edition, section, deep_link_url, link_detail from public.code_references
    where link_status = 'broken' order by code_body, edition, section limit ${BROKEN_LISTED}`)
  return OpsKnowledge.parse({
    byTrade: byTrade.map((row) => ({
      trade: row.trade,
      documents: integerFrom(row.documents),
      chunks: integerFrom(row.chunks),
      lastIngestedAt: row.last ? new Date(row.last).toISOString() : null,
    })),
    lastIngest: lastIngest ? toRun(lastIngest) : null,
    codeReferences: {
      total: integerFrom(links?.total),
      ok: integerFrom(links?.ok),
      broken: integerFrom(links?.broken),
      unchecked: integerFrom(links?.unchecked),
      lastCheckedAt: links?.last ? new Date(links.last).toISOString() : null,
      broken_items: broken.map((row) => ({
        id: row.id,
        codeBody: row.code_body,
        edition: row.edition,
        section: row.section,
        deepLinkUrl: row.deep_link_url,
        linkDetail: row.link_detail,
      })),
    },
  })
}
