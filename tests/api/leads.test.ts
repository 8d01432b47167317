import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { apiAs, createTeam, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let a: Team
let b: Team

beforeAll(async () => {
  server = await startTestServer()
  ;[a, b] = await Promise.all([createTeam(server, 'Alpha Electric'), createTeam(server, 'Bravo Plumbing')])
})
afterAll(async () => {
  await server?.stop()
})

const rowCount = (sqlText: 'customers' | 'jobs' | 'leads', companyId: string) =>
  asAdmin(server, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from ${sql(sqlText)} where company_id = ${companyId}`)[0]!.n)

async function newLead(team: Team, body: Record<string, unknown>) {
  const created = await team.office.api.post('/leads', body)
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body as { id: string; stage: string; [key: string]: unknown }
}

describe('leads CRUD', () => {
  test('office creates, reads, lists, changes and deletes a lead', async () => {
    const lead = await newLead(a, {
      name: ' Priya Raman ',
      email: 'Priya@Example.com',
      phone: '(203) 555-0199',
      address: '42 Birch Rd, Hamden, CT',
      source: 'referral',
      trade: 'electrical',
      estimatedValueCents: 450000,
      notes: 'Wants an EV charger too',
      assignedTo: a.office.userId,
    })
    expect(lead).toMatchObject({
      name: 'Priya Raman',
      email: 'priya@example.com',
      stage: 'new',
      estimatedValueCents: 450000,
      assignedTo: a.office.userId,
      customerId: null,
      lostReason: null,
    })
    expect((await a.admin.api.get(`/leads/${lead.id}`)).body).toEqual(lead)

    const patched = await a.admin.api.patch(`/leads/${lead.id}`, { estimatedValueCents: 0, source: 'website', assignedTo: null })
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({ estimatedValueCents: 0, source: 'website', assignedTo: null, name: 'Priya Raman' })

    await newLead(a, { name: 'Other Person', source: 'Google' })
    const bySearch = await a.owner.api.get('/leads?search=priya')
    expect(bySearch.body.data.map((l: { id: string }) => l.id)).toEqual([lead.id])
    const bySource = await a.owner.api.get('/leads?source=google')
    expect(bySource.body.data.map((l: { name: string }) => l.name)).toEqual(['Other Person'])

    expect((await a.owner.api.delete(`/leads/${lead.id}`)).status).toBe(204)
    expect((await a.owner.api.get(`/leads/${lead.id}`)).status).toBe(404)
  })

  test('bad lead input is refused with details and nothing is written', async () => {
    const before = await rowCount('leads', a.companyId)
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ name: 'Neg', estimatedValueCents: -1 }, 'estimatedValueCents'],
      [{ name: 'Frac', estimatedValueCents: 10.5 }, 'estimatedValueCents'],
      [{ name: 'Stage', stage: 'maybe' }, 'stage'],
      [{ name: 'Trade', trade: 'astrology' }, 'trade'],
      [{ name: 'Lost', stage: 'lost' }, 'lostReason'],
      [{ name: 'Reason', stage: 'new', lostReason: 'Too pricey' }, 'lostReason'],
      [{ name: 'Tech', assignedTo: a.tech.userId }, 'assignedTo'],
      [{ name: 'Stranger', assignedTo: b.office.userId }, 'assignedTo'],
      [{ name: 'Extra', customerId: '00000000-0000-4000-8000-000000000000' }, '(body)'],
    ]
    for (const [body, path] of cases) {
      const response = await a.office.api.post('/leads', body)
      expect(response.status, JSON.stringify(body)).toBe(422)
      expect(response.body.error.details.map((d: { path: string }) => d.path), JSON.stringify(body)).toContain(path)
    }
    expect(await rowCount('leads', a.companyId)).toBe(before)
  })

  test('a lost lead keeps its reason: it cannot be cleared, and others cannot get one by patch', async () => {
    const lost = await newLead(a, { name: 'Went Elsewhere', stage: 'lost', lostReason: 'Chose a cheaper bid' })
    expect(lost.lostReason).toBe('Chose a cheaper bid')
    expect((await a.office.api.patch(`/leads/${lost.id}`, { lostReason: null })).status).toBe(422)
    expect((await a.office.api.patch(`/leads/${lost.id}`, { lostReason: 'Price' })).body.lostReason).toBe('Price')
    const open = await newLead(a, { name: 'Still Open' })
    expect((await a.office.api.patch(`/leads/${open.id}`, { lostReason: 'Nope' })).status).toBe(422)
    expect((await a.office.api.patch(`/leads/${open.id}`, { stage: 'won' })).status).toBe(422)
    expect((await a.office.api.get(`/leads/${open.id}`)).body).toMatchObject({ stage: 'new', lostReason: null })
  })
})

describe('the pipeline', () => {
  test('moving between stages follows the rules', async () => {
    const lead = await newLead(a, { name: 'Stage Walker' })
    for (const stage of ['contacted', 'bid_sent', 'qualified']) {
      const moved = await a.office.api.post(`/leads/${lead.id}/stage`, { stage })
      expect(moved.status).toBe(200)
      expect(moved.body.stage).toBe(stage)
    }
    const noReason = await a.office.api.post(`/leads/${lead.id}/stage`, { stage: 'lost' })
    expect(noReason.status).toBe(422)
    expect(noReason.body.error.details).toEqual([{ path: 'lostReason', message: 'Say why the lead was lost.' }])
    expect((await a.office.api.get(`/leads/${lead.id}`)).body.stage).toBe('qualified')

    const lost = await a.office.api.post(`/leads/${lead.id}/stage`, { stage: 'lost', lostReason: 'No budget this year' })
    expect(lost.body).toMatchObject({ stage: 'lost', lostReason: 'No budget this year' })
    const revived = await a.office.api.post(`/leads/${lead.id}/stage`, { stage: 'contacted' })
    expect(revived.body).toMatchObject({ stage: 'contacted', lostReason: null })
    expect((await a.office.api.post(`/leads/${lead.id}/stage`, { stage: 'contacted', lostReason: 'x' })).status).toBe(422)
    expect((await a.office.api.post(`/leads/${lead.id}/stage`, { stage: 'done' })).status).toBe(422)

    const audit = await asAdmin(server, (sql) => sql<{ changes: { from: string; to: string } }[]>`
      select changes from audit_log where entity_id = ${lead.id} and action = 'lead.stage' order by created_at, id`)
    expect(audit.map((row) => `${row.changes.from}→${row.changes.to}`)).toEqual([
      'new→contacted',
      'contacted→bid_sent',
      'bid_sent→qualified',
      'qualified→lost',
      'lost→contacted',
    ])
  })

  test('the kanban has every stage in order with counts, values and leads', async () => {
    // Bravo has no leads of its own yet: a clean board.
    const team = b
    const make = async (name: string, stage: string, value: number | null, extra: Record<string, unknown> = {}) =>
      newLead(team, { name, stage, estimatedValueCents: value, ...extra })
    await make('N1', 'new', 100_00)
    await make('N2', 'new', null)
    await make('Q1', 'qualified', 2_500_00, { assignedTo: team.admin.userId })
    await make('B1', 'bid_sent', 9_999_99)
    const latest = await make('N3', 'new', 50)
    await make('L1', 'lost', 10_00, { lostReason: 'Moved away' })

    const board = await team.owner.api.get('/leads/kanban')
    expect(board.status).toBe(200)
    expect(board.body.columns.map((c: { stage: string; count: number; valueCents: number }) => [c.stage, c.count, c.valueCents])).toEqual([
      ['new', 3, 100_50],
      ['contacted', 0, 0],
      ['qualified', 1, 2_500_00],
      ['bid_sent', 1, 9_999_99],
      ['won', 0, 0],
      ['lost', 1, 10_00],
    ])
    expect(board.body.columns[0].leads.map((l: { name: string }) => l.name)).toEqual(['N3', 'N2', 'N1'])

    // Moving a card puts it on top of its new column.
    await team.office.api.post(`/leads/${latest.id}/stage`, { stage: 'qualified' })
    const limited = await team.owner.api.get('/leads/kanban?limit=1')
    const qualified = limited.body.columns.find((c: { stage: string }) => c.stage === 'qualified')
    expect(qualified).toMatchObject({ count: 2, valueCents: 2_500_50 })
    expect(qualified.leads.map((l: { name: string }) => l.name)).toEqual(['N3'])
    expect(limited.body.columns[0]).toMatchObject({ count: 2, leads: [expect.objectContaining({ name: 'N2' })] })

    const mine = await team.owner.api.get(`/leads/kanban?assignedTo=${team.admin.userId}`)
    expect(mine.body.columns.flatMap((c: { leads: { name: string }[] }) => c.leads.map((l) => l.name))).toEqual(['Q1'])
  })
})

describe('converting a lead', () => {
  test('a lead becomes a customer and a scheduled job, and is won', async () => {
    const lead = await newLead(a, {
      name: 'Convert Me',
      email: 'convert@example.com',
      phone: '860-555-0101',
      address: '1 Convert Ct',
      notes: 'Gate code 1234',
      trade: 'electrical',
      stage: 'bid_sent',
    })
    const response = await a.office.api.post(`/leads/${lead.id}/convert`, { createJob: { title: 'Service upgrade', scheduledStart: '2025-06-02T08:00:00-04:00' } })
    expect(response.status).toBe(201)
    const { customer, job } = response.body
    expect(customer).toMatchObject({ name: 'Convert Me', email: 'convert@example.com', phone: '860-555-0101', address: '1 Convert Ct', notes: 'Gate code 1234' })
    expect(response.body.lead).toMatchObject({ id: lead.id, stage: 'won', customerId: customer.id })
    expect(job).toMatchObject({ customerId: customer.id, title: 'Service upgrade', trade: 'electrical', status: 'scheduled', scheduledStart: '2025-06-02T12:00:00.000Z' })

    expect((await a.owner.api.get(`/customers/${customer.id}`)).body.name).toBe('Convert Me')
    const [jobRow] = await asAdmin(server, (sql) => sql<{ customer_id: string; address: string; created_by: string }[]>`
      select customer_id, address, created_by from jobs where id = ${job.id}`)
    expect(jobRow).toEqual({ customer_id: customer.id, address: '1 Convert Ct', created_by: a.office.userId })

    const customersBefore = await rowCount('customers', a.companyId)
    const again = await a.office.api.post(`/leads/${lead.id}/convert`, {})
    expect(again.status).toBe(409)
    expect(again.body.error.message).toMatch(/already converted.*Convert Me/)
    expect(await rowCount('customers', a.companyId)).toBe(customersBefore)

    const moved = await a.office.api.post(`/leads/${lead.id}/stage`, { stage: 'lost', lostReason: 'Changed mind' })
    expect(moved.status).toBe(409)
    expect((await a.office.api.get(`/leads/${lead.id}`)).body.stage).toBe('won')
  })

  test('converting without a body creates only the customer', async () => {
    const lead = await newLead(a, { name: 'Customer Only', stage: 'lost', lostReason: 'Came back later' })
    const jobsBefore = await rowCount('jobs', a.companyId)
    const response = await a.office.api.raw('POST', `/leads/${lead.id}/convert`)
    expect(response.status).toBe(201)
    const body = (await response.json()) as any
    expect(body.job).toBeNull()
    expect(body.lead).toMatchObject({ stage: 'won', lostReason: null, customerId: body.customer.id })
    expect(await rowCount('jobs', a.companyId)).toBe(jobsBefore)
  })

  test('a job without a trade is refused and nothing is written', async () => {
    const lead = await newLead(a, { name: 'No Trade' })
    const [customersBefore, jobsBefore] = [await rowCount('customers', a.companyId), await rowCount('jobs', a.companyId)]
    const response = await a.office.api.post(`/leads/${lead.id}/convert`, { createJob: { title: 'Something' } })
    expect(response.status).toBe(422)
    expect(response.body.error.details).toEqual([{ path: 'createJob.trade', message: expect.any(String) }])
    const badDate = await a.office.api.post(`/leads/${lead.id}/convert`, { createJob: { title: 'X', trade: 'hvac', scheduledStart: 'next tuesday' } })
    expect(badDate.status).toBe(422)
    expect(await rowCount('customers', a.companyId)).toBe(customersBefore)
    expect(await rowCount('jobs', a.companyId)).toBe(jobsBefore)
    expect((await a.office.api.get(`/leads/${lead.id}`)).body).toMatchObject({ stage: 'new', customerId: null })
  })
})

describe('who may reach leads', () => {
  test('a tech gets 403 on every leads endpoint and nothing is written', async () => {
    const lead = await newLead(a, { name: 'Hidden From Tech' })
    const api = a.tech.api
    const responses = [
      await api.get('/leads'),
      await api.get('/leads/kanban'),
      await api.get(`/leads/${lead.id}`),
      await api.post('/leads', { name: 'By tech' }),
      await api.patch(`/leads/${lead.id}`, { name: 'Renamed' }),
      await api.post(`/leads/${lead.id}/stage`, { stage: 'contacted' }),
      await api.post(`/leads/${lead.id}/convert`, {}),
      await api.delete(`/leads/${lead.id}`),
    ]
    expect(responses.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403, 403, 403])
    expect((await a.owner.api.get(`/leads/${lead.id}`)).body).toMatchObject({ name: 'Hidden From Tech', stage: 'new', customerId: null })
  })

  test('owner, admin and office can all work leads', async () => {
    for (const role of ['owner', 'admin', 'office'] as const) {
      const created = await a[role].api.post('/leads', { name: `Lead by ${role}` })
      expect(created.status).toBe(201)
      expect((await a[role].api.post(`/leads/${created.body.id}/stage`, { stage: 'contacted' })).status).toBe(200)
    }
  })

  test('another company’s lead is 404 for every operation', async () => {
    const lead = await newLead(a, { name: 'Alpha Only Lead' })
    const api = b.owner.api
    const responses = [
      await api.get(`/leads/${lead.id}`),
      await api.patch(`/leads/${lead.id}`, { name: 'Hijacked' }),
      await api.post(`/leads/${lead.id}/stage`, { stage: 'won' }),
      await api.post(`/leads/${lead.id}/convert`, {}),
      await api.delete(`/leads/${lead.id}`),
    ]
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404, 404])
    const list = await api.get('/leads?pageSize=100')
    expect(list.body.data.map((l: { name: string }) => l.name)).not.toContain('Alpha Only Lead')
    expect((await a.owner.api.get(`/leads/${lead.id}`)).body).toMatchObject({ name: 'Alpha Only Lead', stage: 'new', customerId: null })
  })
})

test('the OpenAPI document lists the leads endpoints', async () => {
  const { body } = await apiAs(server).get('/openapi.json')
  for (const path of ['/api/v1/leads', '/api/v1/leads/kanban', '/api/v1/leads/{id}', '/api/v1/leads/{id}/stage', '/api/v1/leads/{id}/convert']) {
    expect(Object.keys(body.paths)).toContain(path)
  }
  expect(body.components.schemas.LeadKanban).toBeDefined()
  expect(body.components.schemas.ConvertLeadResult).toBeDefined()
})
