import { sql } from 'drizzle-orm'
import type { z } from '@hono/zod-openapi'
import type { Tx } from '../../db/client'
import { listCorrectionTopics } from './list-correction-topics'
import { CorrectionList, type CorrectionsQuery } from './schemas'
import { correctionColumns, toCorrection, type CorrectionRow } from './to-correction'

const LIMIT = 200

const statusCondition = {
  pending: sql`validated is null`,
  validated: sql`validated`,
  rejected: sql`not validated`,
} as const

/**
 * The corrections review queue, newest first, filtered by status, trade, topic and severity,
 * with every topic's counts beside it. Corrections carry no sender: staff judge the content.
 */
export async function listCorrections({ tx, filters }: { tx: Tx; filters: z.infer<typeof CorrectionsQuery> }): Promise<z.infer<typeof CorrectionList>> {
  const conditions = [
    sql`true`,
    filters.status ? statusCondition[filters.status] : undefined,
    filters.trade ? sql`trade = ${filters.trade}` : undefined,
    filters.topic ? sql`topic = ${filters.topic}` : undefined,
    filters.severity ? sql`severity = ${filters.severity}` : undefined,
  ].filter((condition) => condition !== undefined)
  const rows = await tx.execute<CorrectionRow>(sql`
    select ${sql.raw(correctionColumns)} from public.ai_corrections
    where ${sql.join(conditions, sql` and `)}
    order by created_at desc, id
    limit ${LIMIT}`)
  return CorrectionList.parse({ items: rows.map(toCorrection), topics: await listCorrectionTopics({ tx }) })
}
