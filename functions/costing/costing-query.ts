import { sql, type SQL } from 'drizzle-orm'

/** Which jobs to cost: one job, or the completed jobs of a period (UTC days, inclusive). */
export type CostingTarget = { jobId: string } | { completedFrom?: string; completedTo?: string }

function targetFilter(target: CostingTarget): SQL {
  if ('jobId' in target) return sql`j.id = ${target.jobId}`
  const filters = [sql`j.status = 'completed'`]
  if (target.completedFrom) filters.push(sql`j.completed_at >= (${target.completedFrom}::date)::timestamp at time zone 'UTC'`)
  if (target.completedTo) filters.push(sql`j.completed_at < ((${target.completedTo}::date) + 1)::timestamp at time zone 'UTC'`)
  return sql.join(filters, sql` and `)
}

/**
 * The `with` clause that costs a set of jobs in one statement; select from its parts:
 *
 * - `costed`: one row per job with revenue, labour, materials, expenses, total cost, margin.
 * - `labor_people`: one row per (job, person) who clocked time on it.
 *
 * Labour: each person's clocked seconds on the job (open entries run to now) × their
 * `company_members.hourly_cost_cents` / 3600, rounded half up per person; someone without a
 * rate adds hours but no cost and sets `missing_rates`. Materials: `round(quantity × unit
 * cost)` per line, the same half-up rounding to the cent as `lineTotalCents` (numeric
 * arithmetic is exact). Revenue: invoice totals of the job, void invoices excluded.
 */
export function costingWith(companyId: string, target: CostingTarget): SQL {
  return sql`
    with target as (
      select j.id, j.title, j.status, j.customer_id, c.name as customer_name, j.completed_at
      from jobs j
      join customers c on c.id = j.customer_id
      where j.company_id = ${companyId} and ${targetFilter(target)}
    ),
    invoiced as (
      select i.job_id, sum(i.total_cents) as invoiced_cents, sum(i.amount_paid_cents) as collected_cents, count(*) as invoice_count
      from invoices i
      where i.job_id in (select id from target) and i.status <> 'void'
      group by i.job_id
    ),
    accepted as (
      select b.job_id, sum(b.total_cents) as accepted_cents
      from bids b
      where b.job_id in (select id from target) and b.status = 'accepted'
      group by b.job_id
    ),
    labor_people as (
      select t.job_id, t.user_id, m.email, m.hourly_cost_cents,
        sum(greatest(0, extract(epoch from coalesce(t.clock_out, now()) - t.clock_in))) as seconds
      from time_entries t
      left join company_members m on m.user_id = t.user_id and m.company_id = t.company_id
      where t.job_id in (select id from target)
      group by t.job_id, t.user_id, m.email, m.hourly_cost_cents
    ),
    labor as (
      select job_id,
        sum(seconds) as seconds,
        sum(round(seconds * coalesce(hourly_cost_cents, 0) / 3600)) as cost_cents,
        bool_or(hourly_cost_cents is null) as missing_rates
      from labor_people
      group by job_id
    ),
    materials as (
      select job_id, sum(round(quantity * unit_cost_cents)) as cost_cents, count(*) as line_count
      from job_materials
      where job_id in (select id from target)
      group by job_id
    ),
    job_expenses as (
      select job_id, sum(amount_cents) as cost_cents, count(*) as expense_count
      from expenses
      where job_id in (select id from target)
      group by job_id
    ),
    figures as (
      select target.*,
        coalesce(invoiced.invoiced_cents, 0) as revenue_cents,
        coalesce(invoiced.collected_cents, 0) as collected_cents,
        coalesce(invoiced.invoice_count, 0) as invoice_count,
        accepted.accepted_cents,
        coalesce(labor.seconds, 0) as labor_seconds,
        coalesce(labor.cost_cents, 0) as labor_cents,
        coalesce(labor.missing_rates, false) as missing_rates,
        coalesce(materials.cost_cents, 0) as materials_cents,
        coalesce(materials.line_count, 0) as material_count,
        coalesce(job_expenses.cost_cents, 0) as expense_cents,
        coalesce(job_expenses.expense_count, 0) as expense_count
      from target
      left join invoiced on invoiced.job_id = target.id
      left join accepted on accepted.job_id = target.id
      left join labor on labor.job_id = target.id
      left join materials on materials.job_id = target.id
      left join job_expenses on job_expenses.job_id = target.id
    ),
    costed as (
      select figures.*,
        labor_cents + materials_cents + expense_cents as total_cost_cents,
        revenue_cents - (labor_cents + materials_cents + expense_cents) as margin_cents
      from figures
    )`
}

/** The columns of `costed` as the API mapping expects them (numbers as text, timestamps as ISO). */
export const costedColumns = sql`
  id::text as job_id, title, status::text as status, customer_id::text as customer_id, customer_name,
  to_char(completed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as completed_at,
  revenue_cents::text, collected_cents::text, invoice_count::text, accepted_cents::text,
  round(labor_seconds / 3600, 2)::text as labor_hours, labor_cents::text, missing_rates,
  materials_cents::text, material_count::text, expense_cents::text, expense_count::text,
  total_cost_cents::text, margin_cents::text`

export type CostedRow = {
  job_id: string
  title: string
  status: string
  customer_id: string
  customer_name: string
  completed_at: string | null
  revenue_cents: string
  collected_cents: string
  invoice_count: string
  accepted_cents: string | null
  labor_hours: string
  labor_cents: string
  missing_rates: boolean
  materials_cents: string
  material_count: string
  expense_cents: string
  expense_count: string
  total_cost_cents: string
  margin_cents: string
}
