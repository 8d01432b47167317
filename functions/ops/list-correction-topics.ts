import { sql } from 'drizzle-orm'
import type { z } from '@hono/zod-openapi'
import type { Tx } from '../../db/client'
import { integerFrom } from '../lib/sql-values'
import type { CorrectionTopic } from './schemas'

/** Pending plus validated corrections from which a topic is highlighted: the corpus likely needs work there. */
export const HIGHLIGHT_CORRECTIONS = 3

/**
 * Corrections per trade and topic by review status, most corrections first. A topic with
 * HIGHLIGHT_CORRECTIONS or more that are pending or validated is highlighted (rejected ones
 * do not count: they were not the corpus's fault).
 */
export async function listCorrectionTopics({ tx }: { tx: Tx }): Promise<z.infer<typeof CorrectionTopic>[]> {
  const rows = await tx.execute<{ trade: string; topic: string | null; pending: string; validated: string; rejected: string }>(sql`
    select trade, topic,
      count(*) filter (where validated is null)::text as pending,
      count(*) filter (where validated)::text as validated,
      count(*) filter (where not validated)::text as rejected
    from public.ai_corrections
    group by trade, topic
    order by count(*) filter (where validated is null or validated) desc, count(*) desc, trade, topic nulls last`)
  return rows.map((row) => {
    const pending = integerFrom(row.pending)
    const validated = integerFrom(row.validated)
    const rejected = integerFrom(row.rejected)
    return { trade: row.trade, topic: row.topic, pending, validated, rejected, total: pending + validated + rejected, highlighted: pending + validated >= HIGHLIGHT_CORRECTIONS }
  })
}
