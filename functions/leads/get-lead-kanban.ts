import { and, desc, eq, getTableColumns, lte, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { leads, leadStages } from '../../db/schema'
import { Kanban } from './schemas'
import { toLeads } from './to-lead'

type Options = {
  tx: Tx
  companyId: string
  /** Most leads listed per column; the counts and values cover every lead. */
  limit: number
  /** Only one person's leads. */
  assignedTo?: string
}

/** The pipeline board: one column per stage in order, each with its count, value and leads. */
export async function getLeadKanban({ tx, companyId, limit, assignedTo }: Options): Promise<Kanban> {
  const filters: SQL[] = [eq(leads.companyId, companyId)]
  if (assignedTo) filters.push(eq(leads.assignedTo, assignedTo))
  const where = and(...filters)

  const ranked = tx
    .select({
      ...getTableColumns(leads),
      rank: sql<number>`row_number() over (partition by ${leads.stage} order by ${leads.updatedAt} desc, ${leads.id} desc)`.as('rank'),
    })
    .from(leads)
    .where(where)
    .as('ranked')
  const [totals, rows] = await Promise.all([
    tx
      .select({
        stage: leads.stage,
        count: sql<number>`count(*)::int`,
        valueCents: sql<string>`coalesce(sum(${leads.estimatedValueCents}), 0)::text`,
      })
      .from(leads)
      .where(where)
      .groupBy(leads.stage),
    tx
      .select()
      .from(ranked)
      .where(lte(ranked.rank, limit))
      .orderBy(desc(ranked.updatedAt), desc(ranked.id)),
  ])

  const shown = await toLeads(
    tx,
    rows.map(({ rank: _rank, ...row }) => row),
  )
  return Kanban.parse({
    columns: leadStages.map((stage) => {
      const total = totals.find((t) => t.stage === stage)
      return {
        stage,
        count: total?.count ?? 0,
        valueCents: Number(total?.valueCents ?? 0),
        leads: shown.filter((lead) => lead.stage === stage),
      }
    }),
  })
}
