import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { addDays, todayIso } from '../../functions/documents/dates'
import { apiAs, createTeam, signUp, type Account, type Team } from '../support/api'
import { asAdmin, asUser } from '../support/db'
import { tinyPng } from '../support/files'
import { imageCount, pdfText } from '../support/pdf'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let north: Team
let harbor: Team
let priya: Account
let omar: Account
let stranger: Account
/** Priya's record at Northline (a1) and at Harbor (b1); Omar's at Northline (a2); a walk-in nobody is linked to. */
const ids = {} as Record<
  | 'a1' | 'a2' | 'walkIn' | 'b1' | 'property' | 'heater' | 'heater2' | 'heater3' | 'thermostat' | 'furnace' | 'omarUnit'
  | 'repair' | 'visit' | 'omarJob' | 'harborJob' | 'partial' | 'overdue' | 'paid' | 'draftInvoice' | 'harborInvoice',
  string
>
const bids = {} as Record<'draft' | 'accept' | 'decline' | 'expired' | 'changed' | 'crm' | 'omar' | 'harbor', { id: string; number: string }>

const year = new Date().getUTCFullYear()
const today = todayIso()
const line = (description: string, unitPriceCents: number, quantity = '1', type = 'material') => ({ description, quantity, unitPriceCents, type })

/** Links `account` to `customerId` the way a homeowner joins: the contractor invites, the homeowner claims the emailed link. */
async function link(team: Team, customerId: string, account: Account) {
  expect((await team.office.api.post(`/customers/${customerId}/portal-invite`, { email: account.email })).status).toBe(201)
  const [email] = (await team.office.api.get('/outbox?pageSize=1')).body.data
  const body: string = (await team.office.api.get(`/outbox/${email.id}`)).body.bodyText
  const token = new URL(/\S+\/portal\/join\/\?invite=\S+/.exec(body)![0]).searchParams.get('invite')!
  expect((await account.api.post('/portal/claim', { token })).status).toBe(200)
}

async function created(response: Promise<{ status: number; body: any }>) {
  const { status, body } = await response
  if (status !== 201) throw new Error(`expected 201, got ${status}: ${JSON.stringify(body)}`)
  return body
}

/** A bid for `customerId`, sent (marked sent) unless `draft`. */
async function sentBid(team: Team, customerId: string, title: string, extra: Record<string, unknown> = {}, draft = false) {
  const bid = await created(team.office.api.post('/bids', { customerId, title, lines: [line('Work', 50000)], ...extra }))
  if (!draft) expect((await team.office.api.post(`/bids/${bid.id}/mark-sent`, {})).status).toBe(200)
  return { id: bid.id as string, number: bid.number as string }
}

async function sentInvoice(team: Team, customerId: string, extra: Record<string, unknown>, paidCents = 0) {
  const invoice = await created(team.office.api.post('/invoices', { customerId, ...extra }))
  expect((await team.office.api.post(`/invoices/${invoice.id}/mark-sent`, {})).status).toBe(200)
  if (paidCents) expect((await team.office.api.post(`/invoices/${invoice.id}/payments`, { amountCents: paidCents, method: 'check' })).status).toBe(201)
  return invoice.id as string
}

beforeAll(async () => {
  server = await startTestServer()
  ;[north, harbor, priya, omar, stranger] = await Promise.all([
    createTeam(server, 'Northline Plumbing'),
    createTeam(server, 'Harbor HVAC'),
    signUp(server, 'priya'),
    signUp(server, 'omar'),
    signUp(server, 'stranger'),
  ])
  ids.a1 = (await created(north.office.api.post('/customers', { name: 'Priya Natarajan', email: 'priya@example.com', address: '12 Elm St, Hartford, CT' }))).id
  ids.a2 = (await created(north.office.api.post('/customers', { name: 'Omar Ruiz' }))).id
  ids.walkIn = (await created(north.office.api.post('/customers', { name: 'Walk-in Customer' }))).id
  ids.b1 = (await created(harbor.office.api.post('/customers', { name: 'Priya N.' }))).id
  await link(north, ids.a1, priya)
  await link(harbor, ids.b1, priya)
  await link(north, ids.a2, omar)

  // Priya's home and equipment at Northline.
  const property = await created(
    north.office.api.post(`/customers/${ids.a1}/properties`, {
      label: 'Home', address: '12 Elm St', city: 'Hartford', state: 'CT', postalCode: '06103', yearBuilt: 1987, squareFeet: 1850, notes: 'Gate code 4411',
    }),
  )
  ids.property = property.id
  const unit = (body: Record<string, unknown>) => created(north.office.api.post(`/customers/${ids.a1}/equipment`, body))
  ids.heater = (await unit({ kind: 'Water heater', make: 'Rheem', model: 'XE50T10H45U0', installDate: `${year - 8}-01-01`, warrantyExpiresOn: `${year - 2}-01-01`, propertyId: property.id, notes: 'Venting is marginal' })).id
  ids.heater2 = (await unit({ kind: 'Water heater', make: 'Rheem', installDate: `${year - 3}-01-01` })).id
  ids.heater3 = (await unit({ kind: 'Water heater', make: 'Bradford White' })).id
  ids.thermostat = (await unit({ kind: 'Thermostat', make: 'Ecobee', warrantyExpiresOn: `${year + 2}-01-01` })).id
  ids.furnace = (await unit({ kind: 'Furnace', make: 'Carrier', model: '59SC5A080', installDate: `${year - 10}-01-01`, propertyId: property.id })).id
  ids.omarUnit = (await created(north.office.api.post(`/customers/${ids.a2}/equipment`, { kind: 'Water heater', make: 'Rheem' }))).id

  // The industry baseline for water heaters (as cron/baselines loads it) and computed rows.
  await asAdmin(server, (sql) => sql`
    insert into intelligence_patterns (pattern_type, trade, region, job_category, data, sample_size, confidence, min_sample_threshold, source) values
      ('equipment_lifespan', 'plumbing', null, 'water_heater', ${JSON.stringify({ equipment_type: 'water_heater', typical_years_low: 8, typical_years_high: 12, reference: 'NAHB study' })}::text::jsonb, 0, null, 0, 'baseline'),
      ('equipment_lifespan', 'plumbing', null, 'water_heater/rheem', ${JSON.stringify({ median_lifespan_years: 12.1, p25_years: 9.6, p75_years: 13.8 })}::text::jsonb, 120, 0.6, 50, 'computed'),
      ('equipment_lifespan', 'plumbing', 'CT', 'water_heater/rheem', ${JSON.stringify({ median_lifespan_years: 13, p25_years: 11, p75_years: 15.2 })}::text::jsonb, 60, 0.4, 50, 'computed'),
      ('equipment_lifespan', 'plumbing', null, 'water_heater/rheem/xe50t1', ${JSON.stringify({ median_lifespan_years: 30, p25_years: 29, p75_years: 31 })}::text::jsonb, 30, 0.2, 50, 'computed'),
      ('equipment_lifespan', 'hvac', null, 'furnace/carrier/59sc5a', ${JSON.stringify({ median_lifespan_years: 18, p25_years: 16, p75_years: 21 })}::text::jsonb, 640, 0.8, 50, 'computed')
    on conflict on constraint intelligence_patterns_key do update
      set data = excluded.data, sample_size = excluded.sample_size, confidence = excluded.confidence, min_sample_threshold = excluded.min_sample_threshold, source = excluded.source`)

  // Work: a completed repair on the heater with a shared and an internal note, materials, time and an expense; a visit to come.
  const repair = await created(north.office.api.post('/jobs', { customerId: ids.a1, title: 'Water heater service', equipmentId: ids.heater, failureMode: 'anode rod', estimatedHours: 2 }))
  ids.repair = repair.id
  for (const status of ['in_progress', 'completed']) expect((await north.office.api.post(`/jobs/${repair.id}/status`, { status })).status).toBe(200)
  await created(north.office.api.post(`/jobs/${repair.id}/notes`, { body: 'Flushed the tank and replaced the anode rod.', internal: false }))
  await created(north.office.api.post(`/jobs/${repair.id}/notes`, { body: 'INTERNAL: customer slow to pay, collect on site.' }))
  await created(north.office.api.post(`/jobs/${repair.id}/materials`, { description: 'SECRET magnesium anode rod', quantity: 1, unitCostCents: 4200 }))
  await asAdmin(server, async (sql) => {
    await sql`insert into time_entries (company_id, user_id, job_id, clock_in, clock_out) values (${north.companyId}, ${north.tech.userId}, ${repair.id}, now() - interval '3 hours', now() - interval '1 hour')`
    await sql`insert into expenses (company_id, job_id, category, vendor, amount_cents, incurred_on) values (${north.companyId}, ${repair.id}, 'materials', 'SECRET Supply Co', 4200, ${today})`
  })
  const tomorrow = new Date(Date.now() + 86_400_000)
  ids.visit = (
    await created(
      north.office.api.post('/jobs', { customerId: ids.a1, title: 'Annual furnace check', scheduledStart: tomorrow.toISOString(), scheduledEnd: new Date(tomorrow.getTime() + 7_200_000).toISOString() }),
    )
  ).id
  ids.omarJob = (await created(north.office.api.post('/jobs', { customerId: ids.a2, title: 'Omar job' }))).id
  ids.harborJob = (await created(harbor.office.api.post('/jobs', { customerId: ids.b1, title: 'Harbor AC tune-up' }))).id

  // Quotes.
  bids.draft = await sentBid(north, ids.a1, 'SECRET draft quote', {}, true)
  bids.accept = await sentBid(north, ids.a1, 'Water heater replacement', {
    lines: [line('Rheem 50 gal heater', 150000), line('Installation labor', 12500, '3', 'labor')],
    taxRateBps: 635,
    validUntil: addDays(today, 30),
    notes: 'Includes haul-away.',
  })
  bids.decline = await sentBid(north, ids.a1, 'Water softener install')
  bids.expired = await sentBid(north, ids.a1, 'Old quote', { validUntil: '2025-01-15' })
  bids.changed = await sentBid(north, ids.a1, 'Changing quote')
  bids.crm = await sentBid(north, ids.a1, 'Decided by phone')
  bids.omar = await sentBid(north, ids.a2, 'Omar quote')
  bids.harbor = await sentBid(harbor, ids.b1, 'Harbor AC replacement')

  // Invoices: partly paid, overdue, paid, and a draft.
  ids.partial = await sentInvoice(north, ids.a1, { lines: [line('Service call', 50000)] }, 20000)
  ids.overdue = await sentInvoice(north, ids.a1, { lines: [line('Repair', 12000)], issueDate: '2025-01-01', dueDate: '2025-01-31' })
  ids.paid = await sentInvoice(north, ids.a1, { lines: [line('Flush', 8000)] }, 8000)
  ids.draftInvoice = (await created(north.office.api.post('/invoices', { customerId: ids.a1, lines: [line('SECRET draft line', 99900)] }))).id
  ids.harborInvoice = await sentInvoice(harbor, ids.b1, { lines: [line('Harbor work', 30000)] })

  // A conversation (one unread message from the contractor) and service requests, as the messages module would store them.
  await asAdmin(server, async (sql) => {
    const [thread] = await sql<{ id: string }[]>`
      insert into message_threads (company_id, customer_id, subject) values (${north.companyId}, ${ids.a1}, 'Your heater') returning id`
    await sql`insert into messages (company_id, thread_id, sender, sender_user_id, body, read_at) values
      (${north.companyId}, ${thread!.id}, 'contractor', ${north.office.userId}, 'We can come Tuesday.', null),
      (${north.companyId}, ${thread!.id}, 'contractor', ${north.office.userId}, 'Thanks for your payment.', now()),
      (${north.companyId}, ${thread!.id}, 'homeowner', ${priya.userId}, 'Tuesday works.', null)`
    await sql`insert into leads (company_id, name, source, stage, request_type, customer_id, requested_by) values
      (${north.companyId}, 'Priya Natarajan', 'client_portal', 'new', 'problem', ${ids.a1}, ${priya.userId}),
      (${north.companyId}, 'Priya Natarajan', 'client_portal', 'won', 'schedule_service', ${ids.a1}, ${priya.userId})`
  })
})
afterAll(async () => {
  await server?.stop()
})

describe('who am I', () => {
  test('a signed-in person with no invitation gets 200 and no relationships', async () => {
    const response = await stranger.api.get('/portal/me')
    expect(response.status).toBe(200)
    expect(response.body).toEqual({ email: stranger.email, relationships: [] })
  })

  test('a homeowner of two contractors sees two relationships, each with its company', async () => {
    const response = await priya.api.get('/portal/me')
    expect(response.status).toBe(200)
    expect(response.body.email).toBe(priya.email)
    expect(response.body.relationships).toEqual([
      { customerId: ids.b1, customerName: 'Priya N.', company: { id: harbor.companyId, name: 'Harbor HVAC', phone: null, email: null, address: null, logoUrl: null, trades: ['electrical'] } },
      { customerId: ids.a1, customerName: 'Priya Natarajan', company: { id: north.companyId, name: 'Northline Plumbing', phone: null, email: null, address: null, logoUrl: null, trades: ['electrical'] } },
    ])
  })

  test('a contractor is nobody’s homeowner: their company’s customers are not their relationships', async () => {
    expect((await north.owner.api.get('/portal/me')).body.relationships).toEqual([])
  })

  test('without a token the portal is a 401', async () => {
    expect((await apiAs(server).get('/portal/me')).status).toBe(401)
    expect((await apiAs(server).get(`/portal/customers/${ids.a1}/home`)).status).toBe(401)
  })
})

describe('home, properties, equipment and jobs', () => {
  test('the home page counts visits, open quotes, what is owed and overdue, unread messages and open requests', async () => {
    const response = await priya.api.get(`/portal/customers/${ids.a1}/home`)
    expect(response.status).toBe(200)
    const home = response.body
    expect(home.customer).toEqual({ id: ids.a1, name: 'Priya Natarajan', email: 'priya@example.com', phone: null, address: '12 Elm St, Hartford, CT' })
    expect(home.company).toMatchObject({ id: north.companyId, name: 'Northline Plumbing' })
    expect(home.upcomingVisits).toEqual([
      { jobId: ids.visit, title: 'Annual furnace check', status: 'scheduled', scheduledStart: expect.any(String), scheduledEnd: expect.any(String), address: '12 Elm St, Hartford, CT' },
    ])
    // Sent and still valid; never the draft, the expired one or another customer's.
    expect(home.openQuotes.map((q: { id: string }) => q.id).sort()).toEqual([bids.accept.id, bids.decline.id, bids.changed.id, bids.crm.id].sort())
    expect(home.openQuotes.find((q: { id: string }) => q.id === bids.accept.id)).toEqual({
      id: bids.accept.id, number: bids.accept.number, title: 'Water heater replacement', totalCents: 199406, validUntil: addDays(today, 30), sentAt: expect.any(String),
    })
    expect(home).toMatchObject({ balanceDueCents: 30000 + 12000, overdueCents: 12000, openInvoices: 2, unreadMessages: 1, openRequests: 1 })
  })

  test('properties carry the listed fields and never the contractor’s notes', async () => {
    const response = await priya.api.get(`/portal/customers/${ids.a1}/properties`)
    expect(response.status).toBe(200)
    expect(response.body).toEqual([{ id: ids.property, label: 'Home', address: '12 Elm St', city: 'Hartford', state: 'CT', postalCode: '06103', yearBuilt: 1987, squareFeet: 1850 }])
    expect(JSON.stringify(response.body)).not.toContain('4411')
  })

  test('equipment has age, warranty and a lifespan insight from the most specific qualifying pattern, worded by its basis', async () => {
    const response = await priya.api.get(`/portal/customers/${ids.a1}/equipment`)
    expect(response.status).toBe(200)
    const byId = new Map(response.body.map((unit: { id: string }) => [unit.id, unit]))
    expect(response.body).toHaveLength(5)
    // Kind + brand in the property's state beats nationwide; the model-family row is under its threshold and unused.
    expect(byId.get(ids.heater)).toEqual({
      id: ids.heater, propertyId: ids.property, kind: 'Water heater', make: 'Rheem', model: 'XE50T10H45U0', serialNumber: null,
      installDate: `${year - 8}-01-01`, ageYears: 8, warrantyExpiresOn: `${year - 2}-01-01`, warranty: 'expired',
      insight: {
        text: 'Water heaters of this brand typically last 11–15 years in CT; yours is 8. Based on limited data so far.',
        lowYears: 11, highYears: 15.2, typicalYears: 13, basis: 'zafto', confidence: 'limited', sampleSize: 60,
      },
    })
    // No property: the nationwide brand figure.
    expect((byId.get(ids.heater2) as any).insight).toEqual({
      text: 'Water heaters of this brand typically last 10–14 years; yours is 3.', lowYears: 9.6, highYears: 13.8, typicalYears: 12.1, basis: 'zafto', confidence: 'moderate', sampleSize: 120,
    })
    // No brand pattern: the industry baseline for the kind, with no age to compare.
    expect(byId.get(ids.heater3)).toMatchObject({
      ageYears: null, warranty: 'unknown',
      insight: { text: 'Water heaters typically last 8–12 years (industry average).', lowYears: 8, highYears: 12, typicalYears: 10, basis: 'industry', confidence: null, sampleSize: null },
    })
    expect(byId.get(ids.thermostat)).toMatchObject({ warranty: 'active', insight: null })
    expect((byId.get(ids.furnace) as any).insight).toEqual({
      text: 'Furnaces of this model line typically last 16–21 years; yours is 10.', lowYears: 16, highYears: 21, typicalYears: 18, basis: 'zafto', confidence: 'confident', sampleSize: 640,
    })
    expect(JSON.stringify(response.body)).not.toContain('Venting')
  })

  test('one unit comes with its service history', async () => {
    const response = await priya.api.get(`/portal/equipment/${ids.heater}`)
    expect(response.status).toBe(200)
    expect(response.body.insight.basis).toBe('zafto')
    expect(response.body.serviceHistory).toEqual([{ jobId: ids.repair, title: 'Water heater service', completedAt: expect.any(String), failureMode: 'anode rod' }])
  })

  test('jobs show status, schedule, equipment and shared notes only: never internal notes, hours, costs or materials', async () => {
    const response = await priya.api.get(`/portal/customers/${ids.a1}/jobs`)
    expect(response.status).toBe(200)
    expect(response.body.map((job: { id: string }) => job.id).sort()).toEqual([ids.repair, ids.visit].sort())
    const repair = response.body.find((job: { id: string }) => job.id === ids.repair)
    expect(repair).toEqual({
      id: ids.repair, title: 'Water heater service', trade: 'electrical', status: 'completed', scheduledStart: null, scheduledEnd: null,
      startedAt: expect.any(String), completedAt: expect.any(String), address: '12 Elm St, Hartford, CT',
      equipment: { id: ids.heater, kind: 'Water heater' },
      notes: [{ body: 'Flushed the tank and replaced the anode rod.', createdAt: expect.any(String) }],
    })
    const text = JSON.stringify(response.body)
    for (const hidden of ['INTERNAL', 'SECRET', 'Hours', 'hours', 'cost', 'Cost']) expect(text).not.toContain(hidden)
  })
})

describe('quotes', () => {
  test('the list has sent quotes with their portal status (expired past valid-until), never drafts', async () => {
    const response = await priya.api.get(`/portal/customers/${ids.a1}/quotes`)
    expect(response.status).toBe(200)
    const statuses = Object.fromEntries(response.body.map((q: { id: string; status: string }) => [q.id, q.status]))
    expect(statuses).toEqual({ [bids.accept.id]: 'sent', [bids.decline.id]: 'sent', [bids.expired.id]: 'expired', [bids.changed.id]: 'sent', [bids.crm.id]: 'sent' })
    expect(response.body.find((q: { id: string }) => q.id === bids.expired.id)).toEqual({
      id: bids.expired.id, number: bids.expired.number, title: 'Old quote', status: 'expired', totalCents: 50000, sentAt: expect.any(String), validUntil: '2025-01-15', decidedAt: null,
    })
  })

  test('one quote has its lines, totals, contractor and the hash of exactly this content', async () => {
    const response = await priya.api.get(`/portal/quotes/${bids.accept.id}`)
    expect(response.status).toBe(200)
    const [expected] = await asAdmin(server, (sql) => sql<{ hash: string }[]>`
      select md5(jsonb_build_array(b.number, b.title, b.notes, b.valid_until, b.subtotal_cents, b.discount_cents, b.tax_rate_bps, b.tax_cents, b.total_cents,
        (select jsonb_agg(jsonb_build_array(l.description, l.quantity::text, l.unit, l.unit_price_cents, l.total_cents) order by l.position, l.id)
           from bid_line_items l where l.bid_id = b.id))::text) as hash from bids b where b.id = ${bids.accept.id}`)
    expect(response.body).toEqual({
      id: bids.accept.id, number: bids.accept.number, title: 'Water heater replacement', status: 'sent', notes: 'Includes haul-away.',
      validUntil: addDays(today, 30), sentAt: expect.any(String),
      lines: [
        { description: 'Rheem 50 gal heater', quantity: '1', unit: null, unitPriceCents: 150000, totalCents: 150000 },
        { description: 'Installation labor', quantity: '3', unit: null, unitPriceCents: 12500, totalCents: 37500 },
      ],
      subtotalCents: 187500, discountCents: 0, taxRateBps: 635, taxCents: 11906, totalCents: 199406,
      contentHash: expected!.hash,
      company: expect.objectContaining({ id: north.companyId, name: 'Northline Plumbing' }),
      decision: null, canDecide: true,
    })
  })

  test('accepting records the typed name, time, address, browser and content hash; the contractor sees it at once, in the bid and the timeline', async () => {
    const { contentHash } = (await priya.api.get(`/portal/quotes/${bids.accept.id}`)).body
    const response = await priya.api.call('POST', `/portal/quotes/${bids.accept.id}/accept`, { signedName: '  Priya Natarajan ', contentHash }, { 'user-agent': 'PortalTest/1.0' })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ status: 'accepted', canDecide: false, decision: { signedName: 'Priya Natarajan', decidedAt: expect.any(String), reason: null } })

    const [row] = await asAdmin(server, (sql) => sql<Record<string, string>[]>`
      select status, decided_by, signed_name, signed_ip, signed_user_agent, signed_content_hash from bids where id = ${bids.accept.id}`)
    expect(row).toMatchObject({ status: 'accepted', decided_by: priya.userId, signed_name: 'Priya Natarajan', signed_user_agent: 'PortalTest/1.0', signed_content_hash: contentHash })
    expect(row!.signed_ip).toMatch(/127\.0\.0\.1$/)

    const bid = await north.office.api.get(`/bids/${bids.accept.id}`)
    expect(bid.body.status).toBe('accepted')
    expect(bid.body.decision).toEqual({ via: 'client_portal', signedName: 'Priya Natarajan', signedIp: row!.signed_ip, signedAt: expect.any(String), declineReason: null })
    const timeline = (await north.office.api.get(`/customers/${ids.a1}/timeline?limit=200`)).body.data
    expect(timeline.find((item: { type: string; entityId: string }) => item.type === 'bid.accepted' && item.entityId === bids.accept.id)).toMatchObject({
      title: `Bid accepted in the client portal: ${bids.accept.number} · Water heater replacement`,
      detail: 'Signed by Priya Natarajan',
    })

    const [audit] = await asAdmin(server, (sql) => sql<{ actor_user_id: string; company_id: string; changes: Record<string, unknown> }[]>`
      select actor_user_id, company_id, changes from audit_log where entity_id = ${bids.accept.id} and action = 'bid.accepted'`)
    expect(audit).toMatchObject({ actor_user_id: priya.userId, company_id: north.companyId, changes: { via: 'client_portal', signedName: 'Priya Natarajan', contentHash } })
  })

  test('signing twice is a 409 that says when, and declining a decided quote too; nothing changes', async () => {
    const { contentHash } = (await priya.api.get(`/portal/quotes/${bids.accept.id}`)).body
    const again = await priya.api.post(`/portal/quotes/${bids.accept.id}/accept`, { signedName: 'Someone Else', contentHash })
    expect(again.status).toBe(409)
    expect(again.body.error.message).toMatch(/^This quote was already accepted on [A-Z][a-z]{2} \d{1,2}, \d{4}\./)
    expect((await priya.api.post(`/portal/quotes/${bids.accept.id}/decline`, { reason: 'Changed my mind', contentHash })).status).toBe(409)
    const [row] = await asAdmin(server, (sql) => sql<{ status: string; signed_name: string }[]>`select status, signed_name from bids where id = ${bids.accept.id}`)
    expect(row).toEqual({ status: 'accepted', signed_name: 'Priya Natarajan' })
  })

  test('a quote past its valid-until day cannot be signed (410) and stays as it was', async () => {
    const quote = (await priya.api.get(`/portal/quotes/${bids.expired.id}`)).body
    expect(quote).toMatchObject({ status: 'expired', canDecide: false })
    const response = await priya.api.post(`/portal/quotes/${bids.expired.id}/accept`, { signedName: 'Priya Natarajan', contentHash: quote.contentHash })
    expect(response.status).toBe(410)
    expect(response.body.error).toMatchObject({ code: 'gone', message: 'This quote expired on Jan 15, 2025. Ask Northline Plumbing for an updated quote.' })
    const [row] = await asAdmin(server, (sql) => sql<{ status: string }[]>`select status from bids where id = ${bids.expired.id}`)
    expect(row!.status).toBe('sent')
  })

  test('a quote that changed after it was opened cannot be signed (409 changed); the new version can', async () => {
    const opened = (await priya.api.get(`/portal/quotes/${bids.changed.id}`)).body
    await asAdmin(server, (sql) => sql`update bid_line_items set description = 'Work, revised' where bid_id = ${bids.changed.id}`)
    const stale = await priya.api.post(`/portal/quotes/${bids.changed.id}/accept`, { signedName: 'Priya Natarajan', contentHash: opened.contentHash })
    expect(stale.status).toBe(409)
    expect(stale.body.error.message).toBe('This quote changed since you opened it. Review the new version and sign again.')
    expect((await asAdmin(server, (sql) => sql<{ status: string }[]>`select status from bids where id = ${bids.changed.id}`))[0]!.status).toBe('sent')

    const reopened = (await priya.api.get(`/portal/quotes/${bids.changed.id}`)).body
    expect(reopened.contentHash).not.toBe(opened.contentHash)
    expect(reopened.lines[0].description).toBe('Work, revised')
    expect((await priya.api.post(`/portal/quotes/${bids.changed.id}/accept`, { signedName: 'Priya Natarajan', contentHash: reopened.contentHash })).status).toBe(200)
  })

  test('declining records the reason; the contractor sees it in the bid and the timeline; it is audited', async () => {
    const { contentHash } = (await priya.api.get(`/portal/quotes/${bids.decline.id}`)).body
    const response = await priya.api.post(`/portal/quotes/${bids.decline.id}/decline`, { reason: 'We will wait until spring.', contentHash })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ status: 'declined', canDecide: false, decision: { signedName: null, reason: 'We will wait until spring.' } })
    const bid = (await north.office.api.get(`/bids/${bids.decline.id}`)).body
    expect(bid).toMatchObject({ status: 'declined', declineReason: 'We will wait until spring.' })
    expect(bid.decision).toMatchObject({ via: 'client_portal', signedName: null, declineReason: 'We will wait until spring.' })
    const timeline = (await north.office.api.get(`/customers/${ids.a1}/timeline?limit=200`)).body.data
    expect(timeline.find((item: { type: string; entityId: string }) => item.type === 'bid.declined' && item.entityId === bids.decline.id)).toMatchObject({
      title: `Bid declined in the client portal: ${bids.decline.number} · Water softener install`,
      detail: 'We will wait until spring.',
    })
    // The reason belongs to the decision only, not to the bid's earlier milestones.
    const sent = timeline.find((item: { type: string; entityId: string }) => item.type === 'bid.sent' && item.entityId === bids.decline.id)
    expect(sent.detail).toBeNull()
    const audit = await asAdmin(server, (sql) => sql<{ action: string; actor_user_id: string }[]>`select action, actor_user_id from audit_log where entity_id = ${bids.decline.id} and action = 'bid.declined'`)
    expect(audit).toEqual([{ action: 'bid.declined', actor_user_id: priya.userId }])
  })

  test('a decision recorded by staff in the CRM shows as such, without a signature', async () => {
    expect((await north.office.api.post(`/bids/${bids.crm.id}/accept`, {})).status).toBe(200)
    const bid = (await north.office.api.get(`/bids/${bids.crm.id}`)).body
    expect(bid.decision).toEqual({ via: 'crm', signedName: null, signedIp: null, signedAt: bid.acceptedAt, declineReason: null })
    expect((await north.office.api.get(`/bids/${bids.omar.id}`)).body.decision).toBeNull()
    // The list marks where each answer was recorded.
    const listed = (await north.office.api.get('/bids?pageSize=100')).body.data as { id: string; decidedVia: string | null }[]
    const via = (id: string) => listed.find((item) => item.id === id)?.decidedVia
    expect([via(bids.accept.id), via(bids.crm.id), via(bids.omar.id)]).toEqual(['client_portal', 'crm', null])
    const portal = (await priya.api.get(`/portal/quotes/${bids.crm.id}`)).body
    expect(portal).toMatchObject({ status: 'accepted', canDecide: false, decision: { signedName: null, reason: null } })
  })

  test('bad input is a 422 with details, and nothing is written', async () => {
    const { contentHash } = (await omar.api.get(`/portal/quotes/${bids.omar.id}`)).body
    const cases: [string, string, unknown, string][] = [
      ['accept', 'a one-letter name', { signedName: 'O', contentHash }, 'signedName'],
      ['accept', 'a name over 120 characters', { signedName: 'O'.repeat(121), contentHash }, 'signedName'],
      ['accept', 'no content hash', { signedName: 'Omar Ruiz' }, 'contentHash'],
      ['accept', 'a malformed content hash', { signedName: 'Omar Ruiz', contentHash: 'abc' }, 'contentHash'],
      ['decline', 'an empty reason', { reason: '   ', contentHash }, 'reason'],
      ['decline', 'a reason over 1000 characters', { reason: 'x'.repeat(1001), contentHash }, 'reason'],
    ]
    for (const [action, what, body, path] of cases) {
      const response = await omar.api.post(`/portal/quotes/${bids.omar.id}/${action}`, body)
      expect(response.status, what).toBe(422)
      expect(response.body.error.details.map((d: { path: string }) => d.path), what).toContain(path)
    }
    expect((await omar.api.post(`/portal/quotes/not-a-uuid/accept`, { signedName: 'Omar Ruiz', contentHash })).status).toBe(422)
    expect((await omar.api.post(`/portal/quotes/${bids.omar.id}/accept`, 'not json{')).status).toBe(400)
    expect((await asAdmin(server, (sql) => sql<{ status: string }[]>`select status from bids where id = ${bids.omar.id}`))[0]!.status).toBe('sent')
  })

  test('quote and invoice PDFs carry the contractor’s letterhead and logo, read under the homeowner’s access', async () => {
    expect((await north.owner.api.upload(`/companies/${north.companyId}/logo`, tinyPng, 'logo.png', 'image/png')).status).toBe(200)
    for (const [path, number] of [[`/portal/quotes/${bids.accept.id}/pdf`, bids.accept.number], [`/portal/invoices/${ids.partial}/pdf`, null]] as const) {
      const response = await priya.api.raw('GET', path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      const bytes = new Uint8Array(await response.arrayBuffer())
      const text = await pdfText(bytes)
      expect(text).toContain('Northline Plumbing')
      if (number) expect(text).toContain(number)
      expect(await imageCount(bytes), path).toBe(1)
    }
  })

  test('the contractor’s logo is served to their homeowners only', async () => {
    const { logoUrl } = (await priya.api.get('/portal/me')).body.relationships.find((r: { customerId: string }) => r.customerId === ids.a1).company
    expect(logoUrl).toBe(`/api/v1/portal/companies/${north.companyId}/logo`)
    const path = logoUrl.replace('/api/v1', '')
    const logo = await priya.api.raw('GET', path)
    expect(logo.status).toBe(200)
    expect(logo.headers.get('content-type')).toBe('image/png')
    expect(new Uint8Array(await logo.arrayBuffer())).toEqual(tinyPng)
    expect((await omar.api.raw('GET', path)).status).toBe(200)
    expect((await stranger.api.raw('GET', path)).status).toBe(404)
    expect((await priya.api.raw('GET', `/portal/companies/${harbor.companyId}/logo`)).status).toBe(404)
  })
})

describe('invoices', () => {
  test('the list shows sent invoices with paid, partial and overdue standing; never drafts', async () => {
    const response = await priya.api.get(`/portal/customers/${ids.a1}/invoices`)
    expect(response.status).toBe(200)
    const byId = Object.fromEntries(response.body.map((i: { id: string }) => [i.id, i]))
    expect(Object.keys(byId).sort()).toEqual([ids.partial, ids.overdue, ids.paid].sort())
    expect(byId[ids.partial]).toEqual({ id: ids.partial, number: expect.any(String), status: 'partial', issueDate: expect.any(String), dueDate: expect.any(String), totalCents: 50000, amountPaidCents: 20000, balanceCents: 30000 })
    expect(byId[ids.overdue]).toMatchObject({ status: 'overdue', dueDate: '2025-01-31', balanceCents: 12000 })
    expect(byId[ids.paid]).toMatchObject({ status: 'paid', balanceCents: 0 })
  })

  test('one invoice has its lines, payments and contractor', async () => {
    const response = await priya.api.get(`/portal/invoices/${ids.partial}`)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({
      id: ids.partial, status: 'partial', totalCents: 50000, balanceCents: 30000, subtotalCents: 50000, taxCents: 0,
      lines: [{ description: 'Service call', quantity: '1', unit: null, unitPriceCents: 50000, totalCents: 50000 }],
      payments: [{ amountCents: 20000, paidOn: today, method: 'check' }],
      company: { id: north.companyId, name: 'Northline Plumbing' },
    })
    expect(Object.keys(response.body.payments[0]).sort()).toEqual(['amountCents', 'method', 'paidOn'])
  })
})

describe('tenancy between homeowners', () => {
  test('another homeowner’s customer ids are a 404 on every customer-scoped route', async () => {
    for (const path of ['home', 'properties', 'equipment', 'jobs', 'quotes', 'invoices']) {
      const response = await omar.api.get(`/portal/customers/${ids.a1}/${path}`)
      expect(response.status, path).toBe(404)
      expect(response.body.error.code).toBe('not_found')
      expect((await stranger.api.get(`/portal/customers/${ids.a1}/${path}`)).status, path).toBe(404)
    }
  })

  test('another homeowner’s quote, invoice and equipment ids are a 404, and signing their quote writes nothing', async () => {
    const paths = [
      `/portal/quotes/${bids.decline.id}`, `/portal/quotes/${bids.decline.id}/pdf`, `/portal/invoices/${ids.partial}`, `/portal/invoices/${ids.partial}/pdf`,
      `/portal/equipment/${ids.heater}`, `/portal/quotes/${bids.draft.id}`, `/portal/invoices/${ids.draftInvoice}`,
    ]
    for (const path of paths) expect((await omar.api.get(path)).status, path).toBe(404)
    // Priya's own draft quote and draft invoice do not exist for her either.
    expect((await priya.api.get(`/portal/quotes/${bids.draft.id}`)).status).toBe(404)
    expect((await priya.api.get(`/portal/invoices/${ids.draftInvoice}`)).status).toBe(404)
    const signed = await omar.api.post(`/portal/quotes/${bids.omar.id}/accept`, { signedName: 'Omar Ruiz', contentHash: '0'.repeat(32) })
    expect(signed.status).toBe(409)
    const other = await omar.api.post(`/portal/quotes/${bids.crm.id}/accept`, { signedName: 'Omar Ruiz', contentHash: '0'.repeat(32) })
    expect(other.status).toBe(404)
    const draft = await priya.api.post(`/portal/quotes/${bids.draft.id}/accept`, { signedName: 'Priya Natarajan', contentHash: '0'.repeat(32) })
    expect(draft.status).toBe(404)
    const rows = await asAdmin(server, (sql) => sql<{ status: string }[]>`select status from bids where id in (${bids.omar.id}, ${bids.draft.id}) order by status`)
    expect(rows.map((r) => r.status)).toEqual(['draft', 'sent'])
  })

  test('a contractor’s staff are not homeowners: their own company’s customer is a 404 in the portal', async () => {
    expect((await north.owner.api.get(`/portal/customers/${ids.a1}/home`)).status).toBe(404)
    expect((await north.owner.api.get(`/portal/quotes/${bids.decline.id}`)).status).toBe(404)
    expect((await north.owner.api.get(`/portal/equipment/${ids.heater}`)).status).toBe(404)
    expect((await north.owner.api.get(`/portal/invoices/${ids.partial}`)).status).toBe(404)
  })

  test('raw SQL as a homeowner sees only their own shared records: no drafts, internal notes, materials, time, expenses or other customers', async () => {
    const seen = await asUser(server, priya.userId, async (sql) => {
      const count = async (query: Promise<{ n: number }[]>) => (await query)[0]!.n
      return {
        customers: (await sql<{ id: string }[]>`select id from customers order by name`).map((r) => r.id),
        bidStatuses: (await sql<{ status: string }[]>`select distinct status::text from bids where customer_id = ${ids.a1} order by 1`).map((r) => r.status),
        draftInvoices: await count(sql`select count(*)::int as n from invoices where status = 'draft'`),
        draftLines: await count(sql`select count(*)::int as n from invoice_line_items where description like 'SECRET%'`),
        notes: (await sql<{ body: string }[]>`select body from job_notes`).map((r) => r.body),
        materials: await count(sql`select count(*)::int as n from job_materials`),
        time: await count(sql`select count(*)::int as n from time_entries`),
        expenses: await count(sql`select count(*)::int as n from expenses`),
        otherJobs: await count(sql`select count(*)::int as n from jobs where customer_id not in (${ids.a1}, ${ids.b1})`),
        invitations: await count(sql`select count(*)::int as n from portal_invitations`),
        members: await count(sql`select count(*)::int as n from company_members`),
      }
    })
    expect(seen.customers.sort()).toEqual([ids.a1, ids.b1].sort())
    expect(seen.bidStatuses).toEqual(['accepted', 'declined', 'sent'])
    expect(seen).toMatchObject({ draftInvoices: 0, draftLines: 0, materials: 0, time: 0, expenses: 0, otherJobs: 0, invitations: 0, members: 0 })
    expect(seen.notes).toEqual(['Flushed the tank and replaced the anode rod.'])
  })

  test('raw SQL as another homeowner sees nothing of the first one’s, and cannot write to it', async () => {
    const seen = await asUser(server, omar.userId, async (sql) => {
      const rows = async (table: string) => (await sql<{ n: number }[]>`select count(*)::int as n from ${sql(table)} where customer_id = ${ids.a1}`)[0]!.n
      const counts: Record<string, number> = {}
      for (const table of ['properties', 'equipment', 'jobs', 'bids', 'invoices', 'message_threads', 'leads']) counts[table] = await rows(table)
      counts.customers = (await sql<{ n: number }[]>`select count(*)::int as n from customers where id <> ${ids.a2}`)[0]!.n
      counts.updated = (await sql`update bids set status = 'accepted' where id = ${bids.decline.id}`).count
      counts.renamed = (await sql`update customers set name = 'Hacked' where id = ${ids.a1}`).count
      return counts
    })
    expect(seen).toEqual({ properties: 0, equipment: 0, jobs: 0, bids: 0, invoices: 0, message_threads: 0, leads: 0, customers: 0, updated: 0, renamed: 0 })
  })
})

describe('tenancy between contractors', () => {
  test('a homeowner of two contractors sees each relationship with only its own records', async () => {
    const [northQuotes, harborQuotes] = await Promise.all([priya.api.get(`/portal/customers/${ids.a1}/quotes`), priya.api.get(`/portal/customers/${ids.b1}/quotes`)])
    expect(harborQuotes.body.map((q: { id: string }) => q.id)).toEqual([bids.harbor.id])
    expect(northQuotes.body.map((q: { id: string }) => q.id)).not.toContain(bids.harbor.id)
    expect((await priya.api.get(`/portal/customers/${ids.b1}/jobs`)).body.map((j: { id: string }) => j.id)).toEqual([ids.harborJob])
    expect((await priya.api.get(`/portal/customers/${ids.b1}/invoices`)).body.map((i: { id: string }) => i.id)).toEqual([ids.harborInvoice])
    expect((await priya.api.get(`/portal/customers/${ids.b1}/equipment`)).body).toEqual([])
    const harborHome = (await priya.api.get(`/portal/customers/${ids.b1}/home`)).body
    expect(harborHome).toMatchObject({ company: { id: harbor.companyId, name: 'Harbor HVAC' }, balanceDueCents: 30000, overdueCents: 0, openInvoices: 1, unreadMessages: 0, openRequests: 0 })
    expect(harborHome.openQuotes.map((q: { id: string }) => q.id)).toEqual([bids.harbor.id])
  })

  test('a tech at one contractor who is a homeowner of another has the whole portal there, and still nothing more at their own company', async () => {
    const techAtHome = (await created(north.office.api.post('/customers', { name: 'Harbor tech at home' }))).id
    await link(north, techAtHome, harbor.tech)
    const quote = await sentBid(north, techAtHome, 'Sump pump replacement', { validUntil: addDays(today, 30) })
    const invoice = await sentInvoice(north, techAtHome, { lines: [line('Sump pump service', 26000)] })
    const visit = (await created(north.office.api.post('/jobs', { customerId: techAtHome, title: 'Sump pump install' }))).id

    // Northline's shares reach them, although their role at Harbor is tech.
    expect((await harbor.tech.api.get(`/portal/customers/${techAtHome}/quotes`)).body.map((q: { id: string }) => q.id)).toEqual([quote.id])
    expect((await harbor.tech.api.get(`/portal/customers/${techAtHome}/invoices`)).body.map((i: { id: string }) => i.id)).toEqual([invoice])
    expect((await harbor.tech.api.get(`/portal/customers/${techAtHome}/jobs`)).body.map((j: { id: string }) => j.id)).toEqual([visit])
    const opened = (await harbor.tech.api.get(`/portal/quotes/${quote.id}`)).body
    const signed = await harbor.tech.api.post(`/portal/quotes/${quote.id}/accept`, { signedName: 'Harbor Tech', contentHash: opened.contentHash })
    expect(signed.status).toBe(200)
    expect((await north.office.api.get(`/bids/${quote.id}`)).body.decision).toMatchObject({ via: 'client_portal', signedName: 'Harbor Tech' })

    // At Harbor they are still a tech: no bids, invoices or leads through the API or in raw SQL, and no writes.
    for (const path of ['/bids', '/invoices', '/leads']) expect((await harbor.tech.api.get(path)).status).toBe(403)
    const seen = await asUser(server, harbor.tech.userId, async (sql) => {
      const companyRows = async (table: string) => (await sql<{ n: number }[]>`select count(*)::int as n from ${sql(table)} where company_id = ${harbor.companyId}`)[0]!.n
      const counts: Record<string, number> = {}
      for (const table of ['bids', 'bid_line_items', 'invoices', 'payments', 'leads', 'email_outbox', 'portal_invitations']) counts[table] = await companyRows(table)
      counts.unassignedJobs = (await sql<{ n: number }[]>`select count(*)::int as n from jobs where id = ${ids.harborJob}`)[0]!.n
      counts.voided = (await sql`update invoices set status = 'void' where id = ${ids.harborInvoice}`).count
      counts.northlineBids = (await sql<{ n: number }[]>`select count(*)::int as n from bids where company_id = ${north.companyId}`)[0]!.n
      return counts
    })
    expect(seen).toEqual({ bids: 0, bid_line_items: 0, invoices: 0, payments: 0, leads: 0, email_outbox: 0, portal_invitations: 0, unassignedJobs: 0, voided: 0, northlineBids: 1 })
  })
})
