import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, signUp, type Account, type Team } from '../support/api'
import { asAdmin, asUser } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let a: Team
let b: Team
let priyaHome: Account
let samHome: Account
/** Priya at company a, with a property and a water heater there. */
let priya: string
let priyaProperty: string
let priyaHeater: string
/** Sam at company a, with a furnace. */
let sam: string
let samFurnace: string
/** Priya's record at company b, with a boiler. */
let priyaAtB: string
let bBoiler: string

async function newCustomer(team: Team, body: Record<string, unknown>) {
  const created = await team.office.api.post('/customers', body)
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.id as string
}

async function newEquipment(team: Team, customerId: string, body: Record<string, unknown>) {
  const created = await team.office.api.post(`/customers/${customerId}/equipment`, body)
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.id as string
}

const link = (customerId: string, userId: string) =>
  asAdmin(server, (sql) => sql`update customers set portal_user_id = ${userId} where id = ${customerId}`)

const leadCount = () => asAdmin(server, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from leads`)[0]!.n)

async function request(home: Account, customerId: string, body: Record<string, unknown>) {
  const created = await home.api.post(`/portal/customers/${customerId}/requests`, body)
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body as { id: string; type: string; status: string; description: string; equipment: { id: string; kind: string } | null; createdAt: string }
}

beforeAll(async () => {
  server = await startTestServer()
  ;[a, b, priyaHome, samHome] = await Promise.all([createTeam(server, 'Alpha Plumbing'), createTeam(server, 'Bravo Heating'), signUp(server, 'priya'), signUp(server, 'sam')])
  ;[priya, sam, priyaAtB] = await Promise.all([
    newCustomer(a, { name: 'Priya Raman', email: 'priya@example.com', phone: '(203) 555-0199', address: '1 Billing Way, Hamden, CT' }),
    newCustomer(a, { name: 'Sam Ortiz', address: '9 Elm St, New Haven, CT' }),
    newCustomer(b, { name: 'Priya Raman', address: '1 Billing Way, Hamden, CT' }),
  ])
  const property = await a.office.api.post(`/customers/${priya}/properties`, { label: 'Home', address: '42 Birch Rd', city: 'Hamden', state: 'CT', postalCode: '06514' })
  expect(property.status).toBe(201)
  priyaProperty = property.body.id
  ;[priyaHeater, samFurnace, bBoiler] = await Promise.all([
    newEquipment(a, priya, { kind: 'Water heater', make: 'Rheem', model: 'XE50', propertyId: priyaProperty, installDate: '2017-05-01' }),
    newEquipment(a, sam, { kind: 'Furnace', make: 'Carrier' }),
    newEquipment(b, priyaAtB, { kind: 'Boiler', make: 'Weil-McLain' }),
  ])
  await Promise.all([link(priya, priyaHome.userId), link(sam, samHome.userId), link(priyaAtB, priyaHome.userId)])
})
afterAll(async () => {
  await server?.stop()
})

describe('a service request from the portal', () => {
  test('lands in the CRM as a new client-portal lead with its type, equipment and property', async () => {
    const created = await request(priyaHome, priya, { type: 'problem', description: '  The water heater is leaking.  ', equipmentId: priyaHeater })
    expect(created).toEqual({
      id: expect.any(String),
      type: 'problem',
      status: 'received',
      description: 'The water heater is leaking.',
      equipment: { id: priyaHeater, kind: 'Water heater' },
      createdAt: expect.any(String),
    })

    const leads = await a.office.api.get('/leads?source=client_portal')
    expect(leads.status).toBe(200)
    const lead = leads.body.data.find((l: { id: string }) => l.id === created.id)
    expect(lead).toMatchObject({
      name: 'Priya Raman',
      email: 'priya@example.com',
      phone: '(203) 555-0199',
      // The equipment's property gives the address when no property is named.
      address: '42 Birch Rd, Hamden, CT 06514',
      source: 'client_portal',
      stage: 'new',
      requestType: 'problem',
      notes: 'The water heater is leaking.',
      customerId: priya,
      equipment: { id: priyaHeater, kind: 'Water heater', make: 'Rheem', model: 'XE50' },
      property: { id: priyaProperty, address: '42 Birch Rd, Hamden, CT 06514' },
    })
    expect((await a.owner.api.get(`/leads/${created.id}`)).body).toEqual(lead)
    const board = await a.owner.api.get('/leads/kanban')
    expect(board.body.columns[0].leads.find((l: { id: string }) => l.id === created.id)).toEqual(lead)
    // Leads the contractor adds carry none of it.
    const manual = await a.office.api.post('/leads', { name: 'Walk-in', source: 'referral' })
    expect(manual.body).toMatchObject({ requestType: null, equipment: null, property: null, source: 'referral' })

    const [audit] = await asAdmin(server, (sql) => sql`select company_id, actor_user_id, action, entity_type from audit_log where entity_id = ${created.id}`)
    expect(audit).toEqual({ company_id: a.companyId, actor_user_id: priyaHome.userId, action: 'service_request.create', entity_type: 'lead' })
    const [row] = await asAdmin(server, (sql) => sql`select requested_by, company_id from leads where id = ${created.id}`)
    expect(row).toEqual({ requested_by: priyaHome.userId, company_id: a.companyId })
  })

  test('without equipment or property it uses the customer’s address; a named property gives its own', async () => {
    const plain = await request(priyaHome, priya, { type: 'schedule_service', description: 'Annual check, please.' })
    expect(plain.equipment).toBeNull()
    const atHome = await request(priyaHome, priya, { type: 'equipment_question', description: 'Which filter?', propertyId: priyaProperty })
    const leads = (await a.office.api.get('/leads?source=client_portal&pageSize=100')).body.data as Record<string, any>[]
    expect(leads.find((l) => l.id === plain.id)).toMatchObject({ address: '1 Billing Way, Hamden, CT', property: null, equipment: null, requestType: 'schedule_service' })
    expect(leads.find((l) => l.id === atHome.id)).toMatchObject({ address: '42 Birch Rd, Hamden, CT 06514', property: { id: priyaProperty }, requestType: 'equipment_question' })
  })

  test('its status follows the lead through the pipeline', async () => {
    const created = await request(samHome, sam, { type: 'problem', description: 'No heat.', equipmentId: samFurnace })
    const statusOf = async () => (await samHome.api.get(`/portal/customers/${sam}/requests`)).body.find((r: { id: string }) => r.id === created.id).status
    for (const [stage, status] of [
      ['contacted', 'in_review'],
      ['qualified', 'in_review'],
      ['bid_sent', 'quoted'],
      ['won', 'scheduled'],
      ['lost', 'closed'],
      ['new', 'received'],
    ] as const) {
      const moved = await a.office.api.post(`/leads/${created.id}/stage`, stage === 'lost' ? { stage, lostReason: 'Went elsewhere' } : { stage })
      expect(moved.status, JSON.stringify(moved.body)).toBe(200)
      expect(await statusOf(), stage).toBe(status)
    }
    // The lead names its customer from the start: converting it again is refused with a pointer to the customer.
    const convert = await a.office.api.post(`/leads/${created.id}/convert`, {})
    expect(convert.status).toBe(409)
    expect(convert.body.error.message).toContain('Sam Ortiz')
  })
})

describe('bad input and security', () => {
  test('the contractor’s notes on the lead never reach the homeowner; they read back their own words', async () => {
    const created = await request(samHome, sam, { type: 'schedule_service', description: 'Annual furnace tune-up, mornings please.' })
    const edited = await a.office.api.patch(`/leads/${created.id}`, { notes: 'Internal: slow payer, quote high.', estimatedValueCents: 45_000 })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    const listed = await samHome.api.get(`/portal/customers/${sam}/requests`)
    const mine = listed.body.find((r: { id: string }) => r.id === created.id)
    expect(mine.description).toBe('Annual furnace tune-up, mornings please.')
    expect(JSON.stringify(listed.body)).not.toMatch(/slow payer|45000|45_000/)
  })

  test('someone else’s equipment or property is a 422 and nothing is written', async () => {
    const before = await leadCount()
    const cases: [Record<string, unknown>, string[]][] = [
      [{ type: 'problem', description: 'x', equipmentId: samFurnace }, ['equipmentId']],
      [{ type: 'problem', description: 'x', equipmentId: bBoiler }, ['equipmentId']],
      [{ type: 'problem', description: 'x', equipmentId: '00000000-0000-4000-8000-000000000000' }, ['equipmentId']],
      [{ type: 'problem', description: 'x', equipmentId: samFurnace, propertyId: '00000000-0000-4000-8000-000000000000' }, ['equipmentId', 'propertyId']],
      [{ type: 'fix-it', description: 'x' }, ['type']],
      [{ type: 'problem', description: '   ' }, ['description']],
      [{ type: 'problem', description: 'x'.repeat(2001) }, ['description']],
      [{ type: 'problem' }, ['description']],
      [{ type: 'problem', description: 'x', equipmentId: 'heater' }, ['equipmentId']],
      [{ type: 'problem', description: 'x', stage: 'won' }, ['(body)']],
    ]
    for (const [body, paths] of cases) {
      const response = await priyaHome.api.post(`/portal/customers/${priya}/requests`, body)
      expect(response.status, JSON.stringify(body)).toBe(422)
      expect(response.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(paths)
    }
    // Company b's boiler is Priya's own, but on her record with the other contractor.
    const other = await priyaHome.api.post(`/portal/customers/${priyaAtB}/requests`, { type: 'problem', description: 'x', equipmentId: priyaHeater })
    expect(other.status).toBe(422)
    expect(await leadCount()).toBe(before)
  })

  test('a homeowner lists only their own requests, and another customer’s id is a 404', async () => {
    const mine = await request(priyaHome, priyaAtB, { type: 'problem', description: 'Boiler noise.', equipmentId: bBoiler })
    const sams = await request(samHome, sam, { type: 'schedule_service', description: 'Tune-up.' })
    // The contractor's own lead for the same customer is not a request of hers.
    await asAdmin(server, (sql) => sql`insert into leads (company_id, name, customer_id, source) values (${b.companyId}, 'Priya Raman', ${priyaAtB}, 'referral')`)

    const atB = await priyaHome.api.get(`/portal/customers/${priyaAtB}/requests`)
    expect(atB.body).toEqual([mine])
    const atA = (await priyaHome.api.get(`/portal/customers/${priya}/requests`)).body.map((r: { id: string }) => r.id)
    expect(atA).not.toContain(mine.id)
    expect(atA).not.toContain(sams.id)
    expect((await samHome.api.get(`/portal/customers/${sam}/requests`)).body.map((r: { id: string }) => r.id)).toContain(sams.id)

    const before = await leadCount()
    expect((await samHome.api.get(`/portal/customers/${priya}/requests`)).status).toBe(404)
    expect((await samHome.api.post(`/portal/customers/${priya}/requests`, { type: 'problem', description: 'Not mine' })).status).toBe(404)
    expect((await a.owner.api.post(`/portal/customers/${priya}/requests`, { type: 'problem', description: 'Staff' })).status).toBe(404)
    expect((await samHome.api.get('/portal/customers/00000000-0000-4000-8000-000000000000/requests')).status).toBe(404)
    expect(await leadCount()).toBe(before)

    // Raw SQL as Sam: only his own requests, none of the contractor's pipeline.
    const visible = await asUser(server, samHome.userId, (sql) => sql`select requested_by from leads`)
    expect(visible.length).toBeGreaterThan(0)
    expect(visible.every((r) => r.requested_by === samHome.userId)).toBe(true)
  })

  test('with raw SQL a homeowner can add only a new client-portal request of their own', async () => {
    const valid = { company_id: a.companyId, customer_id: sam, name: 'Sam Ortiz', source: 'client_portal', stage: 'new', request_type: 'problem', requested_by: samHome.userId }
    const attempts: [string, Record<string, unknown>][] = [
      ['another source', { ...valid, source: 'website' }],
      ['a later stage', { ...valid, stage: 'won' }],
      ['no request type', { ...valid, request_type: null }],
      ['as someone else', { ...valid, requested_by: priyaHome.userId }],
      ['for another customer', { ...valid, customer_id: priya }],
      ['in another company', { ...valid, company_id: b.companyId }],
    ]
    for (const [label, row] of attempts) {
      const code = await asUser(server, samHome.userId, (sql) => sql`insert into leads ${sql(row)}`).then(
        () => null,
        (e: { code?: string }) => e.code,
      )
      expect(code, label).toBe('42501')
    }
    const updated = await asUser(server, samHome.userId, async (sql) => (await sql`update leads set stage = 'won' where requested_by = ${samHome.userId}`).count)
    expect(updated).toBe(0)
  })

  test('techs do not see portal requests in the pipeline; without a sign-in it is 401', async () => {
    expect((await a.tech.api.get('/leads')).status).toBe(403)
    const response = await fetch(`${server.url}/api/v1/portal/customers/${priya}/requests`)
    expect(response.status).toBe(401)
  })
})
