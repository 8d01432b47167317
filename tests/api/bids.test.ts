import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, type Account, type Team } from '../support/api'
import { asAdmin, asUser } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let team: Team
let rival: Team
let customerId: string
let otherCustomerId: string
let noEmailCustomerId: string
let rivalCustomerId: string

const line = (overrides: Record<string, unknown> = {}) => ({ description: 'Labor', quantity: '1', unitPriceCents: 10000, type: 'labor', ...overrides })

const counts = () =>
  asAdmin(server, async (sql) => {
    const [row] = await sql<{ bids: number; lines: number; invoices: number; jobs: number; outbox: number }[]>`
      select (select count(*)::int from bids) as bids, (select count(*)::int from bid_line_items) as lines,
             (select count(*)::int from invoices) as invoices, (select count(*)::int from jobs) as jobs,
             (select count(*)::int from email_outbox) as outbox`
    return row!
  })

async function createBid(account: Account = team.office, body: Record<string, unknown> = {}) {
  const response = await account.api.post('/bids', { customerId, lines: [line()], ...body })
  if (response.status !== 201) throw new Error(`bid create failed: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body
}

/** A bid walked to `status` through the API. */
async function bidIn(status: 'draft' | 'sent' | 'accepted' | 'declined' | 'expired') {
  const bid = await createBid()
  if (status === 'draft') return bid
  expect((await team.office.api.post(`/bids/${bid.id}/mark-sent`, {})).status).toBe(200)
  if (status === 'sent') return bid
  const action = { accepted: 'accept', declined: 'decline', expired: 'expire' }[status]
  expect((await team.office.api.post(`/bids/${bid.id}/${action}`, {})).status).toBe(200)
  return bid
}

beforeAll(async () => {
  server = await startTestServer()
  ;[team, rival] = await Promise.all([createTeam(server, 'Quote Electric'), createTeam(server, 'Rival Roofing')])
  const made = await Promise.all([
    team.owner.api.post('/customers', { name: 'Dana Whitfield', email: 'dana@example.com', address: '18 Orchard Ln' }),
    team.owner.api.post('/customers', { name: 'Omar Ruiz', email: 'omar@example.com' }),
    team.owner.api.post('/customers', { name: 'Paper Only' }),
    rival.owner.api.post('/customers', { name: 'Rival Customer', email: 'rival@example.com' }),
  ])
  ;[customerId, otherCustomerId, noEmailCustomerId, rivalCustomerId] = made.map((r) => r.body.id)
})
afterAll(async () => {
  await server?.stop()
})

describe('bid totals and numbering', () => {
  test('the first bid of a company is BID-0001 and totals are exact to the cent, with a fractional quantity and tax rounding', async () => {
    const response = await team.office.api.post('/bids', {
      customerId,
      title: 'Panel upgrade',
      lines: [
        // 2.5 × $33.33 = $83.325 → $83.33 (half up)
        { description: 'Electrician', quantity: '2.5', unit: 'hr', unitPriceCents: 3333, type: 'labor' },
        // 1.125 × $19.99 = $22.48875 → $22.49
        { description: 'Wire, 12/2', quantity: 1.125, unit: 'roll', unitPriceCents: 1999, type: 'material' },
        { description: 'Permit', quantity: '3', unitPriceCents: 12500, type: 'other' },
      ],
      discountCents: 1082,
      taxRateBps: 635,
    })
    expect(response.status).toBe(201)
    const bid = response.body
    expect(bid.number).toBe('BID-0001')
    expect(bid.status).toBe('draft')
    expect(bid.lines.map((l: { totalCents: number }) => l.totalCents)).toEqual([8333, 2249, 37500])
    expect(bid.lines.map((l: { quantity: string }) => l.quantity)).toEqual(['2.5', '1.125', '3'])
    // subtotal 48,082; less 1,082 = 47,000; tax 6.35% = 2,984.5 → 2,985; total 49,985
    expect(bid).toMatchObject({ subtotalCents: 48082, discountCents: 1082, taxRateBps: 635, taxCents: 2985, totalCents: 49985 })
    expect(bid.customer).toEqual({ id: customerId, name: 'Dana Whitfield', email: 'dana@example.com' })

    const stored = await asAdmin(server, (sql) => sql<{ total_cents: number; quantity: string }[]>`
      select total_cents, quantity::text from bid_line_items where bid_id = ${bid.id} order by position`)
    expect(stored).toEqual([
      { total_cents: 8333, quantity: '2.500' },
      { total_cents: 2249, quantity: '1.125' },
      { total_cents: 37500, quantity: '3.000' },
    ])
    const [row] = await asAdmin(server, (sql) => sql<{ total_cents: number; tax_cents: number }[]>`select total_cents, tax_cents from bids where id = ${bid.id}`)
    expect(row).toEqual({ total_cents: 49985, tax_cents: 2985 })
  })

  test('numbers are per company: another company also starts at BID-0001', async () => {
    const response = await rival.owner.api.post('/bids', { customerId: rivalCustomerId, lines: [line()] })
    expect(response.status).toBe(201)
    expect(response.body.number).toBe('BID-0001')
  })

  test('ten bids created at once get ten distinct, consecutive numbers', async () => {
    const before = (await team.office.api.get('/bids?pageSize=1')).body.total
    const responses = await Promise.all(Array.from({ length: 10 }, () => team.office.api.post('/bids', { customerId, lines: [line()] })))
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201))
    const numbers = responses.map((r) => Number(r.body.number.slice(4))).sort((x, y) => x - y)
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => before + 1 + i))
  })

  test('a refused bid gives its number back: the next bid has no gap', async () => {
    const last = (await team.office.api.get('/bids?pageSize=1')).body.total
    const refused = await team.office.api.post('/bids', { customerId, lines: [line({ unitPriceCents: 100 })], discountCents: 101 })
    expect(refused.status).toBe(422)
    const next = await createBid()
    expect(next.number).toBe(`BID-${String(last + 1).padStart(4, '0')}`)
  })

  test('editing a draft replaces its lines and recomputes the totals', async () => {
    const bid = await createBid(team.office, { taxRateBps: 1000 })
    const response = await team.office.api.patch(`/bids/${bid.id}`, {
      lines: [line({ quantity: '0.333', unitPriceCents: 1500 }), line({ quantity: '2', unitPriceCents: 250 })],
      discountCents: 100,
    })
    expect(response.status).toBe(200)
    // 0.333 × 1500 = 499.5 → 500; 2 × 250 = 500; subtotal 1000; less 100 = 900; 10% tax = 90
    expect(response.body).toMatchObject({ subtotalCents: 1000, discountCents: 100, taxCents: 90, totalCents: 990 })
    expect(response.body.lines).toHaveLength(2)
    const onlyTax = await team.office.api.patch(`/bids/${bid.id}`, { taxRateBps: 0 })
    expect(onlyTax.body).toMatchObject({ subtotalCents: 1000, taxCents: 0, totalCents: 900 })
    expect(onlyTax.body.lines).toHaveLength(2)
  })
})

describe('listing bids', () => {
  test('filters by status and customer, searches number, title and customer name, and pages', async () => {
    const mine = await createBid(team.office, { customerId: otherCustomerId, title: 'Generator hookup' })
    await team.office.api.post(`/bids/${mine.id}/mark-sent`, {})
    const byCustomer = await team.office.api.get(`/bids?customerId=${otherCustomerId}`)
    expect(byCustomer.body.data.map((b: { id: string }) => b.id)).toEqual([mine.id])
    expect(byCustomer.body.data[0].lines).toBeUndefined()
    const sent = await team.office.api.get('/bids?status=sent&pageSize=100')
    expect(sent.body.data.every((b: { status: string }) => b.status === 'sent')).toBe(true)
    expect(sent.body.data.map((b: { id: string }) => b.id)).toContain(mine.id)
    expect((await team.office.api.get('/bids?search=generator')).body.data.map((b: { id: string }) => b.id)).toEqual([mine.id])
    expect((await team.office.api.get('/bids?search=omar')).body.data.map((b: { id: string }) => b.id)).toEqual([mine.id])
    expect((await team.office.api.get(`/bids?search=${mine.number}`)).body.data.map((b: { id: string }) => b.id)).toEqual([mine.id])
    const page = await team.office.api.get('/bids?pageSize=2&page=2')
    expect(page.body.data).toHaveLength(2)
    expect(page.body.total).toBeGreaterThan(4)
  })
})

describe('bad input is refused and writes nothing', () => {
  test.each([
    ['a negative quantity', { lines: [line({ quantity: '-1' })] }, 'lines.0.quantity'],
    ['a zero quantity', { lines: [line({ quantity: '0' })] }, 'lines.0.quantity'],
    ['a quantity with four decimals', { lines: [line({ quantity: '1.0005' })] }, 'lines.0.quantity'],
    ['a quantity that is not a number', { lines: [line({ quantity: 'two' })] }, 'lines.0.quantity'],
    ['a negative unit price', { lines: [line({ unitPriceCents: -500 })] }, 'lines.0.unitPriceCents'],
    ['a fractional cent', { lines: [line({ unitPriceCents: 10.5 })] }, 'lines.0.unitPriceCents'],
    ['an unknown line type', { lines: [line({ type: 'magic' })] }, 'lines.0.type'],
    ['a negative discount', { discountCents: -1 }, 'discountCents'],
    ['a tax rate above 100%', { taxRateBps: 10001 }, 'taxRateBps'],
    ['a discount larger than the subtotal', { lines: [line({ unitPriceCents: 1000 })], discountCents: 1001 }, 'discountCents'],
    ['an unknown field', { totalCents: 1 }, '(body)'],
  ])('%s', async (_name, body, path) => {
    const before = await counts()
    const response = await team.office.api.post('/bids', { customerId, lines: [line()], ...body })
    expect(response.status).toBe(422)
    expect(response.body.error.code).toBe('validation_failed')
    expect(response.body.error.details.map((d: { path: string }) => d.path)).toContain(path)
    expect(await counts()).toEqual(before)
  })

  test('a discount larger than the subtotal says what the subtotal is', async () => {
    const response = await team.office.api.post('/bids', { customerId, lines: [line({ unitPriceCents: 1000 })], discountCents: 1001 })
    expect(response.body.error.message).toContain('$10.00')
  })

  test('a bid for another company’s customer is refused and nothing is written', async () => {
    const before = await counts()
    const response = await team.office.api.post('/bids', { customerId: rivalCustomerId, lines: [line()] })
    expect(response.status).toBe(422)
    expect(response.body.error.details).toEqual([{ path: 'customerId', message: 'No such customer.' }])
    expect(await counts()).toEqual(before)
    const draft = await createBid()
    const moved = await team.office.api.patch(`/bids/${draft.id}`, { customerId: rivalCustomerId })
    expect(moved.status).toBe(422)
    expect((await team.office.api.get(`/bids/${draft.id}`)).body.customerId).toBe(customerId)
  })

  test('a job of another company cannot be linked', async () => {
    const jobId = await asAdmin(server, async (sql) => {
      const [job] = await sql<{ id: string }[]>`insert into jobs (company_id, customer_id, title, trade) values (${rival.companyId}, ${rivalCustomerId}, 'Their job', 'roofing') returning id`
      return job!.id
    })
    const before = await counts()
    const response = await team.office.api.post('/bids', { customerId, jobId, lines: [line()] })
    expect(response.status).toBe(422)
    expect(await counts()).toEqual(before)
  })
})

describe('the bid state machine', () => {
  const actions = ['mark-sent', 'accept', 'decline', 'expire'] as const
  const states = ['draft', 'sent', 'accepted', 'declined', 'expired'] as const
  const allowed: Record<(typeof states)[number], (typeof actions)[number][]> = {
    draft: ['mark-sent'],
    sent: ['accept', 'decline', 'expire'],
    accepted: [],
    declined: [],
    expired: [],
  }
  const reached = { 'mark-sent': 'sent', accept: 'accepted', decline: 'declined', expire: 'expired' } as const

  test.each(states)('every step not allowed from %s is a 409 that changes nothing', async (state) => {
    const bid = await bidIn(state)
    const refused = actions.filter((action) => !allowed[state].includes(action))
    for (const action of refused) {
      const response = await team.office.api.post(`/bids/${bid.id}/${action}`, {})
      expect(response.status, `${state} → ${action}`).toBe(409)
      expect(response.body.error.code).toBe('conflict')
      expect(response.body.error.message).toContain(bid.number)
    }
    expect((await team.office.api.get(`/bids/${bid.id}`)).body.status).toBe(state)
  })

  test.each(states.flatMap((state) => allowed[state].map((action) => [state, action] as const)))('a %s bid can %s', async (state, action) => {
    const bid = await bidIn(state)
    const response = await team.office.api.post(`/bids/${bid.id}/${action}`, {})
    expect(response.status).toBe(200)
    expect(response.body.status).toBe(reached[action])
  })

  test('transitions stamp when they happened, and a decline keeps its reason', async () => {
    const accepted = await bidIn('accepted')
    const got = (await team.office.api.get(`/bids/${accepted.id}`)).body
    expect(got.sentAt).not.toBeNull()
    expect(got.acceptedAt).not.toBeNull()
    const sent = await bidIn('sent')
    const declined = await team.office.api.post(`/bids/${sent.id}/decline`, { reason: 'Went with a cheaper quote' })
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'Went with a cheaper quote' })
    expect(declined.body.declinedAt).not.toBeNull()
  })

  test.each(['sent', 'accepted', 'declined', 'expired'] as const)('a bid that is %s cannot have its lines edited, nor be deleted', async (state) => {
    const bid = await bidIn(state)
    const edit = await team.office.api.patch(`/bids/${bid.id}`, { lines: [line({ unitPriceCents: 1 })] })
    expect(edit.status).toBe(409)
    expect((await team.office.api.delete(`/bids/${bid.id}`)).status).toBe(409)
    const after = (await team.office.api.get(`/bids/${bid.id}`)).body
    expect(after.lines[0].unitPriceCents).toBe(10000)
    expect(after.totalCents).toBe(10000)
  })

  test('a draft is deleted with its lines', async () => {
    const bid = await createBid()
    expect((await team.office.api.delete(`/bids/${bid.id}`)).status).toBe(204)
    expect((await team.office.api.get(`/bids/${bid.id}`)).status).toBe(404)
    const lines = await asAdmin(server, (sql) => sql`select 1 from bid_line_items where bid_id = ${bid.id}`)
    expect(lines.length).toBe(0)
  })

  test('a bid without lines cannot be sent', async () => {
    const bid = await createBid(team.office, { lines: [] })
    const response = await team.office.api.post(`/bids/${bid.id}/mark-sent`, {})
    expect(response.status).toBe(422)
    expect((await team.office.api.get(`/bids/${bid.id}`)).body.status).toBe('draft')
  })
})

describe('bids drafted by Z', () => {
  test('must be reviewed by a person before they are sent', async () => {
    const bid = await createBid()
    await asAdmin(server, (sql) => sql`update bids set created_by_ai = true where id = ${bid.id}`)
    const before = await counts()
    const blocked = await team.office.api.post(`/bids/${bid.id}/send`, {})
    expect(blocked.status).toBe(409)
    expect(blocked.body.error.message).toMatch(/review/i)
    expect((await team.office.api.post(`/bids/${bid.id}/mark-sent`, {})).status).toBe(409)
    expect(await counts()).toEqual(before)

    const reviewed = await team.office.api.post(`/bids/${bid.id}/review`, {})
    expect(reviewed.status).toBe(200)
    expect(reviewed.body).toMatchObject({ createdByAi: true, reviewedBy: team.office.userId })
    const sent = await team.office.api.post(`/bids/${bid.id}/send`, {})
    expect(sent.status).toBe(200)
    expect(sent.body.bid.status).toBe('sent')
  })

  test('only drafts are reviewed', async () => {
    const bid = await bidIn('sent')
    expect((await team.office.api.post(`/bids/${bid.id}/review`, {})).status).toBe(409)
  })
})

describe('sending a bid by email', () => {
  test('emails the PDF, records it in the outbox and marks the draft sent', async () => {
    const bid = await createBid()
    const response = await team.office.api.post(`/bids/${bid.id}/send`, {})
    expect(response.status).toBe(200)
    expect(response.body.bid.status).toBe('sent')
    expect(response.body.bid.sentAt).not.toBeNull()
    expect(response.body.email).toMatchObject({ to: 'dana@example.com', status: 'sent', error: null })
    expect(response.body.email.attachments).toEqual([expect.objectContaining({ name: `${bid.number}.pdf`, url: expect.stringMatching(/^\/api\/v1\/files\//) })])
    const [file] = await asAdmin(server, (sql) => sql<{ entity_type: string; entity_id: string; content_type: string }[]>`
      select entity_type, entity_id, content_type from files where id = ${response.body.email.attachments[0].fileId}`)
    expect(file).toEqual({ entity_type: 'document', entity_id: bid.id, content_type: 'application/pdf' })
  })

  test('a sent bid can be sent again and stays sent; the first resend is recorded as its follow-up', async () => {
    const bid = await bidIn('sent')
    expect(bid.followedUpAt).toBeNull()
    const response = await team.office.api.post(`/bids/${bid.id}/send`, {})
    expect(response.status).toBe(200)
    expect(response.body.bid.status).toBe('sent')
    const followedUpAt = response.body.bid.followedUpAt
    expect(Date.parse(followedUpAt)).toBeGreaterThan(Date.parse(response.body.bid.sentAt))
    const again = await team.office.api.post(`/bids/${bid.id}/send`, {})
    expect(again.body.bid.followedUpAt).toBe(followedUpAt)
  })

  test('converting a bid into a job carries its trade and kind of work over', async () => {
    const bid = await createBid(team.office, { trade: 'hvac', jobCategory: 'heat_pump_install' })
    await team.office.api.post(`/bids/${bid.id}/mark-sent`, {})
    await team.office.api.post(`/bids/${bid.id}/accept`, {})
    const converted = await team.office.api.post(`/bids/${bid.id}/convert`, { createJob: true, createInvoice: false })
    expect(converted.status).toBe(201)
    const job = await team.office.api.get(`/jobs/${converted.body.job.id}`)
    expect(job.body).toMatchObject({ trade: 'hvac', jobCategory: 'heat_pump_install' })
  })

  test('a bid records the trade and kind of work it is for, and a bad kind is refused', async () => {
    const bid = await createBid(team.office, { trade: 'electrical', jobCategory: 'Panel_Upgrade' })
    expect(bid).toMatchObject({ trade: 'electrical', jobCategory: 'panel_upgrade' })
    const edited = await team.office.api.patch(`/bids/${bid.id}`, { jobCategory: 'service_call' })
    expect(edited.body).toMatchObject({ trade: 'electrical', jobCategory: 'service_call' })
    const bad = await team.office.api.patch(`/bids/${bid.id}`, { trade: 'plumbing!', jobCategory: 'panel upgrade' })
    expect(bad.status).toBe(422)
    expect(JSON.stringify(bad.body.error)).toMatch(/Trade must be one of/)
    expect((await team.office.api.get(`/bids/${bid.id}`)).body.jobCategory).toBe('service_call')
  })

  test('a customer without an email address is a 422 that says to add one, and nothing is written', async () => {
    const bid = await createBid(team.office, { customerId: noEmailCustomerId })
    const before = await counts()
    const response = await team.office.api.post(`/bids/${bid.id}/send`, {})
    expect(response.status).toBe(422)
    expect(response.body.error.message).toMatch(/email/i)
    expect(response.body.error.message).toMatch(/add/i)
    expect(await counts()).toEqual(before)
    expect((await team.office.api.get(`/bids/${bid.id}`)).body.status).toBe('draft')
  })

  test.each(['accepted', 'declined', 'expired'] as const)('a bid that is %s cannot be sent', async (state) => {
    const bid = await bidIn(state)
    const before = await counts()
    expect((await team.office.api.post(`/bids/${bid.id}/send`, {})).status).toBe(409)
    expect(await counts()).toEqual(before)
  })
})

describe('duplicating and converting', () => {
  test('a duplicate is a new draft with the next number and the same lines and totals', async () => {
    const source = await bidIn('declined')
    const response = await team.office.api.post(`/bids/${source.id}/duplicate`, {})
    expect(response.status).toBe(201)
    const copy = response.body
    expect(copy.id).not.toBe(source.id)
    expect(copy.number).not.toBe(source.number)
    expect(copy.status).toBe('draft')
    expect(copy.totalCents).toBe(source.totalCents)
    expect(copy.lines.map((l: { description: string; quantity: string }) => [l.description, l.quantity])).toEqual(
      source.lines.map((l: { description: string; quantity: string }) => [l.description, l.quantity]),
    )
    expect(Number(copy.number.slice(4))).toBeGreaterThan(Number(source.number.slice(4)))
  })

  test('an accepted bid becomes a scheduled job and a draft invoice with its lines', async () => {
    const bid = await createBid(team.office, {
      title: 'Whole-house surge protection',
      lines: [line({ quantity: '1.5', unitPriceCents: 9999 }), line({ description: 'Surge device', type: 'material', unitPriceCents: 24900 })],
      discountCents: 500,
      taxRateBps: 635,
    })
    await team.office.api.post(`/bids/${bid.id}/mark-sent`, {})
    await team.office.api.post(`/bids/${bid.id}/accept`, {})
    const response = await team.office.api.post(`/bids/${bid.id}/convert`, { createJob: true, createInvoice: true })
    expect(response.status).toBe(201)
    const { job, invoiceId, bid: after } = response.body
    expect(job).toMatchObject({ title: 'Whole-house surge protection', status: 'scheduled' })
    expect(after.jobId).toBe(job.id)
    const [jobRow] = await asAdmin(server, (sql) => sql<{ customer_id: string; status: string }[]>`select customer_id, status from jobs where id = ${job.id}`)
    expect(jobRow).toEqual({ customer_id: customerId, status: 'scheduled' })

    const invoice = (await team.office.api.get(`/invoices/${invoiceId}`)).body
    expect(invoice).toMatchObject({ status: 'draft', bidId: bid.id, jobId: job.id, customerId, totalCents: bid.totalCents, taxCents: bid.taxCents, discountCents: 500 })
    expect(invoice.number).toMatch(/^INV-\d{4}$/)
    expect(invoice.lines.map((l: { quantity: string; totalCents: number }) => [l.quantity, l.totalCents])).toEqual(
      bid.lines.map((l: { quantity: string; totalCents: number }) => [l.quantity, l.totalCents]),
    )
    expect(after.invoices).toEqual([{ id: invoiceId, number: invoice.number, status: 'draft' }])
  })

  test('converting twice is refused with 409 and writes nothing', async () => {
    const bid = await bidIn('accepted')
    expect((await team.office.api.post(`/bids/${bid.id}/convert`, { createInvoice: true })).status).toBe(201)
    const before = await counts()
    const again = await team.office.api.post(`/bids/${bid.id}/convert`, { createInvoice: true, createJob: true })
    expect(again.status).toBe(409)
    expect(again.body.error.message).toMatch(/INV-\d{4}/)
    expect(await counts()).toEqual(before)
    // The job was not asked for the first time, so it can still be made alone.
    const job = await team.office.api.post(`/bids/${bid.id}/convert`, { createJob: true })
    expect(job.status).toBe(201)
    expect((await team.office.api.post(`/bids/${bid.id}/convert`, { createJob: true })).status).toBe(409)
  })

  test('voiding the invoice frees the bid to be billed again', async () => {
    const bid = await bidIn('accepted')
    const first = await team.office.api.post(`/bids/${bid.id}/convert`, { createInvoice: true })
    expect((await team.office.api.post(`/invoices/${first.body.invoiceId}/void`, {})).status).toBe(200)
    const second = await team.office.api.post(`/bids/${bid.id}/convert`, { createInvoice: true })
    expect(second.status).toBe(201)
    expect(second.body.invoiceId).not.toBe(first.body.invoiceId)
  })

  test.each(['draft', 'sent', 'declined', 'expired'] as const)('a bid that is %s cannot be converted', async (state) => {
    const bid = await bidIn(state)
    const before = await counts()
    expect((await team.office.api.post(`/bids/${bid.id}/convert`, { createJob: true, createInvoice: true })).status).toBe(409)
    expect(await counts()).toEqual(before)
  })

  test('converting to nothing is a 422', async () => {
    const bid = await bidIn('accepted')
    const response = await team.office.api.post(`/bids/${bid.id}/convert`, {})
    expect(response.status).toBe(422)
  })
})

describe('tenancy', () => {
  test('another company’s bid answers 404 to every route and is left unchanged', async () => {
    const bid = await createBid()
    const id = bid.id
    const api = rival.owner.api
    const attempts = [
      api.get(`/bids/${id}`),
      api.patch(`/bids/${id}`, { title: 'Hijacked' }),
      api.delete(`/bids/${id}`),
      api.raw('GET', `/bids/${id}/pdf`),
      api.post(`/bids/${id}/send`, {}),
      api.post(`/bids/${id}/mark-sent`, {}),
      api.post(`/bids/${id}/review`, {}),
      api.post(`/bids/${id}/duplicate`, {}),
      api.post(`/bids/${id}/convert`, { createInvoice: true }),
    ]
    expect((await Promise.all(attempts)).map((r) => r.status)).toEqual(Array(attempts.length).fill(404))
    const list = await api.get('/bids?pageSize=100')
    expect(list.body.data.map((b: { id: string }) => b.id)).not.toContain(id)
    const after = (await team.office.api.get(`/bids/${id}`)).body
    expect(after).toMatchObject({ status: 'draft', title: null, number: bid.number })
  })
})

describe('roles', () => {
  test('a tech gets 403 on every bids route', async () => {
    const bid = await createBid()
    const api = team.tech.api
    const attempts = [
      api.get('/bids'),
      api.post('/bids', { customerId, lines: [line()] }),
      api.get(`/bids/${bid.id}`),
      api.patch(`/bids/${bid.id}`, { title: 'x' }),
      api.delete(`/bids/${bid.id}`),
      api.raw('GET', `/bids/${bid.id}/pdf`),
      api.post(`/bids/${bid.id}/send`, {}),
      api.post(`/bids/${bid.id}/mark-sent`, {}),
      api.post(`/bids/${bid.id}/accept`, {}),
      api.post(`/bids/${bid.id}/decline`, {}),
      api.post(`/bids/${bid.id}/expire`, {}),
      api.post(`/bids/${bid.id}/review`, {}),
      api.post(`/bids/${bid.id}/duplicate`, {}),
      api.post(`/bids/${bid.id}/convert`, { createJob: true }),
    ]
    expect((await Promise.all(attempts)).map((r) => r.status)).toEqual(Array(attempts.length).fill(403))
    expect((await team.office.api.get(`/bids/${bid.id}`)).body).toMatchObject({ status: 'draft', title: null })
  })

  test('Row Level Security hides bids from a tech even without the API check', async () => {
    await createBid()
    const rows = await asUser(server, team.tech.userId, (sql) => sql`select id from bids union all select id from bid_line_items`)
    expect(rows.length).toBe(0)
  })

  test.each(['owner', 'admin', 'office'] as const)('%s can create, edit and delete a draft bid', async (role) => {
    const bid = await createBid(team[role])
    expect((await team[role].api.patch(`/bids/${bid.id}`, { title: `By ${role}` })).status).toBe(200)
    expect((await team[role].api.delete(`/bids/${bid.id}`)).status).toBe(204)
  })
})
