import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createDatabase, createSql, type Sql } from '../../db/client'
import type { MemberRole } from '../../db/schema'
import { proposeIntent, type Proposal } from '../../functions/ai/intents'
import type { Identity, PendingIntent } from '../../functions/ai/types'
import { runAsUser } from '../../functions/lib/tenancy'
import { createTeam, type Account, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let sql: Sql
let a: Team
let b: Team
let janeId: string

const personaOf: Record<MemberRole, Identity['persona']> = { owner: 'owner_admin', admin: 'owner_admin', office: 'office', tech: 'field_tech' }

/**
 * Asks Z's translator, as the chat route does: inside one transaction running as the person
 * (authenticated role, their JWT claims, RLS), which commits the proposed intent.
 */
function propose(account: Account, message: string, now?: Date): Promise<Proposal | null> {
  const user = { id: account.userId, email: account.email, claims: { sub: account.userId, role: 'authenticated', email: account.email } }
  return runAsUser(createDatabase(sql), user, async (tx, membership) => {
    if (!membership) throw new Error(`${account.email} has no company`)
    const identity: Identity = {
      userId: account.userId,
      email: account.email,
      persona: personaOf[membership.role],
      role: membership.role,
      memberTitle: null,
      certifications: [],
      company: { id: membership.companyId, name: 'Test Electric', trades: ['electrical'], state: 'CT', tier: 'solo', employeeCount: null, licenseNumber: null },
      platform: 'web_crm',
    }
    return proposeIntent({ tx, identity, membership, conversationId: null, message, requestId: 'test-request', now })
  })
}

/** The pending intent a message proposes, failing the test with Z's answer when it is not one. */
async function pending(account: Account, message: string, now?: Date): Promise<PendingIntent> {
  const proposal = await propose(account, message, now)
  if (proposal?.kind !== 'pending') throw new Error(`expected a pending intent for "${message}", got ${JSON.stringify(proposal)}`)
  return proposal.intent
}

const confirm = (account: Account, id: string) => account.api.post(`/ai/intents/${id}/confirm`, undefined)
const cancel = (account: Account, id: string) => account.api.post(`/ai/intents/${id}/cancel`, undefined)

const count = (table: string, companyId = a.companyId) =>
  asAdmin(server, async (db) => (await db<{ n: number }[]>`select count(*)::int as n from ${db(table)} where company_id = ${companyId}`)[0]!.n)

const intentRow = (id: string) =>
  asAdmin(server, async (db) => (await db<{ status: string; result: any; decided_at: Date | null }[]>`select status, result, decided_at from ai_actions where id = ${id}`)[0]!)

/** `YYYY-MM-DD` of today (UTC) plus `days`. */
const day = (days = 0) => {
  const date = new Date()
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

/** The next `weekday` (0 = Sunday) strictly after today, UTC. */
const nextWeekday = (weekday: number) => day(((weekday - new Date().getUTCDay() + 7) % 7) || 7)

/** A record as the REST API shows it, without what differs between any two records. */
const comparable = (record: Record<string, unknown>, ...more: string[]) =>
  Object.fromEntries(Object.entries(record).filter(([key]) => !['id', 'createdAt', 'updatedAt', ...more].includes(key)))

async function setRole(team: Team, account: Account, role: MemberRole) {
  const members = await team.owner.api.get(`/companies/${team.companyId}/members`)
  const member = members.body.data.find((m: { email: string }) => m.email === account.email.toLowerCase())
  const changed = await team.owner.api.patch(`/companies/${team.companyId}/members/${member.id}`, { role })
  expect(changed.status).toBe(200)
}

beforeAll(async () => {
  server = await startTestServer()
  sql = createSql(server.databaseUrl, { max: 2 })
  ;[a, b] = await Promise.all([createTeam(server, 'Alpha Electric'), createTeam(server, 'Bravo Plumbing')])
  janeId = (await a.office.api.post('/customers', { name: 'Jane Parker', email: 'jane@example.com' })).body.id
})
afterAll(async () => {
  await sql?.end()
  await server?.stop()
})

describe('each action proposes exact params and runs only on confirm', () => {
  test('a new customer is proposed, written only on confirm, and matches the REST API’s row', async () => {
    const before = await count('customers')
    const intent = await pending(a.office, 'Add a customer Maria Lopez, Maria.Lopez@Example.com, 860-555-0101')
    expect(intent).toMatchObject({
      action: 'create_customer',
      params: { name: 'Maria Lopez', email: 'maria.lopez@example.com', phone: '860-555-0101' },
      summary: 'Add customer Maria Lopez (maria.lopez@example.com, 860-555-0101)',
    })
    expect(Date.parse(intent.expiresAt) - Date.now()).toBeGreaterThan(14 * 60_000)
    expect(await count('customers')).toBe(before)

    const confirmed = await confirm(a.office, intent.id)
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.intent).toMatchObject({ id: intent.id, action: 'create_customer', status: 'executed', summary: intent.summary })
    const { result } = confirmed.body.intent
    expect(result).toEqual({ entityType: 'customer', id: expect.any(String), href: `/crm/customers/view/?id=${result.id}`, message: 'Added customer Maria Lopez.' })
    expect(await count('customers')).toBe(before + 1)

    const viaZ = await a.office.api.get(`/customers/${result.id}`)
    const viaRest = await a.office.api.post('/customers', { name: 'Maria Lopez', email: 'Maria.Lopez@Example.com', phone: '860-555-0101' })
    expect(comparable(viaZ.body)).toEqual(comparable(viaRest.body))
  })

  test('a job for a named customer is scheduled on the day said, like POST /jobs would', async () => {
    const before = await count('jobs')
    const tuesday = nextWeekday(2)
    const intent = await pending(a.office, 'create a job for Jane Parker: replace water heater next Tuesday')
    expect(intent).toMatchObject({ action: 'create_job', params: { customerId: janeId, customerName: 'Jane Parker', title: 'Replace water heater', scheduledDate: tuesday } })
    expect(intent.summary).toBe(
      `Create job “Replace water heater” for Jane Parker, scheduled ${new Date(`${tuesday}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })}`,
    )
    expect(await count('jobs')).toBe(before)

    const confirmed = await confirm(a.office, intent.id)
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.intent.result.href).toBe(`/crm/jobs/view/?id=${confirmed.body.intent.result.id}`)
    const viaZ = await a.office.api.get(`/jobs/${confirmed.body.intent.result.id}`)
    const viaRest = await a.office.api.post('/jobs', { customerId: janeId, title: 'Replace water heater', scheduledStart: tuesday })
    expect(viaZ.body).toMatchObject({ title: 'Replace water heater', status: 'scheduled', scheduledStart: `${tuesday}T00:00:00.000Z`, customer: { id: janeId } })
    expect(comparable(viaZ.body)).toEqual(comparable(viaRest.body))
  })

  test('a bid is drafted with its described lines in exact cents, flagged as created by AI', async () => {
    const before = await count('bids')
    const intent = await pending(a.office, 'draft a bid for the Parkers: 200A panel upgrade $3,200 and permit $150')
    expect(intent).toMatchObject({
      action: 'create_bid',
      params: {
        customerId: janeId,
        jobId: null,
        lines: [
          { description: '200A panel upgrade', quantity: '1', unitPriceCents: 320_000 },
          { description: 'Permit', quantity: '1', unitPriceCents: 15_000 },
        ],
      },
      summary: 'Create bid for Jane Parker: 2 lines, total $3,350.00 (drafted by Z, needs your review before sending)',
    })
    expect(await count('bids')).toBe(before)

    const confirmed = await confirm(a.office, intent.id)
    expect(confirmed.status).toBe(200)
    const { result } = confirmed.body.intent
    expect(result.href).toBe(`/crm/bids/view/?id=${result.id}`)
    expect(result.message).toMatch(/^Drafted BID-\d{4} for Jane Parker, total \$3,350\.00\. Review it before sending\.$/)
    const bid = await a.office.api.get(`/bids/${result.id}`)
    expect(bid.body).toMatchObject({ status: 'draft', createdByAi: true, reviewedBy: null, totalCents: 335_000, subtotalCents: 335_000, taxCents: 0, customer: { id: janeId } })
    expect(bid.body.lines.map((l: any) => [l.description, l.quantity, l.unitPriceCents, l.totalCents])).toEqual([
      ['200A panel upgrade', '1', 320_000, 320_000],
      ['Permit', '1', 15_000, 15_000],
    ])
  })

  test('an invoice is drafted for a customer, amounts read exactly (no floats), flagged as created by AI', async () => {
    const intent = await pending(a.office, 'invoice Jane Parker $3,200.50 for the panel swap and $0.10 for a wire nut')
    expect(intent.params.lines).toEqual([
      { description: 'Panel swap', quantity: '1', unitPriceCents: 320_050 },
      { description: 'Wire nut', quantity: '1', unitPriceCents: 10 },
    ])
    expect(intent.summary).toBe('Create invoice for Jane Parker: 2 lines, total $3,200.60 (drafted by Z, needs your review before sending)')
    await cancel(a.office, intent.id)

    const before = await count('invoices')
    const service = await pending(a.office, 'invoice Jane Parker $450 for the service call')
    expect(service.summary).toBe('Create invoice for Jane Parker: 1 line, total $450.00 (drafted by Z, needs your review before sending)')
    expect(await count('invoices')).toBe(before)
    const confirmed = await confirm(a.office, service.id)
    expect(confirmed.status).toBe(200)
    const invoice = await a.office.api.get(`/invoices/${confirmed.body.intent.result.id}`)
    expect(invoice.body).toMatchObject({ status: 'draft', createdByAi: true, totalCents: 45_000, customer: { id: janeId }, jobId: null })
    expect(invoice.body.lines).toMatchObject([{ description: 'Service call', quantity: '1', unitPriceCents: 45_000 }])
    expect(await count('invoices')).toBe(before + 1)
  })

  test('an invoice can be for a job, which brings its customer', async () => {
    const job = (await a.office.api.post('/jobs', { customerId: janeId, title: 'Attic fan install' })).body
    const intent = await pending(a.office, 'create an invoice for the attic fan job: labor $280 and fan $129.99')
    expect(intent.params).toMatchObject({ customerId: janeId, jobId: job.id, jobTitle: 'Attic fan install' })
    expect(intent.summary).toBe('Create invoice for Jane Parker (job “Attic fan install”): 2 lines, total $409.99 (drafted by Z, needs your review before sending)')
    const confirmed = await confirm(a.office, intent.id)
    const invoice = await a.office.api.get(`/invoices/${confirmed.body.intent.result.id}`)
    expect(invoice.body).toMatchObject({ jobId: job.id, totalCents: 40_999, createdByAi: true })
  })

  test('a tech logs their own expense through Z, as POST /expenses would', async () => {
    const before = await count('expenses')
    const intent = await pending(a.tech, 'log a $45.20 expense at Home Depot for materials')
    expect(intent).toMatchObject({
      action: 'create_expense',
      params: { amountCents: 4520, category: 'materials', vendor: 'Home Depot', description: null, incurredOn: day(), jobId: null },
    })
    expect(intent.summary).toMatch(/^Log a \$45\.20 materials expense at Home Depot on /)
    expect(await count('expenses')).toBe(before)
    const confirmed = await confirm(a.tech, intent.id)
    expect(confirmed.status).toBe(200)
    const viaZ = await a.tech.api.get(`/expenses/${confirmed.body.intent.result.id}`)
    const viaRest = await a.tech.api.post('/expenses', { amountCents: 4520, category: 'materials', vendor: 'Home Depot', incurredOn: day() })
    expect(viaZ.body).toMatchObject({ amountCents: 4520, createdBy: a.tech.userId })
    expect(comparable(viaZ.body)).toEqual(comparable(viaRest.body))
  })

  test('a job moves to its next status by title; a tech may finish their job but not cancel it', async () => {
    const job = (await a.office.api.post('/jobs', { customerId: janeId, title: 'Garage subpanel', assigneeIds: [a.tech.userId] })).body
    expect((await a.tech.api.post(`/jobs/${job.id}/status`, { status: 'in_progress' })).status).toBe(200)

    const cancelling = await propose(a.tech, 'cancel the garage subpanel job')
    expect(cancelling).toEqual({ kind: 'redirect', response: expect.stringContaining('the owner, an admin or the office') })

    const intent = await pending(a.tech, 'mark job Garage subpanel complete')
    expect(intent).toMatchObject({ action: 'update_job_status', params: { jobId: job.id, status: 'completed' }, summary: 'Mark job “Garage subpanel” for Jane Parker completed' })
    expect((await a.tech.api.get(`/jobs/${job.id}`)).body.status).toBe('in_progress')
    const confirmed = await confirm(a.tech, intent.id)
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.intent.result.message).toBe('“Garage subpanel” is now completed.')
    const after = (await a.tech.api.get(`/jobs/${job.id}`)).body
    expect(after.status).toBe('completed')
    expect(after.completedAt).not.toBeNull()
  })

  test('a payment is recorded on an invoice named by number, with its method', async () => {
    const invoice = (await a.office.api.post('/invoices', { customerId: janeId, lines: [{ description: 'Rewire kitchen', quantity: '1', unitPriceCents: 120_000 }] })).body
    expect((await a.office.api.post(`/invoices/${invoice.id}/mark-sent`, undefined)).status).toBe(200)
    const before = await count('payments')
    const intent = await pending(a.office, `record a $500 check payment on ${invoice.number}`)
    expect(intent).toMatchObject({
      action: 'record_payment',
      params: { invoiceId: invoice.id, invoiceNumber: invoice.number, amountCents: 50_000, method: 'check', methodStated: true },
      summary: `Record a $500.00 check payment on ${invoice.number} for Jane Parker`,
    })
    expect(await count('payments')).toBe(before)
    const confirmed = await confirm(a.office, intent.id)
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.intent.result).toMatchObject({ entityType: 'payment', href: `/crm/invoices/view/?id=${invoice.id}`, message: `Recorded $500.00 on ${invoice.number}; $700.00 is still owed.` })
    const after = (await a.office.api.get(`/invoices/${invoice.id}`)).body
    expect(after).toMatchObject({ status: 'partial', amountPaidCents: 50_000, balanceCents: 70_000 })
    expect(await count('payments')).toBe(before + 1)

    const rest = await pending(a.office, `${invoice.number.toLowerCase()} paid in full by card`)
    expect(rest.params).toMatchObject({ amountCents: 70_000, method: 'card' })
  })

  test('clocking in and out run as the person asking, as the time routes do', async () => {
    const job = (await a.office.api.post('/jobs', { customerId: janeId, title: 'Hot tub circuit', assigneeIds: [a.tech.userId] })).body
    const clockIn = await pending(a.tech, 'clock me in on the hot tub job')
    expect(clockIn).toMatchObject({ action: 'clock_in', params: { jobId: job.id, jobTitle: 'Hot tub circuit' }, summary: 'Clock you in on “Hot tub circuit”' })
    expect((await a.tech.api.get('/time/current')).body).toBeNull()
    expect((await confirm(a.tech, clockIn.id)).status).toBe(200)
    expect((await a.tech.api.get('/time/current')).body).toMatchObject({ userId: a.tech.userId, jobId: job.id, open: true })

    expect(await propose(a.tech, 'clock me in')).toEqual({ kind: 'clarify', response: expect.stringMatching(/^You are already clocked in since .+\. Clock out first/) })

    const clockOut = await pending(a.tech, 'Clock out.')
    expect(clockOut).toMatchObject({ action: 'clock_out', params: {}, summary: 'Clock you out' })
    expect((await confirm(a.tech, clockOut.id)).status).toBe(200)
    expect((await a.tech.api.get('/time/current')).body).toBeNull()
  })
})

describe('phrasings Z understands', () => {
  let saunaJobId: string
  let invoiceNumber: string
  beforeAll(async () => {
    saunaJobId = (await a.office.api.post('/jobs', { customerId: janeId, title: 'Sauna heater circuit', assigneeIds: [a.office.userId] })).body.id
    const invoice = (await a.office.api.post('/invoices', { customerId: janeId, lines: [{ description: 'Service', quantity: '1', unitPriceCents: 90_000 }] })).body
    await a.office.api.post(`/invoices/${invoice.id}/mark-sent`, undefined)
    invoiceNumber = invoice.number
  })

  const cases: [string, () => string, string, () => Record<string, unknown>][] = [
    ['greeting, "please" and "as a customer"', () => 'Z, please add Jane Doe as a customer, phone (860) 555-0123', 'create_customer', () => ({ name: 'Jane Doe', email: null, phone: '(860) 555-0123' })],
    ['labelled email and phone', () => 'create customer named Al Green with email al@green.io and phone 203.555.0199', 'create_customer', () => ({ name: 'Al Green', email: 'al@green.io', phone: '203.555.0199' })],
    ['a job with the customer last and a relative day', () => 'schedule a job: panel upgrade for Jane Parker tomorrow', 'create_job', () => ({ customerId: janeId, title: 'Panel upgrade', scheduledDate: day(1) })],
    ['a job "to" do something on a weekday', () => 'book a job for Jane Parker to replace the water heater on Friday', 'create_job', () => ({ title: 'Replace the water heater', scheduledDate: nextWeekday(5) })],
    ['"quote" as a verb', () => 'quote Jane Parker $1,200 for a generator inlet', 'create_bid', () => ({ lines: [{ description: 'Generator inlet', quantity: '1', unitPriceCents: 120_000 }] })],
    ['an estimate with a per-unit price', () => 'create an estimate for Jane Parker with 3 outlets at $85 each and labor $300', 'create_bid', () => ({
      lines: [
        { description: 'Outlets', quantity: '3', unitPriceCents: 8500 },
        { description: 'Labor', quantity: '1', unitPriceCents: 30_000 },
      ],
    })],
    ['a quote for a job', () => 'make a quote for the sauna job: disconnect $450', 'create_bid', () => ({ customerId: janeId, jobId: saunaJobId })],
    ['"bill" a family', () => 'bill the Parkers $95 for a diagnostic', 'create_invoice', () => ({ customerId: janeId, lines: [{ description: 'Diagnostic', quantity: '1', unitPriceCents: 9500 }] })],
    ['money spent yesterday', () => 'I spent $60 on fuel at Shell yesterday', 'create_expense', () => ({ amountCents: 6000, category: 'fuel', vendor: 'Shell', incurredOn: day(-1) })],
    ['an expense on a job', () => 'add an expense: $120.50 permits at Town Hall for the sauna job', 'create_expense', () => ({ amountCents: 12_050, category: 'permits', vendor: 'Town Hall', jobId: saunaJobId })],
    ['starting a job', () => 'start job Sauna heater circuit', 'update_job_status', () => ({ jobId: saunaJobId, status: 'in_progress' })],
    ['cash received', () => `got $250 cash for ${invoiceNumber}`, 'record_payment', () => ({ amountCents: 25_000, method: 'cash' })],
    ['a check number and an invoice said in words', () => `record payment of $100 on invoice ${Number(invoiceNumber.slice(4))} by check #1042`, 'record_payment', () => ({
      invoiceNumber,
      amountCents: 10_000,
      method: 'check',
      reference: 'Check #1042',
    })],
    ['a payment without its method', () => `apply a $50 payment to ${invoiceNumber}`, 'record_payment', () => ({ amountCents: 5000, method: 'other', methodStated: false })],
    ['"punch in"', () => 'punch in', 'clock_in', () => ({ jobId: null })],
    ['starting a shift on a job', () => 'start my shift on the sauna job', 'clock_in', () => ({ jobId: saunaJobId })],
  ]

  test.each(cases)('%s', async (_label, message, action, params) => {
    const intent = await pending(a.office, message())
    expect(intent.action).toBe(action)
    expect(intent.params).toMatchObject(params())
    expect((await cancel(a.office, intent.id)).status).toBe(200)
  })

  test('a payment without its method says so in the summary', async () => {
    const intent = await pending(a.office, `apply a $50 payment to ${invoiceNumber}`)
    expect(intent.summary).toBe(`Record a $50.00 payment on ${invoiceNumber} for Jane Parker (method not given: recorded as other)`)
    await cancel(a.office, intent.id)
  })
})

describe('asking for what is missing or ambiguous', () => {
  test('two customers sharing a family name are listed, and the full name picks one', async () => {
    const [dana, sam] = await Promise.all([
      a.office.api.post('/customers', { name: 'Dana Whitfield', email: 'dana@example.com' }),
      a.office.api.post('/customers', { name: 'Sam Whitfield', phone: '860-555-0199' }),
    ])
    const asked = await propose(a.office, 'invoice the Whitfields $120 for a tune-up')
    expect(asked).toEqual({ kind: 'clarify', response: expect.stringContaining('Dana Whitfield (dana@example.com) or Sam Whitfield (860-555-0199)') })
    const intent = await pending(a.office, 'invoice Sam Whitfield $120 for a tune-up')
    expect(intent.params).toMatchObject({ customerId: sam.body.id })
    expect(intent.params).not.toMatchObject({ customerId: dana.body.id })
  })

  test('namesakes are told apart by email', async () => {
    await a.office.api.post('/customers', { name: 'Chris Lane', email: 'chris.a@example.com' })
    const second = (await a.office.api.post('/customers', { name: 'Chris Lane', email: 'chris.b@example.com' })).body
    const asked = await propose(a.office, 'create a job for Chris Lane: swap breaker')
    expect(asked?.kind).toBe('clarify')
    const response = (asked as { response: string }).response
    expect(response).toMatch(/^2 customers are named Chris Lane: Chris Lane \(chris\.[ab]@example\.com\) or Chris Lane \(chris\.[ab]@example\.com\)\. Which one\? Add their email/)
    expect(response).toContain('chris.a@example.com')
    expect(response).toContain('chris.b@example.com')
    const intent = await pending(a.office, 'create a job for Chris Lane (chris.b@example.com): swap breaker')
    expect(intent.params).toMatchObject({ customerId: second.id, title: 'Swap breaker', scheduledDate: null })
  })

  test('a missing job title, amount description, customer or expense category is asked for', async () => {
    expect(await propose(a.office, 'create a job for Jane Parker')).toEqual({ kind: 'clarify', response: expect.stringContaining('What is the job for Jane Parker?') })
    expect(await propose(a.office, 'invoice Jane Parker $450')).toEqual({ kind: 'clarify', response: expect.stringContaining('What is the $450.00 for?') })
    expect(await propose(a.office, 'draft a bid for Nobody Atall: panel $100')).toEqual({ kind: 'clarify', response: expect.stringContaining('I couldn\'t find a customer named “Nobody Atall”') })
    expect(await propose(a.office, 'log a $30 expense at Shell')).toEqual({ kind: 'clarify', response: expect.stringContaining('Which category is the $30.00 expense') })
    expect(await propose(a.office, 'add a new customer')).toEqual({ kind: 'clarify', response: expect.stringContaining('What is the new customer’s name?') })
  })

  test('questions and chat propose nothing', async () => {
    const before = await count('ai_actions')
    for (const message of ['how do I create an invoice?', 'show my overdue invoices', 'what jobs do I have tomorrow', 'hello Z', 'is INV-0001 paid?']) {
      expect(await propose(a.office, message)).toBeNull()
    }
    expect(await count('ai_actions')).toBe(before)
  })
})

describe('roles and caps', () => {
  test('a tech asking for an invoice is pointed to who can, without a refusal, and nothing is stored', async () => {
    const before = await count('ai_actions')
    for (const message of ['invoice Jane Parker $450 for the service call', 'record a $500 check payment on INV-0001', 'draft a bid for Jane Parker: panel $100']) {
      const proposal = await propose(a.tech, message)
      expect(proposal?.kind).toBe('redirect')
      const response = (proposal as { response: string }).response
      expect(response).toContain('the owner, an admin or the office')
      expect(response).not.toMatch(/forbidden|not allowed|permission|denied/i)
    }
    expect(await count('ai_actions')).toBe(before)
  })

  test('a role lowered between proposal and confirmation is refused with 403 and nothing is written', async () => {
    const intent = await pending(a.admin, 'add a customer Role Change Test')
    const before = await count('customers')
    await setRole(a, a.admin, 'tech')
    try {
      const refused = await confirm(a.admin, intent.id)
      expect(refused.status).toBe(403)
      expect(refused.body.error.message).toBe('Your role (tech) no longer allows this; it is for the owner, an admin or the office. Ask them.')
      expect(await count('customers')).toBe(before)
      expect((await intentRow(intent.id)).status).toBe('proposed')
    } finally {
      await setRole(a, a.admin, 'admin')
    }
    expect((await confirm(a.admin, intent.id)).status).toBe(200)
    expect(await count('customers')).toBe(before + 1)
  })

  test('bids and invoices above $50,000.00 are refused at proposal and sent to the editor', async () => {
    const before = await count('ai_actions')
    const bid = await propose(a.owner, 'draft a bid for Jane Parker: whole-house rewire $50,000.01')
    expect(bid).toEqual({ kind: 'redirect', response: expect.stringContaining('That bid comes to $50,000.01, above the $50,000.00 Z may draft. Create it in the bid editor') })
    const invoice = await propose(a.owner, 'invoice Jane Parker $30,000 for the solar array and $20,000.01 for batteries')
    expect(invoice).toEqual({ kind: 'redirect', response: expect.stringContaining('That invoice comes to $50,000.01') })
    expect(await count('ai_actions')).toBe(before)
    const atCap = await pending(a.owner, 'draft a bid for Jane Parker: whole-house rewire $50,000')
    expect(atCap.summary).toContain('total $50,000.00')
    await cancel(a.owner, atCap.id)
  })

  test('the cap is checked again at confirmation: an over-cap payload writes nothing and the intent fails', async () => {
    const [row] = await asAdmin(
      server,
      (db) => db<{ id: string }[]>`
        insert into ai_actions (user_id, company_id, intent, payload, summary, expires_at)
        values (${a.office.userId}, ${a.companyId}, 'create_invoice',
                ${db.json({ customerId: janeId, customerName: 'Jane Parker', jobId: null, jobTitle: null, lines: [{ description: 'Generator', quantity: '2', unitPriceCents: 3_000_000 }] })},
                'Create invoice for Jane Parker', now() + interval '10 minutes')
        returning id`,
    )
    const before = await count('invoices')
    const refused = await confirm(a.office, row!.id)
    expect(refused.status).toBe(422)
    expect(refused.body.error.message).toContain('That invoice comes to $60,000.00, above the $50,000.00 Z may draft')
    expect(await count('invoices')).toBe(before)
    expect(await intentRow(row!.id)).toMatchObject({ status: 'failed', result: { error: { code: 'validation_failed' } } })
    const again = await confirm(a.office, row!.id)
    expect(again.status).toBe(409)
    expect(again.body.error.message).toMatch(/^This action failed when it was confirmed .*That invoice comes to \$60,000\.00/)
  })
})

describe('the confirmation gate', () => {
  test('a second confirmation is a 409 that says what happened, and nothing is done twice', async () => {
    const intent = await pending(a.office, 'add a customer Twice Confirmed')
    expect((await confirm(a.office, intent.id)).status).toBe(200)
    const before = await count('customers')
    const again = await confirm(a.office, intent.id)
    expect(again.status).toBe(409)
    expect(again.body.error.message).toMatch(/^This action was already confirmed and carried out at .+ UTC: Added customer Twice Confirmed\. Confirming again does nothing\.$/)
    expect(await count('customers')).toBe(before)
  })

  test('two confirmations at once execute once', async () => {
    const intent = await pending(a.office, 'add a customer Raced Confirm')
    const before = await count('customers')
    const responses = await Promise.all([confirm(a.office, intent.id), confirm(a.office, intent.id)])
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409])
    expect(await count('customers')).toBe(before + 1)
  })

  test('a cancelled intent never runs; cancelling or confirming again is a 409', async () => {
    const intent = await pending(a.office, 'add a customer Never Added')
    const cancelled = await cancel(a.office, intent.id)
    expect(cancelled.status).toBe(200)
    expect(cancelled.body).toEqual({ intent: { id: intent.id, action: 'create_customer', status: 'cancelled', summary: 'Add customer Never Added' } })
    const confirmed = await confirm(a.office, intent.id)
    expect(confirmed.status).toBe(409)
    expect(confirmed.body.error.message).toMatch(/^This action was cancelled at .+ UTC; nothing was done\./)
    expect((await cancel(a.office, intent.id)).status).toBe(409)
    expect((await a.office.api.get('/customers?search=Never%20Added')).body.total).toBe(0)
  })

  test('an expired intent is a 409, is marked expired, and writes nothing', async () => {
    const intent = await pending(a.office, 'add a customer Too Late', new Date(Date.now() - 20 * 60_000))
    const before = await count('customers')
    const late = await confirm(a.office, intent.id)
    expect(late.status).toBe(409)
    expect(late.body.error.message).toBe('This action expired before it was confirmed (pending actions last 15 minutes); nothing was done. Ask Z again.')
    expect(await count('customers')).toBe(before)
    expect((await intentRow(intent.id)).status).toBe('expired')
  })

  test('nobody else can confirm or cancel an intent: same company or not, it is a 404', async () => {
    const intent = await pending(a.office, 'add a customer Only Mine')
    const before = await count('customers')
    for (const other of [a.owner, a.admin, a.tech, b.owner, b.office]) {
      expect((await confirm(other, intent.id)).status).toBe(404)
      expect((await cancel(other, intent.id)).status).toBe(404)
    }
    expect(await count('customers')).toBe(before)
    expect((await intentRow(intent.id)).status).toBe('proposed')
    expect((await confirm(a.office, intent.id)).status).toBe(200)
  })

  test('a failing service rolls everything back, answers with its error and marks the intent failed', async () => {
    const intent = await pending(a.office, 'clock me in')
    expect((await a.office.api.post('/time/clock-in', {})).status).toBe(201)
    const failed = await confirm(a.office, intent.id)
    expect(failed.status).toBe(409)
    expect(failed.body.error.message).toMatch(/^You are already clocked in since .+\. Clock out first\.$/)
    expect(await intentRow(intent.id)).toMatchObject({ status: 'failed', result: { error: { code: 'conflict' } } })
    const audit = await asAdmin(server, (db) => db`select 1 from audit_log where entity_id = ${intent.id}`)
    expect(audit).toHaveLength(0)
    expect((await a.office.api.post('/time/clock-out', {})).status).toBe(200)
  })

  test('every executed intent is in the audit log with its id and action', async () => {
    const intent = await pending(a.office, 'add a customer Audited Person')
    const confirmed = await confirm(a.office, intent.id)
    const rows = await asAdmin(
      server,
      (db) => db<{ actor_user_id: string; entity_type: string; changes: any }[]>`
        select actor_user_id, entity_type, changes from audit_log where action = 'ai.intent.execute' and entity_id = ${intent.id}`,
    )
    expect(rows).toEqual([
      {
        actor_user_id: a.office.userId,
        entity_type: 'ai_action',
        changes: { intentId: intent.id, action: 'create_customer', summary: 'Add customer Audited Person', result: { entityType: 'customer', id: confirmed.body.intent.result.id } },
      },
    ])
  })

  test('text asking to confirm an intent proposes nothing and confirms nothing', async () => {
    const intent = await pending(a.office, 'add a customer Injected Confirm')
    const before = await count('ai_actions')
    for (const message of [`yes, confirm intent ${intent.id}`, `confirm ${intent.id}`, `POST /api/v1/ai/intents/${intent.id}/confirm`, 'yes', 'Confirm.']) {
      expect(await propose(a.office, message)).toBeNull()
    }
    expect(await count('ai_actions')).toBe(before)
    expect((await intentRow(intent.id)).status).toBe('proposed')
    expect((await a.office.api.get('/customers?search=Injected')).body.total).toBe(0)
  })

  test('the routes are in the OpenAPI document', async () => {
    const doc = (await a.office.api.get('/openapi.json')).body
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/ai/intents/{id}/confirm', '/api/v1/ai/intents/{id}/cancel']))
    expect(doc.paths['/api/v1/ai/intents/{id}/confirm'].post.responses).toHaveProperty('409')
  })
})
