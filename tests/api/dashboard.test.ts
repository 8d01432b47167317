import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { dashboardPeriods } from '../../functions/dashboard/periods'
import { createTeam, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { pdfText } from '../support/pdf'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let team: Team
let rival: Team

/** A Wednesday: its week began Monday 2026-05-11, its quarter on 2026-04-01. */
const asOf = '2026-05-13'

beforeAll(async () => {
  server = await startTestServer()
  ;[team, rival] = await Promise.all([createTeam(server, 'Dash Electric'), createTeam(server, 'Rival Plumbing')])
  const c = team.companyId
  const { tech, admin } = team

  // Inserted directly: the jobs, invoices, time and bids APIs are not what is under test.
  await asAdmin(server, async (sql) => {
    const customer: Record<string, string> = {}
    for (const name of ['Acme Homes', 'Baker', 'Cole', 'Diaz', 'Evans', 'Fitz']) {
      customer[name] = (await sql<{ id: string }[]>`insert into customers (company_id, name) values (${c}, ${name}) returning id`)[0]!.id
    }
    let number = 0
    const invoice = async (name: string, status: string, totalCents: number, paidCents: number, dueDate: string | null) =>
      (
        await sql<{ id: string }[]>`
          insert into invoices (company_id, customer_id, number, status, subtotal_cents, total_cents, amount_paid_cents, due_date)
          values (${c}, ${customer[name]!}, ${`INV-${String(++number).padStart(4, '0')}`}, ${status}, ${totalCents}, ${totalCents}, ${paidCents}, ${dueDate})
          returning id`
      )[0]!.id

    // Receivables: $200 not yet due, $200 left on a partial overdue one, $80 due today (not overdue).
    await invoice('Acme Homes', 'sent', 20_000, 0, '2026-05-20')
    const partial = await invoice('Cole', 'partial', 50_000, 30_000, '2026-05-01')
    await invoice('Baker', 'sent', 8_000, 0, asOf)
    await invoice('Diaz', 'draft', 9_999, 0, '2026-01-01')
    await invoice('Evans', 'void', 7_777, 0, '2026-01-01')

    const paidInvoice: Record<string, string> = {}
    for (const name of ['Acme Homes', 'Baker', 'Diaz', 'Evans', 'Fitz']) paidInvoice[name] = await invoice(name, 'paid', 200_000, 200_000, '2025-01-01')
    const pay = (invoiceId: string, amountCents: number, paidOn: string) =>
      sql`insert into payments (company_id, invoice_id, amount_cents, method, paid_on) values (${c}, ${invoiceId}, ${amountCents}, 'check', ${paidOn})`
    await pay(paidInvoice['Acme Homes']!, 10_000, '2026-05-02') // month
    await pay(paidInvoice['Baker']!, 2_500, '2026-05-13') // month (asOf is inclusive)
    await pay(paidInvoice['Acme Homes']!, 99_900, '2026-05-14') // after asOf: not counted
    await pay(partial, 30_000, '2026-04-20') // quarter
    await pay(paidInvoice['Diaz']!, 7_000, '2026-03-31') // year
    await pay(paidInvoice['Evans']!, 5_000, '2026-01-15') // year
    await pay(paidInvoice['Acme Homes']!, 40_000, '2025-12-31') // last 12 months, not this year
    await pay(paidInvoice['Fitz']!, 1_000, '2025-06-01') // first month of the series
    await pay(paidInvoice['Baker']!, 50_000, '2025-05-31') // before the series

    // Jobs: 3 scheduled, 2 in progress, 4 completed, 1 cancelled; the tech is on one of the first three kinds.
    const statuses = ['scheduled', 'scheduled', 'scheduled', 'in_progress', 'in_progress', 'completed', 'completed', 'completed', 'completed', 'cancelled']
    const techJobs = new Set([0, 3, 5])
    for (const [i, status] of statuses.entries()) {
      const [job] = await sql<{ id: string }[]>`
        insert into jobs (company_id, customer_id, title, trade, status) values (${c}, ${customer['Acme Homes']!}, ${`Job ${i}`}, 'electrical', ${status}) returning id`
      if (techJobs.has(i)) await sql`insert into job_assignments (company_id, job_id, user_id) values (${c}, ${job!.id}, ${tech.userId})`
    }

    // Hours: the tech 2 h of a shift across Sunday midnight + 4.5 h Monday + 1.25 h Wednesday (and Thursday, after asOf);
    // the admin 80 min Tuesday plus an entry still open since 23:00 on asOf (1 h of it falls within asOf).
    const entry = (userId: string, clockIn: string, clockOut: string | null) =>
      sql`insert into time_entries (company_id, user_id, clock_in, clock_out) values (${c}, ${userId}, ${clockIn}, ${clockOut})`
    await entry(tech.userId, '2026-05-10T22:00:00Z', '2026-05-11T02:00:00Z')
    await entry(tech.userId, '2026-05-11T08:00:00Z', '2026-05-11T12:30:00Z')
    await entry(tech.userId, '2026-05-13T09:00:00Z', '2026-05-13T10:15:00Z')
    await entry(tech.userId, '2026-05-14T09:00:00Z', '2026-05-14T11:00:00Z')
    await entry(tech.userId, '2026-05-04T09:00:00Z', '2026-05-04T17:00:00Z')
    await entry(admin.userId, '2026-05-12T13:00:00Z', '2026-05-12T14:20:00Z')
    await entry(admin.userId, '2026-05-13T23:00:00Z', null)

    // Bids decided in the 90 days ending on asOf (2026-02-13 … 2026-05-13): 2 accepted, 1 declined, 1 expired.
    const bid = (status: string, fields: { acceptedAt?: string; declinedAt?: string; validUntil?: string }) =>
      sql`
        insert into bids (company_id, customer_id, number, status, accepted_at, declined_at, valid_until)
        values (${c}, ${customer['Acme Homes']!}, ${`BID-${String(++number).padStart(4, '0')}`}, ${status},
                ${fields.acceptedAt ?? null}, ${fields.declinedAt ?? null}, ${fields.validUntil ?? null})`
    await bid('accepted', { acceptedAt: '2026-05-01T15:00:00Z' })
    await bid('accepted', { acceptedAt: '2026-02-13T00:30:00Z' })
    await bid('accepted', { acceptedAt: '2026-02-12T23:30:00Z' })
    await bid('declined', { declinedAt: '2026-04-01T12:00:00Z' })
    await bid('declined', { declinedAt: '2026-05-14T12:00:00Z' })
    await bid('expired', { validUntil: '2026-03-01' })
    await bid('expired', { validUntil: '2026-05-14' })
    await bid('sent', { validUntil: '2026-06-01' })
  })
})
afterAll(async () => {
  await server?.stop()
})

describe('UTC periods', () => {
  test('a Wednesday in May reports its Monday, month, quarter, year, 12 months and 90 days', () => {
    expect(dashboardPeriods(asOf)).toEqual({
      asOf,
      weekStart: '2026-05-11',
      monthStart: '2026-05-01',
      quarterStart: '2026-04-01',
      yearStart: '2026-01-01',
      last12MonthsStart: '2025-06-01',
      winRateSince: '2026-02-13',
      endExclusive: '2026-05-14',
    })
  })

  test('a Sunday belongs to the week that began the Monday before, and January’s year-ago series starts in February', () => {
    expect(dashboardPeriods('2026-03-01')).toMatchObject({ weekStart: '2026-02-23', quarterStart: '2026-01-01', last12MonthsStart: '2025-04-01' })
    expect(dashboardPeriods('2026-01-01')).toMatchObject({ weekStart: '2025-12-29', yearStart: '2026-01-01', last12MonthsStart: '2025-02-01', endExclusive: '2026-01-02' })
  })
})

describe('the staff dashboard', () => {
  test('revenue collected this month, quarter, year and per month', async () => {
    const response = await team.owner.api.get(`/dashboard?asOf=${asOf}`)
    expect(response.status).toBe(200)
    const { revenue } = response.body
    expect(revenue).toMatchObject({ monthCents: 12_500, quarterCents: 42_500, yearCents: 54_500 })
    const months = ['2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']
    const cents = [1_000, 0, 0, 0, 0, 0, 40_000, 5_000, 0, 7_000, 30_000, 12_500]
    expect(revenue.last12Months).toEqual(months.map((month, i) => ({ month, cents: cents[i] })))
  })

  test('outstanding and overdue balances', async () => {
    const { receivables } = (await team.office.api.get(`/dashboard?asOf=${asOf}`)).body
    expect(receivables).toEqual({ outstandingCents: 48_000, outstandingCount: 3, overdueCents: 20_000, overdueCount: 1 })
  })

  test('jobs by status count every job of the company', async () => {
    const { jobsByStatus, scope } = (await team.admin.api.get(`/dashboard?asOf=${asOf}`)).body
    expect(scope).toBe('company')
    expect(jobsByStatus).toEqual({ scheduled: 3, in_progress: 2, completed: 4, cancelled: 1 })
  })

  test('hours this week per person, clipped to Monday and to the end of asOf', async () => {
    const { hoursThisWeek } = (await team.owner.api.get(`/dashboard?asOf=${asOf}`)).body
    // Tech: 2 + 4.5 + 1.25 = 7.75 h. Admin: 80 min + 60 min of the open entry = 2.33 h.
    expect(hoursThisWeek.totalHours).toBe(10.08)
    expect(hoursThisWeek.people).toEqual([
      { userId: team.tech.userId, email: team.tech.email, role: 'tech', hours: 7.75 },
      { userId: team.admin.userId, email: team.admin.email, role: 'admin', hours: 2.33 },
    ])
  })

  test('bid win rate over the last 90 days', async () => {
    const { bidWinRate } = (await team.owner.api.get(`/dashboard?asOf=${asOf}`)).body
    expect(bidWinRate).toEqual({ accepted: 2, declined: 1, expired: 1, rate: 0.5 })
  })

  test('the top five customers by payments over the last 12 months', async () => {
    const { topCustomers } = (await team.owner.api.get(`/dashboard?asOf=${asOf}`)).body
    expect(topCustomers.map((c: { name: string; revenueCents: number }) => [c.name, c.revenueCents])).toEqual([
      ['Acme Homes', 50_000],
      ['Cole', 30_000],
      ['Diaz', 7_000],
      ['Evans', 5_000],
      ['Baker', 2_500],
    ])
  })

  test('without asOf the dashboard reports as of today in UTC', async () => {
    const response = await team.owner.api.get('/dashboard')
    expect(response.status).toBe(200)
    expect(response.body.asOf).toBe(new Date().toISOString().slice(0, 10))
    expect(response.body.timezone).toBe('UTC')
  })

  test('a bad asOf answers 422', async () => {
    for (const bad of ['2026-02-30', 'today', '13/05/2026']) {
      const response = await team.owner.api.get(`/dashboard?asOf=${encodeURIComponent(bad)}`)
      expect(response.status).toBe(422)
      expect(response.body.error.details[0].path).toBe('asOf')
    }
  })
})

describe('what a tech sees', () => {
  test('only their own jobs and hours, and no money fields at all', async () => {
    const response = await team.tech.api.get(`/dashboard?asOf=${asOf}`)
    expect(response.status).toBe(200)
    const body = response.body
    expect(body.scope).toBe('own')
    expect(body.jobsByStatus).toEqual({ scheduled: 1, in_progress: 1, completed: 1, cancelled: 0 })
    expect(body.hoursThisWeek).toEqual({ totalHours: 7.75 })
    for (const key of ['revenue', 'receivables', 'bidWinRate', 'topCustomers']) expect(body).not.toHaveProperty(key)
    expect(Object.keys(body).sort()).toEqual(['asOf', 'hoursThisWeek', 'jobsByStatus', 'periods', 'scope', 'timezone'])
    expect(JSON.stringify(body)).not.toMatch(/Cents|Acme/)
  })

  test('a tech cannot get the dashboard PDF', async () => {
    const response = await team.tech.api.raw('GET', `/dashboard/pdf?asOf=${asOf}`)
    expect(response.status).toBe(403)
  })
})

describe('another company', () => {
  test('sees none of these figures', async () => {
    const body = (await rival.owner.api.get(`/dashboard?asOf=${asOf}`)).body
    expect(body.jobsByStatus).toEqual({ scheduled: 0, in_progress: 0, completed: 0, cancelled: 0 })
    expect(body.revenue).toMatchObject({ monthCents: 0, quarterCents: 0, yearCents: 0 })
    expect(body.revenue.last12Months.every((m: { cents: number }) => m.cents === 0)).toBe(true)
    expect(body.receivables).toEqual({ outstandingCents: 0, outstandingCount: 0, overdueCents: 0, overdueCount: 0 })
    expect(body.bidWinRate).toEqual({ accepted: 0, declined: 0, expired: 0, rate: null })
    expect(body.topCustomers).toEqual([])
    expect(body.hoursThisWeek.totalHours).toBe(0)
    expect(body.hoursThisWeek.people).toEqual([{ userId: rival.tech.userId, email: rival.tech.email, role: 'tech', hours: 0 }])
  })
})

describe('the dashboard PDF', () => {
  test('parses and carries the same figures', async () => {
    const response = await team.office.api.raw('GET', `/dashboard/pdf?asOf=${asOf}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThanOrEqual(1)
    const text = await pdfText(bytes)
    expect(text).toContain('Dash Electric')
    expect(text).toContain('Business dashboard')
    expect(text).toContain(`${asOf} (UTC)`)
    expect(text).toContain('$125.00') // this month
    expect(text).toContain('$425.00') // this quarter
    expect(text).toContain('$545.00') // this year
    expect(text).toContain('$955.00') // last 12 months
    expect(text).toContain('$480.00 (3 invoices)')
    expect(text).toContain('$200.00 (1 invoice)')
    expect(text).toContain('10.08')
    expect(text).toContain('50.0%: 2 accepted, 1 declined, 1 expired')
    expect(text).toMatch(/Acme Homes\n\$500\.00/)
    expect(text).not.toContain('Fitz')
  })
})
