import { sql, type SQL } from 'drizzle-orm'
import type { z } from '@hono/zod-openapi'
import type { Tx } from '../../db/client'
import { dashboardPeriods, todayUtc } from '../dashboard/periods'
import { integerFrom } from '../lib/sql-values'
import { OpsOverview } from './schemas'

type Options = {
  /** A transaction running as `zafto_ops` (runAsOps / the ops router). */
  tx: Tx
  /** How many weeks the weekly series covers, ending with the current one. */
  weeks: number
  /** The moment to report as of (tests pin it); default now. */
  now?: Date
}

const DAY_MS = 86_400_000
const RECENT_EVENTS = 20

const dayOffset = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
const utcMidnight = (day: string) => `${day}T00:00:00Z`
const ago = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS).toISOString()

/** Percent change with one decimal; null when there is no base to compare with. */
export const growthPct = (current: number, previous: number): number | null =>
  previous === 0 ? null : Math.round(((current - previous) * 1000) / previous) / 10

/**
 * Portal events on the platform: quotes decided in the portal (a signed content hash marks
 * them), homeowner messages, service requests and claimed invitations, each with the
 * company it concerns.
 */
const portalEvents = sql`
  select case when b.status = 'accepted' then 'quote_accepted' else 'quote_declined' end as kind,
         coalesce(b.accepted_at, b.declined_at) as at, b.company_id
  from public.bids b where b.signed_content_hash is not null and coalesce(b.accepted_at, b.declined_at) is not null
  union all
  select 'portal_message', m.created_at, m.company_id from public.messages m where m.sender = 'homeowner'
  union all
  select 'service_request', l.created_at, l.company_id from public.leads l where l.source = 'client_portal' and l.request_type is not null
  union all
  select 'portal_joined', i.claimed_at, i.company_id from public.portal_invitations i where i.claimed_at is not null`

async function loadTenants(tx: Tx, now: Date) {
  const [row] = await tx.execute<{ total: string; active: string; by_trade: { trade: string; count: number }[] | null; by_state: { state: string | null; count: number }[] | null }>(sql`
    select
      (select count(*) from public.companies)::text as total,
      (select count(distinct company_id) from (
         select a.company_id from public.audit_log a
         where a.created_at >= ${ago(now, 30)}::timestamptz and a.created_at <= ${now.toISOString()}::timestamptz
           and a.company_id is not null and a.actor_user_id is not null and a.action not like 'ops.%'
         union all
         select m.company_id from public.ai_messages m
         where m.created_at >= ${ago(now, 30)}::timestamptz and m.created_at <= ${now.toISOString()}::timestamptz and m.company_id is not null
       ) active)::text as active,
      (select jsonb_agg(jsonb_build_object('trade', trade, 'count', n) order by n desc, trade)
         from (select t.trade, count(*)::int as n from public.companies c, unnest(c.trades) as t(trade) group by t.trade) t) as by_trade,
      (select jsonb_agg(jsonb_build_object('state', state, 'count', n) order by n desc, state nulls last)
         from (select c.state, count(*)::int as n from public.companies c group by c.state) s) as by_state`)
  return {
    total: integerFrom(row?.total),
    active30d: integerFrom(row?.active),
    byTrade: row?.by_trade ?? [],
    byState: row?.by_state ?? [],
  }
}

async function loadUsers(tx: Tx, now: Date) {
  const [row] = await tx.execute<{ total_users: string; new_users: string; signed_in_users: string }>(
    sql`select * from public.ops_user_counts(${ago(now, 30)}::timestamptz)`,
  )
  return { total: integerFrom(row?.total_users), new: integerFrom(row?.new_users), signedIn30d: integerFrom(row?.signed_in_users) }
}

/** One row per week from `first` to `last` (Mondays), zeros where nothing happened. */
async function loadWeekly(tx: Tx, first: string, last: string) {
  const from = utcMidnight(first)
  const until = utcMidnight(dayOffset(last, 7))
  const week = (column: SQL) => sql`date_trunc('week', ${column} at time zone 'UTC')::date`
  const rows = await tx.execute<{ week: string; companies: string; users: string; jobs: string; payments: string; portal: string }>(sql`
    with weeks as (select w::date as week from generate_series(${first}::date, ${last}::date, interval '7 days') w),
    companies_w as (
      select ${week(sql`c.created_at`)} as week, count(*) as n from public.companies c
      where c.created_at >= ${from}::timestamptz and c.created_at < ${until}::timestamptz group by 1),
    users_w as (select s.week, s.users as n from public.ops_signups_by_week(${from}::timestamptz) s),
    jobs_w as (
      select ${week(sql`j.completed_at`)} as week, count(*) as n from public.jobs j
      where j.status = 'completed' and j.completed_at >= ${from}::timestamptz and j.completed_at < ${until}::timestamptz group by 1),
    payments_w as (
      select date_trunc('week', p.paid_on::timestamp)::date as week, sum(p.amount_cents) as n from public.payments p
      where p.paid_on >= ${first}::date and p.paid_on < ${dayOffset(last, 7)}::date group by 1),
    portal_w as (
      select ${week(sql`e.at`)} as week, count(*) as n from (${portalEvents}) e
      where e.at >= ${from}::timestamptz and e.at < ${until}::timestamptz group by 1)
    select to_char(w.week, 'YYYY-MM-DD') as week,
      coalesce(c.n, 0)::text as companies, coalesce(u.n, 0)::text as users, coalesce(j.n, 0)::text as jobs,
      coalesce(p.n, 0)::text as payments, coalesce(e.n, 0)::text as portal
    from weeks w
    left join companies_w c on c.week = w.week
    left join users_w u on u.week = w.week
    left join jobs_w j on j.week = w.week
    left join payments_w p on p.week = w.week
    left join portal_w e on e.week = w.week
    order by w.week`)
  return rows.map((row) => ({
    week: row.week,
    newCompanies: integerFrom(row.companies),
    newUsers: integerFrom(row.users),
    jobsCompleted: integerFrom(row.jobs),
    paymentsCents: integerFrom(row.payments),
    portalActions: integerFrom(row.portal),
  }))
}

async function loadPortal(tx: Tx, now: Date) {
  const since = ago(now, 7)
  const until = now.toISOString()
  const [row] = await tx.execute<{ linked: string; quotes: string; messages: string; requests: string }>(sql`
    select
      (select count(distinct c.portal_user_id) from public.customers c where c.portal_user_id is not null)::text as linked,
      (select count(*) from (${portalEvents}) e where e.kind in ('quote_accepted', 'quote_declined') and e.at >= ${since}::timestamptz and e.at <= ${until}::timestamptz)::text as quotes,
      (select count(*) from (${portalEvents}) e where e.kind = 'portal_message' and e.at >= ${since}::timestamptz and e.at <= ${until}::timestamptz)::text as messages,
      (select count(*) from (${portalEvents}) e where e.kind = 'service_request' and e.at >= ${since}::timestamptz and e.at <= ${until}::timestamptz)::text as requests`)
  return {
    linkedHomeowners: integerFrom(row?.linked),
    quotesDecided7d: integerFrom(row?.quotes),
    messages7d: integerFrom(row?.messages),
    serviceRequests7d: integerFrom(row?.requests),
  }
}

/** The latest events, with nothing but the company's first trade and its state. */
async function loadRecentActivity(tx: Tx, now: Date) {
  const rows = await tx.execute<{ at: string; kind: string; trade: string | null; state: string | null }>(sql`
    select e.at, e.kind, c.trades[1] as trade, c.state
    from (${portalEvents} union all select 'company_signup', c.created_at, c.id from public.companies c) e
    join public.companies c on c.id = e.company_id
    where e.at <= ${now.toISOString()}::timestamptz
    order by e.at desc
    limit ${RECENT_EVENTS}`)
  return rows.map((row) => ({ at: new Date(row.at).toISOString(), kind: row.kind, trade: row.trade, state: row.state }))
}

async function loadRevenueTotal(tx: Tx, now: Date) {
  const [row] = await tx.execute<{ total: string }>(sql`select coalesce(sum(amount_cents), 0)::text as total from public.payments where paid_on <= ${todayUtc(now)}::date`)
  return integerFrom(row?.total)
}

/**
 * The platform at a glance for staff: tenants, users, weekly activity (UTC weeks starting
 * Monday), jobs and money processed this week against last, client portal use and the latest
 * events. Aggregates only; the activity feed names no one.
 */
export async function loadOpsOverview({ tx, weeks, now = new Date() }: Options): Promise<z.infer<typeof OpsOverview>> {
  const thisWeek = dashboardPeriods(todayUtc(now)).weekStart
  // At least two weeks are computed: this week's growth compares with the previous one.
  const series = await loadWeekly(tx, dayOffset(thisWeek, -7 * (Math.max(weeks, 2) - 1)), thisWeek)
  const current = series.at(-1)!
  const previous = series.at(-2)!
  return OpsOverview.parse({
    generatedAt: now.toISOString(),
    tenants: await loadTenants(tx, now),
    users: await loadUsers(tx, now),
    weekly: series.slice(-weeks),
    jobs: {
      completedThisWeek: current.jobsCompleted,
      completedLastWeek: previous.jobsCompleted,
      growthPct: growthPct(current.jobsCompleted, previous.jobsCompleted),
    },
    revenue: {
      thisWeekCents: current.paymentsCents,
      lastWeekCents: previous.paymentsCents,
      growthPct: growthPct(current.paymentsCents, previous.paymentsCents),
      totalCents: await loadRevenueTotal(tx, now),
    },
    portal: await loadPortal(tx, now),
    recentActivity: await loadRecentActivity(tx, now),
  })
}
