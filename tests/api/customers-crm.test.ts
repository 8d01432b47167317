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

const count = (table: 'properties' | 'equipment', customerId: string) =>
  asAdmin(server, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from ${sql(table)} where customer_id = ${customerId}`)[0]!.n)

async function newCustomer(team: Team, name: string): Promise<string> {
  const created = await team.owner.api.post('/customers', { name })
  expect(created.status).toBe(201)
  return created.body.id
}

/** `YYYY-MM-DD` that many years and days before today (UTC). */
function dateBefore(years: number, days = 0): string {
  const date = new Date()
  date.setUTCFullYear(date.getUTCFullYear() - years)
  date.setUTCDate(date.getUTCDate() - days)
  return date.toISOString().slice(0, 10)
}

describe('properties of a customer', () => {
  test('office staff add, list, change and delete a property', async () => {
    const customerId = await newCustomer(a, 'Dana Whitfield')
    const created = await a.office.api.post(`/customers/${customerId}/properties`, {
      label: 'Main house',
      address: ' 18 Orchard Ln ',
      city: 'Glastonbury',
      state: 'CT',
      postalCode: '06033',
      yearBuilt: 1987,
      squareFeet: 2150,
      notes: '',
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ customerId, label: 'Main house', address: '18 Orchard Ln', yearBuilt: 1987, squareFeet: 2150, notes: null })
    await a.office.api.post(`/customers/${customerId}/properties`, { address: '4 Lake Rd', label: 'Cabin' })

    const list = await a.tech.api.get(`/customers/${customerId}/properties`)
    expect(list.status).toBe(200)
    expect(list.body.data.map((p: { address: string }) => p.address)).toEqual(['18 Orchard Ln', '4 Lake Rd'])

    const patched = await a.office.api.patch(`/customers/${customerId}/properties/${created.body.id}`, { squareFeet: 2400, label: null })
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({ squareFeet: 2400, label: null, address: '18 Orchard Ln', city: 'Glastonbury' })

    expect((await a.office.api.delete(`/customers/${customerId}/properties/${created.body.id}`)).status).toBe(204)
    const after = await a.office.api.get(`/customers/${customerId}/properties`)
    expect(after.body.data.map((p: { address: string }) => p.address)).toEqual(['4 Lake Rd'])
  })

  test('bad property input is refused with field details and nothing is written', async () => {
    const customerId = await newCustomer(a, 'Bad Property Input')
    const cases = [
      { label: 'no address' },
      { address: '   ' },
      { address: '1 Main St', yearBuilt: new Date().getUTCFullYear() + 5 },
      { address: '1 Main St', squareFeet: -10 },
      { address: '1 Main St', yearBuilt: 1990.5 },
      { address: '1 Main St', customerId },
    ]
    for (const body of cases) {
      const response = await a.owner.api.post(`/customers/${customerId}/properties`, body)
      expect(response.status, JSON.stringify(body)).toBe(422)
      expect(response.body.error.details.length).toBeGreaterThan(0)
    }
    expect(await count('properties', customerId)).toBe(0)
  })

  test('a tech can read properties but not add, change or delete them', async () => {
    const customerId = await newCustomer(a, 'Tech Reads Properties')
    const created = await a.owner.api.post(`/customers/${customerId}/properties`, { address: '9 Elm St' })
    expect((await a.tech.api.post(`/customers/${customerId}/properties`, { address: '10 Elm St' })).status).toBe(403)
    expect((await a.tech.api.patch(`/customers/${customerId}/properties/${created.body.id}`, { address: 'Moved' })).status).toBe(403)
    expect((await a.tech.api.delete(`/customers/${customerId}/properties/${created.body.id}`)).status).toBe(403)
    const list = await a.tech.api.get(`/customers/${customerId}/properties`)
    expect(list.body.data.map((p: { address: string }) => p.address)).toEqual(['9 Elm St'])
  })

  test('a property is only reachable under its own customer', async () => {
    const owner = await newCustomer(a, 'Property Owner')
    const other = await newCustomer(a, 'Someone Else')
    const property = await a.owner.api.post(`/customers/${owner}/properties`, { address: '1 Owner Way' })
    expect((await a.owner.api.patch(`/customers/${other}/properties/${property.body.id}`, { address: 'Stolen' })).status).toBe(404)
    expect((await a.owner.api.delete(`/customers/${other}/properties/${property.body.id}`)).status).toBe(404)
    const list = await a.owner.api.get(`/customers/${owner}/properties`)
    expect(list.body.data).toEqual([expect.objectContaining({ id: property.body.id, address: '1 Owner Way' })])
  })

  test('another company cannot list, add to, change or delete a customer’s properties', async () => {
    const customerId = await newCustomer(a, 'Alpha Property Customer')
    const property = await a.owner.api.post(`/customers/${customerId}/properties`, { address: '77 Alpha Ave' })
    expect((await b.owner.api.get(`/customers/${customerId}/properties`)).status).toBe(404)
    expect((await b.owner.api.post(`/customers/${customerId}/properties`, { address: 'Planted' })).status).toBe(404)
    expect((await b.owner.api.patch(`/customers/${customerId}/properties/${property.body.id}`, { address: 'Hijacked' })).status).toBe(404)
    expect((await b.owner.api.delete(`/customers/${customerId}/properties/${property.body.id}`)).status).toBe(404)
    expect(await count('properties', customerId)).toBe(1)
    const list = await a.owner.api.get(`/customers/${customerId}/properties`)
    expect(list.body.data[0].address).toBe('77 Alpha Ave')
  })
})

describe('equipment of a customer', () => {
  test('equipment is recorded at a property with its age and warranty state', async () => {
    const customerId = await newCustomer(a, 'Equipment Owner')
    const property = await a.owner.api.post(`/customers/${customerId}/properties`, { address: '5 Boiler Rd' })
    const installDate = dateBefore(8, 10)
    const heater = await a.office.api.post(`/customers/${customerId}/equipment`, {
      kind: 'Water heater',
      make: 'Rheem',
      model: 'XE50',
      serialNumber: 'Q0915',
      installDate,
      warrantyExpiresOn: dateBefore(-4),
      warrantyNotes: 'Tank 12 years',
      propertyId: property.body.id,
    })
    expect(heater.status).toBe(201)
    expect(heater.body).toMatchObject({ customerId, propertyId: property.body.id, kind: 'Water heater', installDate, ageYears: 8, warrantyActive: true })

    const panel = await a.office.api.post(`/customers/${customerId}/equipment`, { kind: 'Electrical panel', installDate: dateBefore(20, 3), warrantyExpiresOn: dateBefore(10) })
    expect(panel.body).toMatchObject({ ageYears: 20, warrantyActive: false, propertyId: null })
    const unknown = await a.office.api.post(`/customers/${customerId}/equipment`, { kind: 'Condenser' })
    expect(unknown.body).toMatchObject({ ageYears: null, warrantyActive: null })
    const newToday = await a.office.api.post(`/customers/${customerId}/equipment`, { kind: 'Thermostat', installDate: dateBefore(0), warrantyExpiresOn: dateBefore(0) })
    expect(newToday.body).toMatchObject({ ageYears: 0, warrantyActive: true })

    const list = await a.tech.api.get(`/customers/${customerId}/equipment`)
    expect(list.status).toBe(200)
    expect(list.body.data.map((e: { kind: string }) => e.kind)).toEqual(['Condenser', 'Electrical panel', 'Thermostat', 'Water heater'])

    const patched = await a.office.api.patch(`/customers/${customerId}/equipment/${heater.body.id}`, { warrantyExpiresOn: dateBefore(1), notes: 'Anode replaced' })
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({ warrantyActive: false, notes: 'Anode replaced', make: 'Rheem', ageYears: 8 })

    expect((await a.office.api.delete(`/customers/${customerId}/equipment/${unknown.body.id}`)).status).toBe(204)
    expect(await count('equipment', customerId)).toBe(3)
  })

  test('deleting a property keeps its equipment without the link', async () => {
    const customerId = await newCustomer(a, 'Property Goes Away')
    const property = await a.owner.api.post(`/customers/${customerId}/properties`, { address: '3 Gone St' })
    const item = await a.owner.api.post(`/customers/${customerId}/equipment`, { kind: 'Furnace', propertyId: property.body.id })
    await a.owner.api.delete(`/customers/${customerId}/properties/${property.body.id}`)
    const list = await a.owner.api.get(`/customers/${customerId}/equipment`)
    expect(list.body.data).toEqual([expect.objectContaining({ id: item.body.id, propertyId: null })])
  })

  test('equipment rules across fields and rows are enforced and nothing is written', async () => {
    const customerId = await newCustomer(a, 'Equipment Rules')
    const other = await newCustomer(a, 'Other Equipment Customer')
    const othersProperty = await a.owner.api.post(`/customers/${other}/properties`, { address: '8 Not Yours Ln' })
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: '' }, 'kind'],
      [{ kind: 'Boiler', installDate: '2024-02-30' }, 'installDate'],
      [{ kind: 'Boiler', installDate: dateBefore(-1) }, 'installDate'],
      [{ kind: 'Boiler', installDate: dateBefore(2), warrantyExpiresOn: dateBefore(3) }, 'warrantyExpiresOn'],
      [{ kind: 'Boiler', propertyId: othersProperty.body.id }, 'propertyId'],
      [{ kind: 'Boiler', propertyId: 'not-a-uuid' }, 'propertyId'],
      [{ kind: 'Boiler', ageYears: 3 }, '(body)'],
    ]
    for (const [body, path] of cases) {
      const response = await a.owner.api.post(`/customers/${customerId}/equipment`, body)
      expect(response.status, JSON.stringify(body)).toBe(422)
      expect(response.body.error.details.map((d: { path: string }) => d.path), JSON.stringify(body)).toContain(path)
    }
    expect(await count('equipment', customerId)).toBe(0)

    const item = await a.owner.api.post(`/customers/${customerId}/equipment`, { kind: 'Boiler', installDate: dateBefore(5) })
    const backwards = await a.owner.api.patch(`/customers/${customerId}/equipment/${item.body.id}`, { warrantyExpiresOn: dateBefore(6) })
    expect(backwards.status).toBe(422)
    expect(backwards.body.error.details).toEqual([{ path: 'warrantyExpiresOn', message: expect.stringMatching(/before the install/) }])
    const moved = await a.owner.api.patch(`/customers/${customerId}/equipment/${item.body.id}`, { propertyId: othersProperty.body.id })
    expect(moved.status).toBe(422)
    const unchanged = await a.owner.api.get(`/customers/${customerId}/equipment`)
    expect(unchanged.body.data).toEqual([expect.objectContaining({ warrantyExpiresOn: null, propertyId: null })])
  })

  test('equipment is only reachable under its own customer and company', async () => {
    const customerId = await newCustomer(a, 'Alpha Equipment Customer')
    const other = await newCustomer(a, 'Alpha Other')
    const item = await a.owner.api.post(`/customers/${customerId}/equipment`, { kind: 'Heat pump' })
    expect((await a.owner.api.patch(`/customers/${other}/equipment/${item.body.id}`, { kind: 'Swapped' })).status).toBe(404)
    expect((await a.owner.api.delete(`/customers/${other}/equipment/${item.body.id}`)).status).toBe(404)
    expect((await b.owner.api.get(`/customers/${customerId}/equipment`)).status).toBe(404)
    expect((await b.owner.api.post(`/customers/${customerId}/equipment`, { kind: 'Planted' })).status).toBe(404)
    expect((await b.owner.api.patch(`/customers/${customerId}/equipment/${item.body.id}`, { kind: 'Hijacked' })).status).toBe(404)
    expect((await b.owner.api.delete(`/customers/${customerId}/equipment/${item.body.id}`)).status).toBe(404)
    expect((await a.tech.api.post(`/customers/${customerId}/equipment`, { kind: 'By tech' })).status).toBe(403)
    const list = await a.owner.api.get(`/customers/${customerId}/equipment`)
    expect(list.body.data.map((e: { kind: string }) => e.kind)).toEqual(['Heat pump'])
  })
})

/**
 * A customer with a full history, written straight to the database (the jobs, bids and
 * invoices APIs are separate modules): the tech is assigned to the first job only.
 */
async function seedHistory(team: Team, customerId: string, series = '0') {
  const number = (kind: string, n: number) => `${kind}-${series}00${n}`
  return asAdmin(server, async (sql) => {
    const c = team.companyId
    const [assigned] = await sql<{ id: string }[]>`
      insert into jobs (company_id, customer_id, title, trade, status, description, created_at, started_at, completed_at)
      values (${c}, ${customerId}, 'Panel upgrade', 'electrical', 'completed', '200 A service', '2025-01-10T09:00:00Z', '2025-01-20T08:00:00Z', '2025-01-20T16:00:00Z')
      returning id`
    const [unassigned] = await sql<{ id: string }[]>`
      insert into jobs (company_id, customer_id, title, trade, status, created_at, started_at)
      values (${c}, ${customerId}, 'Attic fan', 'electrical', 'in_progress', '2025-02-01T09:00:00Z', '2025-02-03T09:00:00Z')
      returning id`
    await sql`insert into jobs (company_id, customer_id, title, trade, status, created_at, cancelled_at)
      values (${c}, ${customerId}, 'Generator quote visit', 'electrical', 'cancelled', '2024-12-01T10:00:00Z', '2024-12-02T10:00:00Z')`
    await sql`insert into jobs (company_id, customer_id, title, trade, status, created_at)
      values (${c}, ${customerId}, 'Spring check', 'electrical', 'scheduled', '2025-03-01T10:00:00Z')`
    await sql`insert into job_assignments (company_id, job_id, user_id) values (${c}, ${assigned!.id}, ${team.tech.userId})`
    await sql`insert into job_notes (company_id, job_id, author_id, body, created_at)
      values (${c}, ${assigned!.id}, ${team.tech.userId}, 'Old panel was a Federal Pacific.', '2025-01-20T12:00:00Z'),
             (${c}, ${unassigned!.id}, ${team.owner.userId}, 'Customer wants a quiet model.', '2025-02-02T12:00:00Z')`
    const [bid] = await sql<{ id: string }[]>`
      insert into bids (company_id, customer_id, number, title, status, subtotal_cents, total_cents, created_at, sent_at, accepted_at)
      values (${c}, ${customerId}, ${number('BID', 1)}, 'Panel upgrade', 'accepted', 250000, 265875, '2025-01-05T10:00:00Z', '2025-01-06T10:00:00Z', '2025-01-08T10:00:00Z')
      returning id`
    const [paid] = await sql<{ id: string }[]>`
      insert into invoices (company_id, customer_id, job_id, bid_id, number, status, total_cents, amount_paid_cents, due_date, created_at, sent_at, paid_at)
      values (${c}, ${customerId}, ${assigned!.id}, ${bid!.id}, ${number('INV', 1)}, 'paid', 265875, 265875, '2025-02-20', '2025-01-21T10:00:00Z', '2025-01-21T11:00:00Z', '2025-02-10T15:00:00Z')
      returning id`
    const [partial] = await sql<{ id: string }[]>`
      insert into invoices (company_id, customer_id, number, status, total_cents, amount_paid_cents, due_date, created_at, sent_at)
      values (${c}, ${customerId}, ${number('INV', 2)}, 'partial', 50000, 20000, '2025-03-15', '2025-02-14T10:00:00Z', '2025-02-14T10:30:00Z')
      returning id`
    await sql`insert into invoices (company_id, customer_id, number, status, total_cents, due_date, created_at, sent_at)
      values (${c}, ${customerId}, ${number('INV', 3)}, 'sent', 12345, '2999-01-01', '2025-03-02T10:00:00Z', '2025-03-02T11:00:00Z')`
    await sql`insert into invoices (company_id, customer_id, number, status, total_cents, created_at)
      values (${c}, ${customerId}, ${number('INV', 4)}, 'draft', 99999, '2025-03-03T10:00:00Z')`
    await sql`insert into invoices (company_id, customer_id, number, status, total_cents, created_at, voided_at)
      values (${c}, ${customerId}, ${number('INV', 5)}, 'void', 7000, '2025-01-02T10:00:00Z', '2025-01-03T10:00:00Z')`
    await sql`insert into payments (company_id, invoice_id, amount_cents, method, paid_on, reference, created_at)
      values (${c}, ${paid!.id}, 265875, 'check', '2025-02-10', '#1042', '2025-02-10T15:00:00Z'),
             (${c}, ${partial!.id}, 20000, 'card', '2025-02-16', null, '2025-02-18T09:00:00Z')`
    const [jobThread] = await sql<{ id: string }[]>`
      insert into message_threads (company_id, customer_id, job_id, subject) values (${c}, ${customerId}, ${assigned!.id}, 'Panel day') returning id`
    const [generalThread] = await sql<{ id: string }[]>`
      insert into message_threads (company_id, customer_id, subject) values (${c}, ${customerId}, 'Billing question') returning id`
    await sql`insert into messages (company_id, thread_id, sender, body, created_at)
      values (${c}, ${jobThread!.id}, 'homeowner', 'Dog will be inside.', '2025-01-19T18:00:00Z'),
             (${c}, ${generalThread!.id}, 'contractor', 'Your balance is $300.', '2025-02-20T09:00:00Z')`
    return { assigned: assigned!.id, unassigned: unassigned!.id, bid: bid!.id, paid: paid!.id, partial: partial!.id, jobThread: jobThread!.id, generalThread: generalThread!.id }
  })
}

describe('a customer’s timeline and stats', () => {
  let customerId: string
  let ids: Awaited<ReturnType<typeof seedHistory>>

  beforeAll(async () => {
    customerId = await newCustomer(a, 'Timeline Customer')
    ids = await seedHistory(a, customerId)
    // Another customer's history must never leak into this one.
    await seedHistory(a, await newCustomer(a, 'Other History'), '9')
  })

  test('staff see jobs, bids, invoices, payments, notes and messages merged, newest first', async () => {
    const response = await a.office.api.get(`/customers/${customerId}/timeline?limit=200`)
    expect(response.status).toBe(200)
    const items = response.body.data as { type: string; at: string; title: string; entityId: string; amountCents?: number; detail: string | null }[]
    expect(items.map((i) => `${i.at.slice(0, 16)} ${i.type}`)).toEqual([
      '2025-03-03T10:00 invoice.created',
      '2025-03-02T11:00 invoice.sent',
      '2025-03-02T10:00 invoice.created',
      '2025-03-01T10:00 job.created',
      '2025-02-20T09:00 message.sent',
      '2025-02-16T00:00 payment.received',
      '2025-02-14T10:30 invoice.sent',
      '2025-02-14T10:00 invoice.created',
      '2025-02-10T15:00 payment.received',
      '2025-02-10T15:00 invoice.paid',
      '2025-02-03T09:00 job.started',
      '2025-02-02T12:00 note.added',
      '2025-02-01T09:00 job.created',
      '2025-01-21T11:00 invoice.sent',
      '2025-01-21T10:00 invoice.created',
      '2025-01-20T16:00 job.completed',
      '2025-01-20T12:00 note.added',
      '2025-01-20T08:00 job.started',
      '2025-01-19T18:00 message.received',
      '2025-01-10T09:00 job.created',
      '2025-01-08T10:00 bid.accepted',
      '2025-01-06T10:00 bid.sent',
      '2025-01-05T10:00 bid.created',
      '2025-01-03T10:00 invoice.void',
      '2025-01-02T10:00 invoice.created',
      '2024-12-02T10:00 job.cancelled',
      '2024-12-01T10:00 job.created',
    ])
    expect(response.body.nextBefore).toBeNull()
    const byType = (type: string) => items.filter((i) => i.type === type)
    expect(byType('bid.accepted')[0]).toMatchObject({ title: 'Bid accepted: BID-0001 · Panel upgrade', entityType: 'bid', entityId: ids.bid, amountCents: 265875 })
    expect(byType('payment.received').map((i) => i.amountCents)).toEqual([20000, 265875])
    expect(byType('payment.received')[1]).toMatchObject({ title: 'Payment received: INV-0001', detail: 'Check · #1042', entityType: 'invoice', entityId: ids.paid })
    expect(byType('note.added')[1]).toMatchObject({ title: 'Note added: Panel upgrade', detail: 'Old panel was a Federal Pacific.', entityType: 'job', entityId: ids.assigned })
    expect(byType('message.received')[0]).toMatchObject({ title: 'Message from the customer: Panel day', entityType: 'message_thread', entityId: ids.jobThread })
    expect(byType('job.completed')[0]).toMatchObject({ title: 'Job completed: Panel upgrade', detail: '200 A service' })
    expect(items.every((i) => i.type.startsWith('job') || i.type.startsWith('note') || i.type.startsWith('message') ? i.amountCents === undefined : typeof i.amountCents === 'number')).toBe(true)
  })

  test('a payment recorded days after it was paid sits on the day it was paid', async () => {
    const response = await a.owner.api.get(`/customers/${customerId}/timeline?limit=200`)
    const payments = response.body.data.filter((i: { type: string }) => i.type === 'payment.received')
    // Paid on 16 February, recorded on the 18th: placed at the start of the 16th.
    expect(payments.map((i: { at: string; amountCents: number }) => [i.at, i.amountCents])).toEqual([
      ['2025-02-16T00:00:00.000000Z', 20000],
      ['2025-02-10T15:00:00.000000Z', 265875],
    ])
  })

  test('pages follow each other without gaps or repeats', async () => {
    const all = (await a.owner.api.get(`/customers/${customerId}/timeline?limit=200`)).body.data.map((i: { id: string }) => i.id)
    const seen: string[] = []
    let before: string | null = null
    for (let page = 0; page < 20; page++) {
      const query: string = before ? `&before=${encodeURIComponent(before)}` : ''
      const response = await a.owner.api.get(`/customers/${customerId}/timeline?limit=4${query}`)
      expect(response.status).toBe(200)
      seen.push(...response.body.data.map((i: { id: string }) => i.id))
      before = response.body.nextBefore
      if (!before) break
    }
    expect(seen).toEqual(all)
    expect(all).toHaveLength(27)
  })

  test('before a plain time gives only older items', async () => {
    const response = await a.owner.api.get(`/customers/${customerId}/timeline?before=${encodeURIComponent('2025-01-08T10:00:00Z')}`)
    expect(response.body.data.map((i: { type: string }) => i.type)).toEqual(['bid.sent', 'bid.created', 'invoice.void', 'invoice.created', 'job.cancelled', 'job.created'])
  })

  test('a tech sees only their assigned job, its notes and messages, and no money at all', async () => {
    const response = await a.tech.api.get(`/customers/${customerId}/timeline`)
    expect(response.status).toBe(200)
    const items = response.body.data as { type: string; entityId: string; amountCents?: number }[]
    expect(items.map((i) => i.type)).toEqual(['job.completed', 'note.added', 'job.started', 'message.received', 'job.created'])
    expect(items.every((i) => i.entityId === ids.assigned || i.entityId === ids.jobThread)).toBe(true)
    expect(JSON.stringify(response.body)).not.toMatch(/amountCents|INV-|BID-|balance/)
  })

  test('stats are exact for staff', async () => {
    const response = await a.admin.api.get(`/customers/${customerId}/stats`)
    expect(response.status).toBe(200)
    expect(response.body).toEqual({
      customerId,
      jobs: { total: 4, scheduled: 1, in_progress: 1, completed: 1, cancelled: 1 },
      revenueCents: 285875,
      // paid 265875 + partial 50000 + sent 12345; the draft and the void do not count.
      lifetimeBilledCents: 328220,
      openBalanceCents: 42345,
      overdueBalanceCents: 30000,
    })
  })

  test('a tech gets only the counts of their own jobs and no money fields', async () => {
    const response = await a.tech.api.get(`/customers/${customerId}/stats`)
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ customerId, jobs: { total: 1, scheduled: 0, in_progress: 0, completed: 1, cancelled: 0 } })
  })

  test('a customer with no history has an empty timeline and zero stats', async () => {
    const fresh = await newCustomer(a, 'No History Yet')
    const timeline = await a.owner.api.get(`/customers/${fresh}/timeline`)
    expect(timeline.body).toEqual({ data: [], nextBefore: null })
    const stats = await a.owner.api.get(`/customers/${fresh}/stats`)
    expect(stats.body).toEqual({
      customerId: fresh,
      jobs: { total: 0, scheduled: 0, in_progress: 0, completed: 0, cancelled: 0 },
      revenueCents: 0,
      lifetimeBilledCents: 0,
      openBalanceCents: 0,
      overdueBalanceCents: 0,
    })
  })

  test('another company gets 404 for the timeline and stats', async () => {
    expect((await b.owner.api.get(`/customers/${customerId}/timeline`)).status).toBe(404)
    expect((await b.owner.api.get(`/customers/${customerId}/stats`)).status).toBe(404)
  })

  test('a malformed cursor or limit is refused', async () => {
    expect((await a.owner.api.get(`/customers/${customerId}/timeline?before=yesterday`)).status).toBe(422)
    expect((await a.owner.api.get(`/customers/${customerId}/timeline?limit=0`)).status).toBe(422)
    expect((await a.owner.api.get(`/customers/${customerId}/timeline?limit=1000`)).status).toBe(422)
  })
})

test('the OpenAPI document lists the customer sub-resources with their schemas', async () => {
  const { body } = await apiAs(server).get('/openapi.json')
  const paths = Object.keys(body.paths)
  for (const path of [
    '/api/v1/customers/{id}/properties',
    '/api/v1/customers/{id}/properties/{propertyId}',
    '/api/v1/customers/{id}/equipment',
    '/api/v1/customers/{id}/equipment/{equipmentId}',
    '/api/v1/customers/{id}/timeline',
    '/api/v1/customers/{id}/stats',
    '/api/v1/customers/import/preview',
    '/api/v1/customers/import/commit',
    '/api/v1/customers/export.csv',
  ]) {
    expect(paths).toContain(path)
  }
  expect(body.paths['/api/v1/customers/{id}/equipment'].post.security).toEqual([{ bearerAuth: [] }])
  for (const schema of ['Property', 'Equipment', 'TimelineItem', 'CustomerStats', 'CustomerImportPreview']) {
    expect(body.components.schemas[schema]).toBeDefined()
  }
})
