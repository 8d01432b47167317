import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, type Account, type Team } from '../support/api'
import { asAdmin, asUser } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let team: Team
let rival: Team
let ledger: Team
let customerId: string
let rivalCustomerId: string

const line = (overrides: Record<string, unknown> = {}) => ({ description: 'Service call', quantity: '1', unitPriceCents: 10000, type: 'labor', ...overrides })

/** `YYYY-MM-DD`, `days` from today (UTC), as the server computes it. */
const day = (days = 0) => {
  const date = new Date()
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

const counts = () =>
  asAdmin(server, async (sql) => {
    const [row] = await sql<{ invoices: number; lines: number; payments: number; paid: number }[]>`
      select (select count(*)::int from invoices) as invoices, (select count(*)::int from invoice_line_items) as lines,
             (select count(*)::int from payments) as payments, (select coalesce(sum(amount_paid_cents), 0)::int from invoices) as paid`
    return row!
  })

async function createInvoice(account: Account = team.office, body: Record<string, unknown> = {}) {
  const response = await account.api.post('/invoices', { customerId, lines: [line()], ...body })
  if (response.status !== 201) throw new Error(`invoice create failed: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body
}

/** An invoice of $100.00 walked to `status` through the API. */
async function invoiceIn(status: 'draft' | 'sent' | 'partial' | 'paid' | 'void', account: Account = team.office) {
  const invoice = await createInvoice(account)
  if (status === 'draft') return invoice
  if (status === 'void') {
    expect((await account.api.post(`/invoices/${invoice.id}/void`, {})).status).toBe(200)
    return invoice
  }
  expect((await account.api.post(`/invoices/${invoice.id}/mark-sent`, {})).status).toBe(200)
  if (status === 'partial') expect((await account.api.post(`/invoices/${invoice.id}/payments`, { amountCents: 4000, method: 'check' })).status).toBe(201)
  if (status === 'paid') expect((await account.api.post(`/invoices/${invoice.id}/payments`, { amountCents: 10000, method: 'card' })).status).toBe(201)
  return invoice
}

beforeAll(async () => {
  server = await startTestServer()
  ;[team, rival, ledger] = await Promise.all([createTeam(server, 'Invoice Electric'), createTeam(server, 'Rival HVAC'), createTeam(server, 'Ledger Plumbing')])
  const made = await Promise.all([
    team.owner.api.post('/customers', { name: 'Dana Whitfield', email: 'dana@example.com' }),
    rival.owner.api.post('/customers', { name: 'Rival Customer' }),
  ])
  ;[customerId, rivalCustomerId] = made.map((r) => r.body.id)
})
afterAll(async () => {
  await server?.stop()
})

describe('creating and editing invoices', () => {
  test('the first invoice is INV-0001, issued today, due in 30 days, with totals exact to the cent', async () => {
    const response = await team.office.api.post('/invoices', {
      customerId,
      lines: [
        // 0.75 × $86.67 = $65.0025 → $65.00
        { description: 'Troubleshooting', quantity: '0.75', unit: 'hr', unitPriceCents: 8667, type: 'labor' },
        // 3.333 × $4.15 = $13.83195 → $13.83
        { description: 'Conduit', quantity: '3.333', unit: 'ft', unitPriceCents: 415, type: 'material' },
      ],
      taxRateBps: 725,
    })
    expect(response.status).toBe(201)
    const invoice = response.body
    expect(invoice).toMatchObject({ number: 'INV-0001', status: 'draft', displayStatus: 'draft', isOverdue: false, issueDate: day(0), dueDate: day(30) })
    expect(invoice.lines.map((l: { totalCents: number }) => l.totalCents)).toEqual([6500, 1383])
    // subtotal 7,883; 7.25% tax = 571.5175 → 572; total 8,455
    expect(invoice).toMatchObject({ subtotalCents: 7883, taxCents: 572, totalCents: 8455, amountPaidCents: 0, balanceCents: 8455 })
    expect(invoice.payments).toEqual([])
  })

  test('numbers are per company and consecutive', async () => {
    const first = await createInvoice(rival.owner, { customerId: rivalCustomerId })
    const second = await createInvoice(rival.owner, { customerId: rivalCustomerId })
    expect([first.number, second.number]).toEqual(['INV-0001', 'INV-0002'])
  })

  test('given dates are kept, and a due date before the issue date is refused', async () => {
    const invoice = await createInvoice(team.office, { issueDate: '2026-01-10', dueDate: '2026-01-25' })
    expect(invoice).toMatchObject({ issueDate: '2026-01-10', dueDate: '2026-01-25' })
    const onlyIssue = await createInvoice(team.office, { issueDate: '2026-02-01' })
    expect(onlyIssue.dueDate).toBe('2026-03-03')
    const before = await counts()
    const bad = await team.office.api.post('/invoices', { customerId, lines: [line()], issueDate: '2026-02-01', dueDate: '2026-01-31' })
    expect(bad.status).toBe(422)
    expect(bad.body.error.details[0].path).toBe('dueDate')
    expect(await counts()).toEqual(before)
  })

  test('a draft is edited freely and its totals recomputed', async () => {
    const invoice = await createInvoice()
    const response = await team.office.api.patch(`/invoices/${invoice.id}`, { lines: [line({ quantity: '2.5', unitPriceCents: 333 })], discountCents: 33 })
    expect(response.status).toBe(200)
    // 2.5 × 333 = 832.5 → 833; less 33 = 800
    expect(response.body).toMatchObject({ subtotalCents: 833, discountCents: 33, totalCents: 800, balanceCents: 800 })
  })

  test.each(['sent', 'partial'] as const)('a %s invoice keeps its lines and amounts (409) but takes new notes and a due date', async (state) => {
    const invoice = await invoiceIn(state)
    for (const patch of [{ lines: [line({ unitPriceCents: 1 })] }, { discountCents: 100 }, { taxRateBps: 100 }, { customerId }]) {
      const response = await team.office.api.patch(`/invoices/${invoice.id}`, patch)
      expect(response.status).toBe(409)
      expect(response.body.error.message).toContain('Void it')
    }
    const after = (await team.office.api.get(`/invoices/${invoice.id}`)).body
    expect(after.totalCents).toBe(10000)
    const allowed = await team.office.api.patch(`/invoices/${invoice.id}`, { notes: 'Gate code 4411', dueDate: day(45) })
    expect(allowed.status).toBe(200)
    expect(allowed.body).toMatchObject({ notes: 'Gate code 4411', dueDate: day(45), status: state })
  })

  test.each(['paid', 'void'] as const)('a %s invoice cannot be edited at all', async (state) => {
    const invoice = await invoiceIn(state)
    expect((await team.office.api.patch(`/invoices/${invoice.id}`, { notes: 'late note' })).status).toBe(409)
    expect((await team.office.api.get(`/invoices/${invoice.id}`)).body.notes).toBeNull()
  })

  test('bad lines are refused and nothing is written', async () => {
    for (const bad of [{ quantity: '-2' }, { quantity: '1.2345' }, { unitPriceCents: -1 }]) {
      const before = await counts()
      const response = await team.office.api.post('/invoices', { customerId, lines: [line(bad)] })
      expect(response.status).toBe(422)
      expect(await counts()).toEqual(before)
    }
  })

  test('an invoice for another company’s customer is refused and nothing is written', async () => {
    const before = await counts()
    const response = await team.office.api.post('/invoices', { customerId: rivalCustomerId, lines: [line()] })
    expect(response.status).toBe(422)
    expect(response.body.error.details[0].path).toBe('customerId')
    expect(await counts()).toEqual(before)
  })
})

describe('invoice states', () => {
  test('a draft is sent, then partly paid, then paid', async () => {
    const invoice = await invoiceIn('draft')
    const sent = await team.office.api.post(`/invoices/${invoice.id}/mark-sent`, {})
    expect(sent.body).toMatchObject({ status: 'sent', displayStatus: 'sent' })
    expect(sent.body.sentAt).not.toBeNull()
    const partial = await team.office.api.post(`/invoices/${invoice.id}/payments`, { amountCents: 2550, method: 'cash', paidOn: day(0) })
    expect(partial.status).toBe(201)
    expect(partial.body.payment).toMatchObject({ amountCents: 2550, method: 'cash', paidOn: day(0), recordedBy: team.office.userId })
    expect(partial.body.invoice).toMatchObject({ status: 'partial', amountPaidCents: 2550, balanceCents: 7450, paidAt: null })
    const paid = await team.office.api.post(`/invoices/${invoice.id}/payments`, { amountCents: 7450, method: 'ach', reference: 'ACH 99812' })
    expect(paid.body.invoice).toMatchObject({ status: 'paid', amountPaidCents: 10000, balanceCents: 0 })
    expect(paid.body.invoice.paidAt).not.toBeNull()
    const detail = (await team.office.api.get(`/invoices/${invoice.id}`)).body
    expect(detail.payments.map((p: { amountCents: number }) => p.amountCents)).toEqual([2550, 7450])
  })

  test.each([
    ['draft', 200],
    ['sent', 200],
    ['partial', 409],
    ['paid', 409],
    ['void', 409],
  ] as const)('voiding a %s invoice answers %i', async (state, status) => {
    const invoice = await invoiceIn(state)
    const response = await team.office.api.post(`/invoices/${invoice.id}/void`, { reason: 'Billed twice' })
    expect(response.status).toBe(status)
    const after = (await team.office.api.get(`/invoices/${invoice.id}`)).body
    if (status === 200) expect(after).toMatchObject({ status: 'void', balanceCents: 0 })
    else expect(after.status).toBe(state)
    if (state === 'partial') expect(response.body.error.message).toMatch(/\$40\.00.*payments/)
  })

  test.each(['sent', 'partial', 'paid', 'void'] as const)('a %s invoice cannot be marked sent', async (state) => {
    const invoice = await invoiceIn(state)
    expect((await team.office.api.post(`/invoices/${invoice.id}/mark-sent`, {})).status).toBe(409)
    expect((await team.office.api.get(`/invoices/${invoice.id}`)).body.status).toBe(state)
  })

  test('an invoice drafted by Z must be reviewed before it is sent', async () => {
    const invoice = await createInvoice()
    await asAdmin(server, (sql) => sql`update invoices set created_by_ai = true where id = ${invoice.id}`)
    expect((await team.office.api.post(`/invoices/${invoice.id}/mark-sent`, {})).status).toBe(409)
    expect((await team.office.api.post(`/invoices/${invoice.id}/send`, {})).status).toBe(409)
    const reviewed = await team.office.api.post(`/invoices/${invoice.id}/review`, {})
    expect(reviewed.body.reviewedBy).toBe(team.office.userId)
    expect((await team.office.api.post(`/invoices/${invoice.id}/mark-sent`, {})).status).toBe(200)
  })
})

describe('overdue is derived from the due date', () => {
  test('an open invoice past its due date reads as overdue; drafts, paid and not-yet-due ones do not', async () => {
    const late = await createInvoice(team.office, { issueDate: day(-40), dueDate: day(-10) })
    await team.office.api.post(`/invoices/${late.id}/mark-sent`, {})
    const latePartial = await createInvoice(team.office, { issueDate: day(-40), dueDate: day(-1) })
    await team.office.api.post(`/invoices/${latePartial.id}/mark-sent`, {})
    await team.office.api.post(`/invoices/${latePartial.id}/payments`, { amountCents: 100, method: 'cash' })
    const lateDraft = await createInvoice(team.office, { issueDate: day(-40), dueDate: day(-10) })
    const dueToday = await createInvoice(team.office, { issueDate: day(-30), dueDate: day(0) })
    await team.office.api.post(`/invoices/${dueToday.id}/mark-sent`, {})

    const got = (await team.office.api.get(`/invoices/${late.id}`)).body
    expect(got).toMatchObject({ status: 'sent', displayStatus: 'overdue', isOverdue: true, daysOverdue: 10 })
    expect((await team.office.api.get(`/invoices/${latePartial.id}`)).body).toMatchObject({ status: 'partial', displayStatus: 'overdue', daysOverdue: 1 })
    expect((await team.office.api.get(`/invoices/${lateDraft.id}`)).body).toMatchObject({ displayStatus: 'draft', isOverdue: false, daysOverdue: 0 })
    expect((await team.office.api.get(`/invoices/${dueToday.id}`)).body).toMatchObject({ displayStatus: 'sent', isOverdue: false })

    const overdue = await team.office.api.get('/invoices?status=overdue&pageSize=100')
    const ids = overdue.body.data.map((i: { id: string }) => i.id)
    expect(ids).toEqual(expect.arrayContaining([late.id, latePartial.id]))
    expect(ids).not.toContain(lateDraft.id)
    expect(ids).not.toContain(dueToday.id)
    expect(overdue.body.data.every((i: { displayStatus: string }) => i.displayStatus === 'overdue')).toBe(true)
    expect(overdue.body.total).toBe(ids.length)
  })

  test('the list filters by stored status, customer and search', async () => {
    const other = (await team.owner.api.post('/customers', { name: 'Harbor Dental' })).body.id
    const invoice = await createInvoice(team.office, { customerId: other })
    expect((await team.office.api.get(`/invoices?customerId=${other}`)).body.data.map((i: { id: string }) => i.id)).toEqual([invoice.id])
    expect((await team.office.api.get('/invoices?search=harbor')).body.data.map((i: { id: string }) => i.id)).toEqual([invoice.id])
    const drafts = await team.office.api.get('/invoices?status=draft&pageSize=100')
    expect(drafts.body.data.every((i: { status: string }) => i.status === 'draft')).toBe(true)
    expect((await team.office.api.get('/invoices?status=late')).status).toBe(422)
  })
})

describe('payments', () => {
  test('a payment above the balance is refused with the balance, and nothing is written', async () => {
    const invoice = await invoiceIn('partial')
    const before = await counts()
    const response = await team.office.api.post(`/invoices/${invoice.id}/payments`, { amountCents: 6001, method: 'card' })
    expect(response.status).toBe(422)
    expect(response.body.error.message).toContain('Balance is $60.00')
    expect(await counts()).toEqual(before)
    const after = (await team.office.api.get(`/invoices/${invoice.id}`)).body
    expect(after).toMatchObject({ status: 'partial', amountPaidCents: 4000, balanceCents: 6000 })
    expect(after.payments).toHaveLength(1)
  })

  test.each([
    ['zero', { amountCents: 0, method: 'cash' }],
    ['negative', { amountCents: -500, method: 'cash' }],
    ['fractional', { amountCents: 10.5, method: 'cash' }],
    ['with an unknown method', { amountCents: 500, method: 'bitcoin' }],
    ['with a malformed date', { amountCents: 500, method: 'cash', paidOn: '03/04/2026' }],
    ['dated in the future', { amountCents: 500, method: 'cash', paidOn: day(10) }],
  ])('a payment that is %s is refused and nothing is written', async (_name, body) => {
    const invoice = await invoiceIn('sent')
    const before = await counts()
    expect((await team.office.api.post(`/invoices/${invoice.id}/payments`, body)).status).toBe(422)
    expect(await counts()).toEqual(before)
  })

  test.each(['draft', 'void', 'paid'] as const)('a %s invoice takes no payment (409)', async (state) => {
    const invoice = await invoiceIn(state)
    const before = await counts()
    const response = await team.office.api.post(`/invoices/${invoice.id}/payments`, { amountCents: 100, method: 'cash' })
    expect(response.status).toBe(409)
    expect(await counts()).toEqual(before)
  })

  test('two payments at once cannot together exceed the balance', async () => {
    const invoice = await invoiceIn('sent')
    const responses = await Promise.all([
      team.office.api.post(`/invoices/${invoice.id}/payments`, { amountCents: 6000, method: 'cash' }),
      team.owner.api.post(`/invoices/${invoice.id}/payments`, { amountCents: 6000, method: 'check' }),
    ])
    expect(responses.map((r) => r.status).sort()).toEqual([201, 422])
    const after = (await team.office.api.get(`/invoices/${invoice.id}`)).body
    expect(after).toMatchObject({ amountPaidCents: 6000, balanceCents: 4000, status: 'partial' })
    expect(after.payments).toHaveLength(1)
  })

  test('an owner or admin reverses a payment and the invoice goes back to partial, then sent', async () => {
    const invoice = await invoiceIn('paid')
    const split = (await team.office.api.get(`/invoices/${invoice.id}`)).body
    expect(split.status).toBe('paid')
    const [payment] = split.payments
    const reversed = await team.admin.api.delete(`/invoices/${invoice.id}/payments/${payment.id}`)
    expect(reversed.status).toBe(200)
    expect(reversed.body).toMatchObject({ status: 'sent', amountPaidCents: 0, balanceCents: 10000, paidAt: null, payments: [] })

    const partial = await invoiceIn('partial')
    await team.office.api.post(`/invoices/${partial.id}/payments`, { amountCents: 1000, method: 'cash' })
    const detail = (await team.office.api.get(`/invoices/${partial.id}`)).body
    const back = await team.owner.api.delete(`/invoices/${partial.id}/payments/${detail.payments[1].id}`)
    expect(back.body).toMatchObject({ status: 'partial', amountPaidCents: 4000 })
  })

  test('office cannot reverse a payment, and a payment of another invoice is not found', async () => {
    const invoice = await invoiceIn('partial')
    const other = await invoiceIn('partial')
    const paymentId = (await team.office.api.get(`/invoices/${invoice.id}`)).body.payments[0].id
    expect((await team.office.api.delete(`/invoices/${invoice.id}/payments/${paymentId}`)).status).toBe(403)
    expect((await team.owner.api.delete(`/invoices/${other.id}/payments/${paymentId}`)).status).toBe(404)
    expect((await team.office.api.get(`/invoices/${invoice.id}`)).body.amountPaidCents).toBe(4000)
  })
})

describe('aging and export', () => {
  test('open balances fall into current, 1–30, 31–60, 61–90 and 90+ by days past due', async () => {
    const customer = (await ledger.owner.api.post('/customers', { name: 'Aged Account', email: 'aged@example.com' })).body.id
    const asOf = '2030-01-31'
    const open = async (dueDate: string, cents: number, paidCents = 0) => {
      const invoice = await createInvoice(ledger.office, { customerId: customer, issueDate: '2029-10-01', dueDate, lines: [line({ unitPriceCents: cents })] })
      await ledger.office.api.post(`/invoices/${invoice.id}/mark-sent`, {})
      if (paidCents) expect((await ledger.office.api.post(`/invoices/${invoice.id}/payments`, { amountCents: paidCents, method: 'check' })).status).toBe(201)
      return invoice
    }
    await open('2030-02-15', 10000) // not yet due
    await open('2030-01-31', 5000) // due that day: current
    await open('2030-01-30', 20000, 5000) // 1 day, 15,000 still open
    await open('2030-01-01', 1000) // 30 days
    await open('2029-12-31', 2000) // 31 days
    await open('2029-12-02', 3000) // 60 days
    await open('2029-12-01', 4000) // 61 days
    await open('2029-11-02', 5000) // 90 days
    await open('2029-11-01', 6000) // 91 days
    await open('2029-11-01', 7000, 7000) // paid: not open
    await createInvoice(ledger.office, { customerId: customer, issueDate: '2029-10-01', dueDate: '2029-10-15' }) // draft: not open
    const voided = await createInvoice(ledger.office, { customerId: customer, issueDate: '2029-10-01', dueDate: '2029-10-15' })
    await ledger.office.api.post(`/invoices/${voided.id}/void`, {})

    const response = await ledger.office.api.get(`/invoices/aging?asOf=${asOf}`)
    expect(response.status).toBe(200)
    expect(response.body.asOf).toBe(asOf)
    expect(response.body.buckets.map((b: { key: string; totalCents: number; count: number }) => [b.key, b.totalCents, b.count])).toEqual([
      ['current', 15000, 2],
      ['days_1_30', 16000, 2],
      ['days_31_60', 5000, 2],
      ['days_61_90', 9000, 2],
      ['days_over_90', 6000, 1],
    ])
    expect(response.body).toMatchObject({ totalCents: 51000, count: 9 })
    // Another company's receivables never show up.
    const rivalAging = await rival.owner.api.get(`/invoices/aging?asOf=${asOf}`)
    expect(rivalAging.body.totalCents).not.toBe(51000)
  })

  test('the CSV export lists invoices with dollar amounts, honours the filters and neutralises formulas', async () => {
    const formula = (await ledger.owner.api.post('/customers', { name: '=HYPERLINK("x")' })).body.id
    const invoice = await createInvoice(ledger.office, { customerId: formula, lines: [line({ quantity: '1.5', unitPriceCents: 12345 })], taxRateBps: 500 })
    const response = await ledger.office.api.raw('GET', `/invoices/export.csv?customerId=${formula}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const parsed = Papa.parse<Record<string, string>>((await response.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true })
    expect(parsed.meta.fields).toEqual(['number', 'customer', 'customer_email', 'status', 'issue_date', 'due_date', 'subtotal', 'discount', 'tax', 'total', 'paid', 'balance', 'sent_at', 'paid_at'])
    // 1.5 × 123.45 = 185.175 → 185.18; 5% tax = 9.259 → 9.26; total 194.44
    expect(parsed.data).toEqual([
      expect.objectContaining({ number: invoice.number, customer: `'=HYPERLINK("x")`, status: 'draft', subtotal: '185.18', tax: '9.26', total: '194.44', paid: '0.00', balance: '194.44' }),
    ])
    const partial = await ledger.office.api.raw('GET', '/invoices/export.csv?status=partial')
    const rows = Papa.parse<Record<string, string>>((await partial.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r.status === 'partial' || r.status === 'overdue')).toBe(true)
  })
})

describe('tenancy', () => {
  test('another company’s invoice answers 404 to every route and is left unchanged', async () => {
    const invoice = await invoiceIn('partial')
    const paymentId = (await team.office.api.get(`/invoices/${invoice.id}`)).body.payments[0].id
    const before = await counts()
    const api = rival.owner.api
    const attempts = [
      api.get(`/invoices/${invoice.id}`),
      api.patch(`/invoices/${invoice.id}`, { notes: 'Hijacked' }),
      api.raw('GET', `/invoices/${invoice.id}/pdf`),
      api.post(`/invoices/${invoice.id}/send`, {}),
      api.post(`/invoices/${invoice.id}/void`, {}),
      api.post(`/invoices/${invoice.id}/payments`, { amountCents: 100, method: 'cash' }),
      api.delete(`/invoices/${invoice.id}/payments/${paymentId}`),
    ]
    expect((await Promise.all(attempts)).map((r) => r.status)).toEqual(Array(attempts.length).fill(404))
    expect(await counts()).toEqual(before)
    expect((await api.get('/invoices?pageSize=100')).body.data.map((i: { id: string }) => i.id)).not.toContain(invoice.id)
    const csv = await (await api.raw('GET', '/invoices/export.csv')).text()
    expect(csv).toContain('Rival Customer')
    expect(csv).not.toContain('Dana Whitfield')
  })
})

describe('roles', () => {
  test('a tech gets 403 on every invoices route', async () => {
    const invoice = await invoiceIn('partial')
    const paymentId = (await team.office.api.get(`/invoices/${invoice.id}`)).body.payments[0].id
    const api = team.tech.api
    const attempts = [
      api.get('/invoices'),
      api.get('/invoices/aging'),
      api.raw('GET', '/invoices/export.csv'),
      api.post('/invoices', { customerId, lines: [line()] }),
      api.get(`/invoices/${invoice.id}`),
      api.patch(`/invoices/${invoice.id}`, { notes: 'x' }),
      api.raw('GET', `/invoices/${invoice.id}/pdf`),
      api.post(`/invoices/${invoice.id}/send`, {}),
      api.post(`/invoices/${invoice.id}/mark-sent`, {}),
      api.post(`/invoices/${invoice.id}/void`, {}),
      api.post(`/invoices/${invoice.id}/review`, {}),
      api.post(`/invoices/${invoice.id}/payments`, { amountCents: 100, method: 'cash' }),
      api.delete(`/invoices/${invoice.id}/payments/${paymentId}`),
    ]
    expect((await Promise.all(attempts)).map((r) => r.status)).toEqual(Array(attempts.length).fill(403))
    expect((await team.office.api.get(`/invoices/${invoice.id}`)).body).toMatchObject({ amountPaidCents: 4000, notes: null })
  })

  test('Row Level Security hides invoices and payments from a tech even without the API check', async () => {
    const rows = await asUser(server, team.tech.userId, (sql) => sql`select id from invoices union all select id from payments union all select id from invoice_line_items`)
    expect(rows.length).toBe(0)
  })

  test('office creates invoices and records payments', async () => {
    const invoice = await invoiceIn('sent', team.office)
    expect((await team.office.api.post(`/invoices/${invoice.id}/payments`, { amountCents: 500, method: 'other' })).status).toBe(201)
  })
})
