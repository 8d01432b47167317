import { sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { costedColumns, costingWith, type CostedRow } from './costing-query'
import type { JobCostingList } from './schemas'
import { integerFrom, marginPercentOf } from '../lib/sql-values'
import { toJobCostingSummary } from './to-job-costing'

type Options = {
  tx: Tx
  companyId: string
  /** Completed on or after this UTC day. */
  from?: string
  /** Completed on or before this UTC day. */
  to?: string
  /** By margin in cents: `desc` best first, `asc` worst first. */
  order: 'asc' | 'desc'
  page: number
  pageSize: number
}

type TotalsRow = { total: string; revenue_cents: string; total_cost_cents: string; margin_cents: string }

/** Completed jobs of a period with their costing, ordered by margin, and the period's totals. */
export async function listJobCosting({ tx, companyId, from, to, order, page, pageSize }: Options): Promise<JobCostingList> {
  const costing = costingWith(companyId, { completedFrom: from, completedTo: to })
  const direction = order === 'asc' ? sql`asc` : sql`desc`
  const [rows, [totals]] = await Promise.all([
    tx.execute<CostedRow>(sql`${costing}
      select ${costedColumns} from costed
      order by margin_cents ${direction}, completed_at desc, id
      limit ${pageSize} offset ${(page - 1) * pageSize}`),
    tx.execute<TotalsRow>(sql`${costing}
      select count(*)::text as total,
        coalesce(sum(revenue_cents), 0)::text as revenue_cents,
        coalesce(sum(total_cost_cents), 0)::text as total_cost_cents,
        coalesce(sum(margin_cents), 0)::text as margin_cents
      from costed`),
  ])
  const revenueCents = integerFrom(totals?.revenue_cents)
  const marginCents = integerFrom(totals?.margin_cents)
  return {
    data: rows.map(toJobCostingSummary),
    page,
    pageSize,
    total: integerFrom(totals?.total),
    totals: { revenueCents, totalCostCents: integerFrom(totals?.total_cost_cents), marginCents, marginPercent: marginPercentOf(marginCents, revenueCents) },
  }
}
