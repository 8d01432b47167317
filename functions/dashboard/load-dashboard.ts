import { sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { jobStatuses, type MemberRole } from '../../db/schema'
import { decimalFrom, integerFrom } from '../lib/sql-values'
import { can } from '../lib/permissions'
import { dashboardPeriods, type DashboardPeriods } from './periods'
import { Dashboard } from './schemas'

type Options = {
  tx: Tx
  companyId: string
  /** The viewer: a tech's dashboard counts only their assigned jobs and their own hours. */
  actorUserId: string
  /**
   * Decides what is included: money needs `dashboard:financials`, everyone's hours
   * `time:read_all`, every job `jobs:write` (otherwise only the jobs assigned to the viewer).
   */
  role: MemberRole
  /** The UTC day to report as of (`YYYY-MM-DD`). */
  asOf: string
}

type Scope = { tx: Tx; companyId: string; actorUserId: string; periods: DashboardPeriods }

async function jobsByStatus({ tx, companyId, actorUserId }: Scope, ownOnly: boolean) {
  const rows = await tx.execute<{ status: string; n: string }>(sql`
    select j.status::text as status, count(*)::text as n
    from jobs j
    where j.company_id = ${companyId}
      ${ownOnly ? sql`and exists (select 1 from job_assignments a where a.job_id = j.id and a.user_id = ${actorUserId})` : sql``}
    group by j.status`)
  const counts = Object.fromEntries(jobStatuses.map((status) => [status, 0])) as Record<(typeof jobStatuses)[number], number>
  for (const row of rows) counts[row.status as keyof typeof counts] = integerFrom(row.n)
  return counts
}

/** Seconds clocked from Monday 00:00 UTC to the end of asOf, open entries up to now, per person. */
async function hoursThisWeek({ tx, companyId, actorUserId, periods }: Scope, ownOnly: boolean) {
  const weekStart = sql`(${periods.weekStart}::date)::timestamp at time zone 'UTC'`
  const weekEnd = sql`(${periods.endExclusive}::date)::timestamp at time zone 'UTC'`
  const rows = await tx.execute<{ user_id: string; email: string; role: string; hours: string; total_hours: string }>(sql`
    with week as (
      select t.user_id,
        sum(greatest(0, extract(epoch from least(coalesce(t.clock_out, now()), ${weekEnd}) - greatest(t.clock_in, ${weekStart})))) as seconds
      from time_entries t
      where t.company_id = ${companyId} and t.clock_in < ${weekEnd} and coalesce(t.clock_out, now()) > ${weekStart}
      group by t.user_id
    )
    select m.user_id::text, m.email, m.role::text as role,
      round(coalesce(w.seconds, 0) / 3600, 2)::text as hours,
      round(sum(coalesce(w.seconds, 0)) over () / 3600, 2)::text as total_hours
    from company_members m
    left join week w on w.user_id = m.user_id
    where m.company_id = ${companyId}
      and ${ownOnly ? sql`m.user_id = ${actorUserId}` : sql`(m.role = 'tech' or w.seconds > 0)`}
    order by coalesce(w.seconds, 0) desc, m.email`)
  return {
    totalHours: decimalFrom(rows[0]?.total_hours),
    people: rows.map((row) => ({ userId: row.user_id, email: row.email, role: row.role, hours: decimalFrom(row.hours) })),
  }
}

/** Payments per month over the 12 months ending with asOf's month (up to asOf); quarter and year add those months up. */
async function revenue({ tx, companyId, periods }: Scope) {
  const rows = await tx.execute<{ month: string; cents: string }>(sql`
    select to_char(m, 'YYYY-MM') as month, coalesce(sum(p.amount_cents), 0)::text as cents
    from generate_series(${periods.last12MonthsStart}::timestamp, ${periods.monthStart}::timestamp, interval '1 month') as m
    left join payments p
      on p.company_id = ${companyId}
      and p.paid_on >= m::date and p.paid_on < (m + interval '1 month')::date and p.paid_on <= ${periods.asOf}::date
    group by m
    order by m`)
  const last12Months = rows.map((row) => ({ month: row.month, cents: integerFrom(row.cents) }))
  const since = (start: string) => last12Months.filter((m) => m.month >= start.slice(0, 7)).reduce((sum, m) => sum + m.cents, 0)
  return { monthCents: since(periods.monthStart), quarterCents: since(periods.quarterStart), yearCents: since(periods.yearStart), last12Months }
}

async function receivables({ tx, companyId, periods }: Scope) {
  const [row] = await tx.execute<{ outstanding: string; outstanding_count: string; overdue: string; overdue_count: string }>(sql`
    select
      coalesce(sum(total_cents - amount_paid_cents), 0)::text as outstanding,
      count(*)::text as outstanding_count,
      coalesce(sum(total_cents - amount_paid_cents) filter (where due_date < ${periods.asOf}::date), 0)::text as overdue,
      count(*) filter (where due_date < ${periods.asOf}::date)::text as overdue_count
    from invoices
    where company_id = ${companyId} and status in ('sent', 'partial') and total_cents > amount_paid_cents`)
  return {
    outstandingCents: integerFrom(row?.outstanding),
    outstandingCount: integerFrom(row?.outstanding_count),
    overdueCents: integerFrom(row?.overdue),
    overdueCount: integerFrom(row?.overdue_count),
  }
}

/** Bids decided in the 90 days ending on asOf: accepted, declined, or expired (on their valid-until day). */
async function bidWinRate({ tx, companyId, periods }: Scope) {
  const decidedOn = sql`(case b.status
      when 'accepted' then (coalesce(b.accepted_at, b.updated_at) at time zone 'UTC')::date
      when 'declined' then (coalesce(b.declined_at, b.updated_at) at time zone 'UTC')::date
      else coalesce(b.valid_until, (b.updated_at at time zone 'UTC')::date) end)`
  const [row] = await tx.execute<{ accepted: string; declined: string; expired: string }>(sql`
    select
      count(*) filter (where b.status = 'accepted')::text as accepted,
      count(*) filter (where b.status = 'declined')::text as declined,
      count(*) filter (where b.status = 'expired')::text as expired
    from bids b
    where b.company_id = ${companyId} and b.status in ('accepted', 'declined', 'expired')
      and ${decidedOn} between ${periods.winRateSince}::date and ${periods.asOf}::date`)
  const accepted = integerFrom(row?.accepted)
  const declined = integerFrom(row?.declined)
  const expired = integerFrom(row?.expired)
  const decided = accepted + declined + expired
  return { accepted, declined, expired, rate: decided === 0 ? null : Math.round((accepted * 10_000) / decided) / 10_000 }
}

async function topCustomers({ tx, companyId, periods }: Scope) {
  const rows = await tx.execute<{ customer_id: string; name: string; cents: string }>(sql`
    select c.id::text as customer_id, c.name, sum(p.amount_cents)::text as cents
    from payments p
    join invoices i on i.id = p.invoice_id
    join customers c on c.id = i.customer_id
    where p.company_id = ${companyId} and p.paid_on between ${periods.last12MonthsStart}::date and ${periods.asOf}::date
    group by c.id, c.name
    order by sum(p.amount_cents) desc, c.name
    limit 5`)
  return rows.map((row) => ({ customerId: row.customer_id, name: row.name, revenueCents: integerFrom(row.cents) }))
}

/**
 * The dashboard as the viewer may see it. A tech gets their assigned jobs and own hours and
 * no money fields at all (they are omitted, not zeroed). Periods are UTC (see periods.ts).
 */
export async function loadDashboard({ tx, companyId, actorUserId, role, asOf }: Options): Promise<Dashboard> {
  const periods = dashboardPeriods(asOf)
  const scope: Scope = { tx, companyId, actorUserId, periods }
  const allJobs = can(role, 'jobs:write')
  const everyonesHours = can(role, 'time:read_all')
  const financials = can(role, 'dashboard:financials')
  const [jobs, hours, money] = await Promise.all([
    jobsByStatus(scope, !allJobs),
    hoursThisWeek(scope, !everyonesHours),
    financials ? Promise.all([revenue(scope), receivables(scope), bidWinRate(scope), topCustomers(scope)]) : null,
  ])
  const { asOf: _asOf, endExclusive: _end, ...shownPeriods } = periods
  return Dashboard.parse({
    asOf,
    timezone: 'UTC',
    scope: allJobs && everyonesHours ? 'company' : 'own',
    periods: shownPeriods,
    jobsByStatus: jobs,
    hoursThisWeek: everyonesHours ? hours : { totalHours: hours.totalHours },
    ...(money ? { revenue: money[0], receivables: money[1], bidWinRate: money[2], topCustomers: money[3] } : {}),
  })
}
