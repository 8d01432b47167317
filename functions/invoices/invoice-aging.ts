import { and, eq, gt, inArray, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { invoices } from '../../db/schema'
import { todayIso } from '../documents/dates'
import { agingBucketKeys, type Aging } from './schemas'
import { openStatuses } from './standing'

type BucketKey = (typeof agingBucketKeys)[number]

const labels: Record<BucketKey, string> = {
  current: 'Current',
  days_1_30: '1–30 days',
  days_31_60: '31–60 days',
  days_61_90: '61–90 days',
  days_over_90: '90+ days',
}

type Options = {
  tx: Tx
  companyId: string
  /** The day balances are aged to; defaults to today. */
  asOf?: string
}

/**
 * Accounts receivable aging: every open balance (sent or partly paid invoices) grouped by how
 * many days past its due date it is on `asOf`: not yet due, 1–30, 31–60, 61–90, over 90.
 */
export async function invoiceAging({ tx, companyId, asOf = todayIso() }: Options): Promise<Aging> {
  const daysPastDue = sql`(${asOf}::date - ${invoices.dueDate})`
  const bucket = sql<BucketKey>`case
      when ${invoices.dueDate} is null or ${daysPastDue} <= 0 then 'current'
      when ${daysPastDue} <= 30 then 'days_1_30'
      when ${daysPastDue} <= 60 then 'days_31_60'
      when ${daysPastDue} <= 90 then 'days_61_90'
      else 'days_over_90' end`
  const rows = await tx
    .select({
      bucket,
      totalCents: sql<string>`sum(${invoices.totalCents} - ${invoices.amountPaidCents})`,
      count: sql<number>`count(*)::int`,
    })
    .from(invoices)
    .where(and(eq(invoices.companyId, companyId), inArray(invoices.status, [...openStatuses]), gt(invoices.totalCents, invoices.amountPaidCents)))
    // By position: the bucket expression carries bound parameters, which Postgres would not
    // recognise as the same expression if it were repeated here.
    .groupBy(sql`1`)
  const found = new Map(rows.map((r) => [r.bucket, r]))
  const buckets = agingBucketKeys.map((key) => {
    const row = found.get(key)
    return { key, label: labels[key], totalCents: Number(row?.totalCents ?? 0), count: Number(row?.count ?? 0) }
  })
  return {
    asOf,
    buckets,
    totalCents: buckets.reduce((sum, b) => sum + b.totalCents, 0),
    count: buckets.reduce((sum, b) => sum + b.count, 0),
  }
}
