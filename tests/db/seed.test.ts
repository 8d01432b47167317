import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createSql, type Sql } from '../../db/client'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../db/embedded'
import { applyMigrations } from '../../db/migrate'
import { demoAccounts, DEMO_PASSWORD, seedDemo } from '../../db/seed'
import { buildDemoData } from '../../db/seed/build'
import { HOMEOWNER_ACCOUNT, OPS_ACCOUNT, seedPortalAccounts } from '../../db/seed/portal-accounts'
import { documentTotals, lineTotalCents } from '../../functions/lib/money'
import { startServer, type RunningServer } from '../../functions/server'
import { asUser } from '../support/db'

// One moment for both seeds, so they can be compared row for row.
const now = new Date()
const today = now.toISOString().slice(0, 10)
const DAY = 86_400_000

let server: RunningServer
let sql: Sql
type Timing = { ms: number; cpuMs: number }
let first: Timing
let second: { db: EmbeddedDatabase; sql: Sql } & Timing

/** Seeds and measures wall time and this process's CPU time (PGlite runs in-process too). */
async function timedSeed(target: Sql) {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const seeded = await seedDemo(target, { now })
  const used = process.cpuUsage(cpu)
  return { seeded, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 }
}

beforeAll(async () => {
  server = await startServer({ port: 0, dataDir: null, embeddedDbPort: 0, seedDemo: false })
  sql = createSql(server.databaseUrl, { max: 2 })
  const seeded = await timedSeed(sql)
  expect(seeded.seeded).toBe(true)
  first = seeded

  // A second fresh database, seeded the same way, for the determinism check.
  const db = await startEmbeddedDatabase({ dataDir: 'memory://', port: 0 })
  const other = createSql(db.url, { max: 2 })
  await applyMigrations(other)
  const again = await timedSeed(other)
  expect(again.seeded).toBe(true)
  second = { db, sql: other, ms: again.ms, cpuMs: again.cpuMs }
  const show = (t: Timing) => `${Math.round(t.ms)} ms (${Math.round(t.cpuMs)} ms CPU)`
  console.info(`demo seed took ${show(first)}; on the second database ${show(second)}`)
})

afterAll(async () => {
  await sql?.end({ timeout: 5 })
  await server?.stop()
  await second?.sql.end({ timeout: 5 })
  await second?.db.stop()
})

const one = async <T>(query: Promise<T[]>) => (await query)[0]!
const count = async (table: string) => (await one(sql<{ n: number }[]>`select count(*)::int as n from ${sql(table)}`)).n

async function signIn(email: string) {
  const response = await fetch(`${server.url}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { apikey: server.anonKey, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { access_token: string }).access_token
}

describe('the demo seed', () => {
  test('is quick enough to run on every first start', () => {
    // A guard against a slow regression only; the target is under 3 s on a quiet machine. CPU
    // time is the steady measure when other test files share the cores; wall time only
    // catches a hang.
    for (const timing of [first, second]) {
      expect(timing.cpuMs).toBeLessThan(15_000)
      expect(timing.ms).toBeLessThan(60_000)
    }
  })

  // In memory and CPU-bound; it runs before any HTTP request so no idle keep-alive socket goes stale meanwhile.
  test('holds together whatever day and hour the first start happens on', () => {
    const people = demoAccounts.map((account, i) => ({ ...account, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }))
    const moments = [
      '2026-03-08T07:30:00Z', // the spring DST switch (02:30 ET)
      '2026-11-01T05:59:00Z', // the autumn DST switch
      '2026-11-26T15:00:00Z', // Thanksgiving
      '2026-01-01T04:59:59Z', // one second before midnight ET, New Year's Eve
      '2026-06-06T16:00:00Z', // a Saturday
      '2026-06-07T23:00:00Z', // a Sunday evening
      '2026-07-15T11:00:00Z', // a summer weekday, 7 am ET
      '2027-02-15T21:45:00Z', // a winter weekday, late afternoon ET
    ].map((iso) => new Date(iso))
    for (const moment of moments) {
      const data = buildDemoData({ now: moment, companyId: 'c', people })
      const at = moment.getTime()
      const utcToday = moment.toISOString().slice(0, 10)
      const label = moment.toISOString()
      expect(data.jobs.length, label).toBeGreaterThanOrEqual(190)
      expect(new Set(data.jobs.map((j) => j.status)).size, label).toBe(4)
      expect(new Set(data.bids.map((b) => b.status)).size, label).toBe(5)
      for (const rows of [data.jobs, data.bids, data.invoices, data.payments, data.expenses, data.leads, data.messages, data.jobNotes, data.timeEntries]) {
        for (const row of rows) expect(row.createdAt!.getTime(), label).toBeLessThanOrEqual(at)
      }
      for (const job of data.jobs) {
        if (job.status === 'scheduled') expect(job.scheduledStart!.getTime(), label).toBeGreaterThan(at)
        for (const stamp of [job.startedAt, job.completedAt, job.cancelledAt]) if (stamp) expect(stamp.getTime(), label).toBeGreaterThanOrEqual(job.createdAt!.getTime())
      }
      const byUser = new Map<string, (typeof data.timeEntries)[number][]>()
      for (const entry of data.timeEntries) byUser.set(entry.userId, [...(byUser.get(entry.userId) ?? []), entry])
      for (const entries of byUser.values()) {
        entries.sort((a, b) => a.clockIn.getTime() - b.clockIn.getTime())
        entries.forEach((entry, i) => {
          expect(entry.clockOut!.getTime(), label).toBeLessThanOrEqual(at)
          if (i > 0) expect(entry.clockIn.getTime(), label).toBeGreaterThanOrEqual(entries[i - 1]!.clockOut!.getTime())
        })
      }
      const paid = new Map<string, number>()
      for (const payment of data.payments) {
        paid.set(payment.invoiceId, (paid.get(payment.invoiceId) ?? 0) + payment.amountCents)
        expect(payment.paidOn <= utcToday, label).toBe(true)
      }
      for (const invoice of data.invoices) expect(paid.get(invoice.id) ?? 0, label).toBe(invoice.amountPaidCents)
      const daysLate = data.invoices
        .filter((i) => (i.status === 'sent' || i.status === 'partial') && i.dueDate! < utcToday)
        .map((i) => Math.round((Date.parse(utcToday) - Date.parse(i.dueDate!)) / DAY))
      for (const [from, to] of [[1, 30], [31, 60], [61, 90], [91, 10_000]]) expect(daysLate.some((d) => d >= from! && d <= to!), `${label} ${from}–${to}`).toBe(true)
      expect(data.invoices.filter((i) => i.status === 'draft').length, label).toBeGreaterThanOrEqual(2)
    }
  })

  test('creates a company the size of a real small shop', async () => {
    const members = await sql<{ role: string; hourly_cost_cents: number | null }[]>`select role, hourly_cost_cents from company_members`
    expect(members).toHaveLength(demoAccounts.length)
    expect(members.filter((m) => m.role === 'tech').length).toBeGreaterThanOrEqual(4)
    expect(new Set(members.map((m) => m.role))).toEqual(new Set(['owner', 'admin', 'office', 'tech']))
    expect(members.every((m) => (m.hourly_cost_cents ?? 0) > 0)).toBe(true)

    const counts = Object.fromEntries(
      await Promise.all(
        ['customers', 'properties', 'equipment', 'jobs', 'job_assignments', 'job_notes', 'job_materials', 'time_entries', 'bids', 'bid_line_items', 'invoices', 'invoice_line_items', 'payments', 'expenses', 'leads', 'message_threads', 'messages'].map(
          async (t) => [t, await count(t)] as const,
        ),
      ),
    )
    console.info('demo rows', counts)
    expect(counts.customers).toBeGreaterThanOrEqual(45)
    expect(counts.customers).toBeLessThanOrEqual(55)
    expect(counts.properties).toBeGreaterThan(counts.customers!)
    expect(counts.equipment).toBeGreaterThanOrEqual(50)
    expect(counts.jobs).toBeGreaterThanOrEqual(180)
    expect(counts.jobs).toBeLessThanOrEqual(220)
    expect(counts.bids).toBeGreaterThanOrEqual(70)
    expect(counts.bids).toBeLessThanOrEqual(90)
    expect(counts.invoices).toBeGreaterThanOrEqual(130)
    expect(counts.invoices).toBeLessThanOrEqual(180)
    expect(counts.expenses).toBeGreaterThanOrEqual(100)
    expect(counts.expenses).toBeLessThanOrEqual(140)
    expect(counts.leads).toBeGreaterThanOrEqual(12)
    expect(counts.leads).toBeLessThanOrEqual(20)
    expect(counts.time_entries).toBeGreaterThanOrEqual(150)
    expect(counts.job_notes).toBeGreaterThan(50)
    expect(counts.job_materials).toBeGreaterThan(100)
    expect(counts.message_threads).toBeGreaterThanOrEqual(3)
  })

  test('keeps every job’s customer, property, crew and links inside the one company', async () => {
    const strays = await one(sql<Record<string, number>[]>`
      select
        (select count(*)::int from jobs j join customers c on c.id = j.customer_id left join properties p on p.id = j.property_id
          where c.company_id <> j.company_id or p.company_id <> j.company_id or p.customer_id <> j.customer_id or j.property_id is null) as jobs,
        (select count(*)::int from job_assignments a join jobs j on j.id = a.job_id
          left join company_members m on m.user_id = a.user_id and m.company_id = j.company_id
          where m.role is distinct from 'tech') as assignments,
        (select count(*)::int from bids b join customers c on c.id = b.customer_id left join jobs j on j.id = b.job_id
          where c.company_id <> b.company_id or (j.id is not null and j.customer_id <> b.customer_id)) as bids,
        (select count(*)::int from invoices i join customers c on c.id = i.customer_id left join jobs j on j.id = i.job_id left join bids b on b.id = i.bid_id
          where c.company_id <> i.company_id or j.customer_id <> i.customer_id or (b.id is not null and b.customer_id <> i.customer_id)) as invoices,
        (select count(*)::int from properties p join customers c on c.id = p.customer_id where c.company_id <> p.company_id) as properties,
        (select count(*)::int from equipment e join properties p on p.id = e.property_id where p.customer_id <> e.customer_id) as equipment,
        (select count(*)::int from time_entries t join jobs j on j.id = t.job_id
          where not exists (select 1 from job_assignments a where a.job_id = t.job_id and a.user_id = t.user_id)) as time_entries,
        (select count(*)::int from jobs j where not exists (select 1 from job_assignments a where a.job_id = j.id)) as unassigned`)
    expect(strays).toEqual({ jobs: 0, assignments: 0, bids: 0, invoices: 0, properties: 0, equipment: 0, time_entries: 0, unassigned: 0 })
  })

  test('spreads jobs over the past year and the next two weeks with consistent status timestamps', async () => {
    const jobs = await sql<{ status: string; scheduled_start: string; scheduled_end: string; started_at: string | null; completed_at: string | null; cancelled_at: string | null; region: string; trade: string; job_category: string | null; estimated_hours: string }[]>`
      select status, scheduled_start, scheduled_end, started_at, completed_at, cancelled_at, region, trade, job_category, estimated_hours from jobs`
    const t = (value: string | null) => (value === null ? null : new Date(value).getTime())
    const by = (status: string) => jobs.filter((j) => j.status === status)
    expect(by('completed').length).toBeGreaterThan(jobs.length * 0.75)
    expect(by('in_progress').length).toBeGreaterThanOrEqual(2)
    expect(by('scheduled').length).toBeGreaterThanOrEqual(8)
    expect(by('cancelled').length).toBeGreaterThanOrEqual(2)
    for (const job of jobs) {
      expect(job.region).toBe('CT')
      expect(['electrical', 'hvac']).toContain(job.trade)
      expect(job.job_category).toBeTruthy()
      expect(Number(job.estimated_hours)).toBeGreaterThan(0)
      expect(t(job.scheduled_end)!).toBeGreaterThan(t(job.scheduled_start)!)
      expect(t(job.scheduled_start)!).toBeGreaterThan(now.getTime() - 380 * DAY)
      expect(t(job.scheduled_start)!).toBeLessThan(now.getTime() + 20 * DAY)
      const hour = Number(new Date(job.scheduled_start).toLocaleString('en-US', { timeZone: 'America/New_York', hour: 'numeric', hourCycle: 'h23' }))
      expect(hour).toBeGreaterThanOrEqual(7)
      expect(hour).toBeLessThan(17)
    }
    for (const job of by('completed')) {
      expect(t(job.started_at)!).toBeLessThan(t(job.completed_at)!)
      expect(t(job.completed_at)!).toBeLessThanOrEqual(now.getTime())
      expect(job.cancelled_at).toBeNull()
    }
    for (const job of by('in_progress')) {
      expect(t(job.started_at)!).toBeLessThanOrEqual(now.getTime())
      expect(job.completed_at).toBeNull()
    }
    for (const job of by('scheduled')) {
      expect(job.started_at).toBeNull()
      expect(t(job.scheduled_start)!).toBeGreaterThan(now.getTime())
    }
    for (const job of by('cancelled')) {
      expect(job.cancelled_at).not.toBeNull()
      expect(job.completed_at).toBeNull()
      expect(t(job.cancelled_at)!).toBeLessThanOrEqual(now.getTime())
    }
  })

  test('tells its history in order: customers before their work, jobs booked before they start, nothing in the future', async () => {
    const outOfOrder = await one(sql<Record<string, number>[]>`
      select
        (select count(*)::int from jobs j join customers c on c.id = j.customer_id where j.created_at <= c.created_at) as jobs_before_customer,
        (select count(*)::int from bids b join customers c on c.id = b.customer_id where b.created_at <= c.created_at) as bids_before_customer,
        (select count(*)::int from jobs where created_at >= coalesce(started_at, cancelled_at, scheduled_start)) as jobs_created_late,
        (select count(*)::int from invoices i join jobs j on j.id = i.job_id where i.created_at < j.completed_at) as invoices_before_work,
        (select count(*)::int from leads l join customers c on c.id = l.customer_id where l.created_at >= c.created_at) as leads_after_customer`)
    expect(outOfOrder).toEqual({ jobs_before_customer: 0, bids_before_customer: 0, jobs_created_late: 0, invoices_before_work: 0, leads_after_customer: 0 })
    for (const table of ['customers', 'jobs', 'job_notes', 'job_materials', 'bids', 'invoices', 'payments', 'expenses', 'leads', 'messages', 'equipment']) {
      const latest = await one(sql<{ at: string | null }[]>`select max(created_at) as at from ${sql(table)}`)
      expect(new Date(latest.at!).getTime(), table).toBeLessThanOrEqual(now.getTime())
    }
  })

  test('logs time that never overlaps for one person, is never left open, and matches the estimates', async () => {
    const overlaps = await one(sql<{ n: number }[]>`
      select count(*)::int as n from time_entries a join time_entries b
        on a.user_id = b.user_id and a.id < b.id and a.clock_in < b.clock_out and b.clock_in < a.clock_out`)
    expect(overlaps.n).toBe(0)
    const open = await one(sql<{ n: number }[]>`select count(*)::int as n from time_entries where clock_out is null or clock_out <= clock_in or clock_out > ${now.toISOString()}::timestamptz`)
    expect(open.n).toBe(0)
    const perJob = await sql<{ estimated: string; actual: string; logged: number }[]>`
      select j.estimated_hours as estimated, j.actual_hours as actual,
        (select sum(extract(epoch from t.clock_out - t.clock_in)) / 3600 from time_entries t where t.job_id = j.id)::float8 as logged
      from jobs j where j.status = 'completed'`
    expect(perJob.length).toBeGreaterThan(100)
    for (const job of perJob) {
      expect(job.logged / Number(job.estimated)).toBeGreaterThanOrEqual(0.7)
      expect(job.logged / Number(job.estimated)).toBeLessThanOrEqual(1.3)
      expect(Math.abs(Number(job.actual) - job.logged)).toBeLessThan(0.01)
    }
  })

  test('prices every bid and invoice exactly as the money library does', async () => {
    for (const kind of ['bid', 'invoice'] as const) {
      const docs = await sql<{ id: string; subtotal_cents: number; discount_cents: number; tax_rate_bps: number; tax_cents: number; total_cents: number }[]>`
        select id, subtotal_cents, discount_cents, tax_rate_bps, tax_cents, total_cents from ${sql(kind === 'bid' ? 'bids' : 'invoices')}`
      const lines = await sql<{ parent: string; position: number; quantity: string; unit_price_cents: number; total_cents: number; type: string }[]>`
        select ${sql(kind === 'bid' ? 'bid_id' : 'invoice_id')} as parent, position, quantity::text, unit_price_cents, total_cents, type::text
        from ${sql(kind === 'bid' ? 'bid_line_items' : 'invoice_line_items')} order by position`
      const byParent = new Map<string, (typeof lines)[number][]>()
      for (const line of lines) byParent.set(line.parent, [...(byParent.get(line.parent) ?? []), line])
      for (const doc of docs) {
        const mine = byParent.get(doc.id) ?? []
        expect(mine.length).toBeGreaterThan(0)
        expect(mine.map((l) => l.position)).toEqual(mine.map((_, i) => i + 1))
        for (const line of mine) expect(line.total_cents).toBe(lineTotalCents({ quantity: line.quantity, unitPriceCents: line.unit_price_cents }))
        const expected = documentTotals(
          mine.map((l) => ({ quantity: l.quantity, unitPriceCents: l.unit_price_cents })),
          doc.discount_cents,
          doc.tax_rate_bps,
        )
        const stored = { subtotalCents: doc.subtotal_cents, discountCents: doc.discount_cents, taxRateBps: doc.tax_rate_bps, taxCents: doc.tax_cents, totalCents: doc.total_cents }
        expect(stored).toEqual(expected)
        expect(doc.discount_cents).toBeLessThanOrEqual(doc.subtotal_cents)
        expect(doc.total_cents).toBeGreaterThan(0)
      }
      const types = new Set(lines.map((l) => l.type))
      expect(types).toEqual(new Set(['labor', 'material', 'other']))
      expect(lines.some((l) => l.quantity.includes('.'))).toBe(true)
      expect(docs.some((d) => d.discount_cents > 0)).toBe(true)
      expect(docs.some((d) => d.tax_rate_bps === 635)).toBe(true)
    }
    const fromBids = await one(sql<{ n: number; mismatched: number }[]>`
      select count(*)::int as n, count(*) filter (where i.total_cents <> b.total_cents)::int as mismatched
      from invoices i join bids b on b.id = i.bid_id`)
    expect(fromBids.n).toBeGreaterThan(10)
    expect(fromBids.mismatched).toBe(0)
  })

  test('has bids in every state with timestamps that fit the state', async () => {
    const bids = await sql<{ status: string; job_id: string | null; created_at: string; sent_at: string | null; accepted_at: string | null; declined_at: string | null; decline_reason: string | null; valid_until: string; created_by_ai: boolean; reviewed_by: string | null }[]>`
      select status, job_id, created_at, sent_at, accepted_at, declined_at, decline_reason, valid_until::text, created_by_ai, reviewed_by from bids`
    const t = (value: string | null) => new Date(value!).getTime()
    const statuses = new Set(bids.map((b) => b.status))
    expect(statuses).toEqual(new Set(['draft', 'sent', 'accepted', 'declined', 'expired']))
    for (const bid of bids) {
      if (bid.status === 'draft') expect(bid.sent_at).toBeNull()
      else expect(t(bid.sent_at)).toBeGreaterThanOrEqual(t(bid.created_at))
      if (bid.status === 'accepted') expect(t(bid.accepted_at)).toBeGreaterThan(t(bid.sent_at))
      else expect(bid.accepted_at).toBeNull()
      if (bid.status === 'declined') {
        expect(t(bid.declined_at)).toBeGreaterThan(t(bid.sent_at))
        expect(bid.decline_reason).toBeTruthy()
      } else expect(bid.declined_at).toBeNull()
      if (bid.status === 'expired') expect(bid.valid_until < today).toBe(true)
      if (bid.status === 'sent') expect(bid.valid_until >= today).toBe(true)
      if (bid.created_by_ai && bid.status !== 'draft') expect(bid.reviewed_by).not.toBeNull()
    }
    const accepted = bids.filter((b) => b.status === 'accepted')
    expect(accepted.filter((b) => b.job_id).length).toBeGreaterThan(accepted.length * 0.7)
  })

  test('records payments that add up, with statuses that follow the money, and several overdue invoices', async () => {
    const invoices = await sql<{ number: string; status: string; total_cents: number; amount_paid_cents: number; paid: number; payments: number; paid_at: string | null; sent_at: string | null; voided_at: string | null; due_date: string | null; issue_date: string | null; last_paid_on: string | null }[]>`
      select i.number, i.status, i.total_cents, i.amount_paid_cents, i.paid_at, i.sent_at, i.voided_at, i.due_date::text, i.issue_date::text,
        coalesce(sum(p.amount_cents), 0)::int as paid, count(p.id)::int as payments, max(p.paid_on)::text as last_paid_on
      from invoices i left join payments p on p.invoice_id = i.id group by i.id`
    for (const invoice of invoices) {
      expect(invoice.amount_paid_cents).toBe(invoice.paid)
      expect(invoice.amount_paid_cents).toBeLessThanOrEqual(invoice.total_cents)
      if (invoice.status === 'paid') {
        expect(invoice.amount_paid_cents).toBe(invoice.total_cents)
        expect(invoice.paid_at).not.toBeNull()
      } else expect(invoice.paid_at).toBeNull()
      if (invoice.status === 'partial') {
        expect(invoice.amount_paid_cents).toBeGreaterThan(0)
        expect(invoice.amount_paid_cents).toBeLessThan(invoice.total_cents)
      }
      if (['draft', 'sent', 'void'].includes(invoice.status)) expect(invoice.payments).toBe(0)
      if (invoice.status === 'draft') expect(invoice.sent_at).toBeNull()
      else expect(invoice.sent_at).not.toBeNull()
      if (invoice.status === 'void') expect(invoice.voided_at).not.toBeNull()
      expect(invoice.due_date! >= invoice.issue_date!).toBe(true)
      if (invoice.last_paid_on) {
        expect(invoice.last_paid_on >= invoice.issue_date!).toBe(true)
        expect(invoice.last_paid_on <= today).toBe(true)
      }
    }
    const by = (status: string) => invoices.filter((i) => i.status === status)
    expect(by('paid').length).toBeGreaterThan(invoices.length / 2)
    expect(by('paid').some((i) => i.payments === 2)).toBe(true)
    expect(by('partial').length).toBeGreaterThanOrEqual(2)
    expect(by('sent').length).toBeGreaterThanOrEqual(2)
    expect(by('draft').length).toBeGreaterThanOrEqual(2)
    expect(by('void')).toHaveLength(1)

    const overdue = invoices.filter((i) => (i.status === 'sent' || i.status === 'partial') && i.due_date! < today)
    expect(overdue.length).toBeGreaterThanOrEqual(4)
    const daysLate = overdue.map((i) => Math.round((Date.parse(today) - Date.parse(i.due_date!)) / DAY))
    // Each aging bucket has something in it.
    for (const [from, to] of [[1, 30], [31, 60], [61, 90], [91, 10_000]]) expect(daysLate.some((d) => d >= from! && d <= to!)).toBe(true)
  })

  test('sets the numbering counters to the highest numbers handed out', async () => {
    for (const [kind, table, prefix] of [['bid', 'bids', 'BID-'], ['invoice', 'invoices', 'INV-']] as const) {
      const numbers = (await sql<{ number: string }[]>`select number from ${sql(table)}`).map((r) => r.number)
      expect(numbers.every((n) => new RegExp(`^${prefix}\\d{4}$`).test(n))).toBe(true)
      const values = numbers.map((n) => Number(n.slice(4))).sort((a, b) => a - b)
      expect(values).toEqual(values.map((_, i) => i + 1))
      const counter = await one(sql<{ last_value: number }[]>`select last_value from document_counters where kind = ${kind}`)
      expect(counter.last_value).toBe(values[values.length - 1])
    }
  })

  test('fills the leads pipeline, with reasons on lost leads and customers on won ones', async () => {
    const leads = await sql<{ stage: string; source: string | null; lost_reason: string | null; customer_id: string | null }[]>`select stage, source, lost_reason, customer_id from leads`
    expect(new Set(leads.map((l) => l.stage))).toEqual(new Set(['new', 'contacted', 'qualified', 'bid_sent', 'won', 'lost']))
    expect(new Set(leads.map((l) => l.source))).toEqual(new Set(['Google', 'referral', 'website', 'Angi', 'yard sign']))
    for (const lead of leads) {
      if (lead.stage === 'lost') expect(lead.lost_reason).toBeTruthy()
      else expect(lead.lost_reason).toBeNull()
      if (lead.stage === 'won') expect(lead.customer_id).not.toBeNull()
    }
  })

  test('has expenses in every category, some on jobs, and message threads whose last message is on record', async () => {
    const categories = await sql<{ category: string; n: number; linked: number }[]>`
      select category::text, count(*)::int as n, count(job_id)::int as linked from expenses group by category`
    expect(new Set(categories.map((c) => c.category))).toEqual(new Set(['materials', 'fuel', 'tools', 'labor', 'subcontractor', 'permits', 'other']))
    expect(categories.reduce((sum, c) => sum + c.linked, 0)).toBeGreaterThan(10)
    const threads = await sql<{ last_message_at: string; latest: string; senders: string }[]>`
      select t.last_message_at, max(m.created_at) as latest, string_agg(distinct m.sender::text, ',' order by m.sender::text) as senders
      from message_threads t join messages m on m.thread_id = t.id group by t.id`
    expect(threads.length).toBeGreaterThanOrEqual(3)
    for (const thread of threads) {
      expect(new Date(thread.last_message_at).getTime()).toBe(new Date(thread.latest).getTime())
      expect(thread.senders).toBe('contractor,homeowner')
    }
  })

  test('comes out the same on another fresh database', async () => {
    const snapshot = async (target: Sql) => ({
      bids: await target`select number, status::text, title, subtotal_cents, discount_cents, tax_cents, total_cents from bids order by number`,
      invoices: await target`select number, status::text, issue_date::text, total_cents, amount_paid_cents from invoices order by number`,
      customers: await target`select name, email, phone, address from customers order by name`,
      jobs: await target`select title, status::text, scheduled_start, estimated_hours::text from jobs order by scheduled_start, title`,
    })
    const [a, b] = await Promise.all([snapshot(sql), snapshot(second.sql)])
    expect(a.bids.length).toBeGreaterThan(0)
    expect(b).toEqual(a)
  })

  test('does nothing the second time', async () => {
    const before = await count('jobs')
    expect(await seedDemo(sql, { now })).toBe(false)
    expect(await count('jobs')).toBe(before)
    expect(await count('companies')).toBe(1)
  })

  test('lets the demo owner sign in and list about fifty customers', async () => {
    const token = await signIn('owner@demo.zafto.test')
    const response = await fetch(`${server.url}/api/v1/customers?pageSize=5`, { headers: { authorization: `Bearer ${token}` } })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { total: number; data: unknown[] }
    expect(body.total).toBeGreaterThanOrEqual(45)
    expect(body.total).toBeLessThanOrEqual(55)
  })

  test('lets every demo account sign in, and shows the demo tech only their own jobs', async () => {
    await Promise.all(demoAccounts.slice(1).map((account) => signIn(account.email)))
    const tech = await one(sql<{ id: string }[]>`select id from auth.users where email = 'tech@demo.zafto.test'`)
    const [visible, assigned] = await Promise.all([
      asUser(server, tech.id, async (tx) => (await tx<{ n: number }[]>`select count(*)::int as n from jobs`)[0]!.n),
      one(sql<{ n: number }[]>`select count(*)::int as n from job_assignments where user_id = ${tech.id}`),
    ])
    expect(visible).toBe(assigned.n)
    expect(visible).toBeGreaterThan(20)
    const open = await one(sql<{ n: number }[]>`select count(*)::int as n from time_entries where user_id = ${tech.id} and clock_out is null`)
    expect(open.n).toBe(0)
  })
})

describe('the portal accounts of the embedded default', () => {
  test('an ops account marked in app_metadata, and the demo homeowner linked, with a quote to approve and a message', async () => {
    expect(await seedPortalAccounts(sql)).toEqual({ ops: OPS_ACCOUNT.email, homeowner: HOMEOWNER_ACCOUNT.email })
    const ops = await one(sql<{ role: string }[]>`select raw_app_meta_data ->> 'role' as role from auth.users where email = ${OPS_ACCOUNT.email}`)
    expect(ops.role).toBe('ops')
    const token = await signIn(HOMEOWNER_ACCOUNT.email)
    const me = (await (await fetch(`${server.url}/api/v1/portal/me`, { headers: { authorization: `Bearer ${token}` } })).json()) as {
      relationships: { customerId: string; company: { name: string } }[]
    }
    expect(me.relationships).toHaveLength(1)
    expect(me.relationships[0]!.company.name).toBe('Northline Electric & HVAC')
    const customerId = me.relationships[0]!.customerId
    const read = async (path: string) => (await fetch(`${server.url}/api/v1/portal/customers/${customerId}/${path}`, { headers: { authorization: `Bearer ${token}` } })).json()
    const [quotes, threads] = (await Promise.all([read('quotes'), read('threads')])) as [{ title: string; status: string }[], { unreadCount: number }[]]
    expect(quotes.filter((quote) => quote.status === 'sent').map((quote) => quote.title)).toEqual(['Replace your water heater'])
    expect(threads.map((thread) => thread.unreadCount)).toEqual([1])

    // Every later start finds them in place and adds nothing.
    const bids = await count('bids')
    expect(await seedPortalAccounts(sql)).toEqual({ ops: OPS_ACCOUNT.email, homeowner: HOMEOWNER_ACCOUNT.email })
    expect(await count('bids')).toBe(bids)
  })
})
