import { asc, eq, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { jobMaterials } from '../../db/schema'
import { notFound } from '../lib/errors'
import { lineTotalCents, tidyQuantity } from '../lib/money'
import { costedColumns, costingWith, type CostedRow } from './costing-query'
import { JobCosting } from './schemas'
import { decimalFrom, integerFrom, nullableIntegerFrom } from '../lib/sql-values'
import { toJobCostingSummary } from './to-job-costing'

type Options = {
  tx: Tx
  companyId: string
  jobId: string
}

type LaborPersonRow = { user_id: string; email: string | null; hourly_cost_cents: number | null; hours: string; cost_cents: string }

/**
 * What one job earned and cost: revenue, labour per person, material lines, linked expenses
 * and the margin. Another company's job is not found.
 */
export async function getJobCosting({ tx, companyId, jobId }: Options): Promise<JobCosting> {
  const costing = costingWith(companyId, { jobId })
  const [[row], people, materialLines] = await Promise.all([
    tx.execute<CostedRow>(sql`${costing} select ${costedColumns} from costed`),
    tx.execute<LaborPersonRow>(sql`${costing}
      select user_id::text, email, hourly_cost_cents,
        round(seconds / 3600, 2)::text as hours,
        round(seconds * coalesce(hourly_cost_cents, 0) / 3600)::text as cost_cents
      from labor_people
      order by seconds desc, email nulls last, user_id`),
    tx.select().from(jobMaterials).where(eq(jobMaterials.jobId, jobId)).orderBy(asc(jobMaterials.createdAt), asc(jobMaterials.id)),
  ])
  if (!row) throw notFound('Job')
  const summary = toJobCostingSummary(row)
  return JobCosting.parse({
    ...summary,
    labor: {
      ...summary.labor,
      people: people.map((person) => ({
        userId: person.user_id,
        email: person.email,
        hours: decimalFrom(person.hours),
        hourlyCostCents: nullableIntegerFrom(person.hourly_cost_cents),
        costCents: integerFrom(person.cost_cents),
      })),
    },
    materials: {
      ...summary.materials,
      lines: materialLines.map((line) => ({
        id: line.id,
        description: line.description,
        quantity: tidyQuantity(line.quantity),
        unit: line.unit,
        unitCostCents: line.unitCostCents,
        totalCents: lineTotalCents({ quantity: tidyQuantity(line.quantity), unitPriceCents: line.unitCostCents }),
      })),
    },
  })
}
