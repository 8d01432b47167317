import type { CostedRow } from './costing-query'
import { JobCostingSummary } from './schemas'
import { decimalFrom, integerFrom, marginPercentOf, nullableIntegerFrom } from '../lib/sql-values'

/** The API's view of one costed job (without the per-person and per-line breakdowns). */
export function toJobCostingSummary(row: CostedRow): JobCostingSummary {
  const revenueCents = integerFrom(row.revenue_cents)
  const marginCents = integerFrom(row.margin_cents)
  return JobCostingSummary.parse({
    jobId: row.job_id,
    title: row.title,
    status: row.status,
    customerId: row.customer_id,
    customerName: row.customer_name,
    completedAt: row.completed_at,
    revenue: {
      invoicedCents: revenueCents,
      collectedCents: integerFrom(row.collected_cents),
      invoiceCount: integerFrom(row.invoice_count),
      acceptedBidCents: nullableIntegerFrom(row.accepted_cents),
    },
    labor: { hours: decimalFrom(row.labor_hours), costCents: integerFrom(row.labor_cents), missingRates: row.missing_rates },
    materials: { costCents: integerFrom(row.materials_cents), count: integerFrom(row.material_count) },
    expenses: { costCents: integerFrom(row.expense_cents), count: integerFrom(row.expense_count) },
    totalCostCents: integerFrom(row.total_cost_cents),
    marginCents,
    marginPercent: marginPercentOf(marginCents, revenueCents),
  })
}
