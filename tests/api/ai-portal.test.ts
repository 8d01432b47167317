import type postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { signUp, type Account } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

/**
 * Z in the client portal: a homeowner's turn is about their own records and their own
 * contractor, never carries a price (patterns, quotes, invoices), points cost questions to the
 * contractor, knows the equipment being viewed, and turns a request for a visit into a service
 * request that reaches the contractor only once the homeowner confirms it.
 */

let server: TestServer
let acme: { owner: Account; companyId: string }
let bolt: { owner: Account; companyId: string }
/** A homeowner of Acme's with a water heater, a sent quote and a sent invoice. */
let priya: Account
let priyaCustomerId: string
let priyaHeaterId: string
let priyaQuoteId: string
let priyaInvoiceId: string
/** Another homeowner of Acme's, with a furnace. */
let omar: Account
let omarFurnaceId: string
/** A homeowner who is a customer of both Acme and Bolt. */
let dana: Account
let danaAcmeCustomerId: string
/** Signed in, linked to nobody. */
let stranger: Account

const ACME = 'Acme Plumbing & Heating'
const BOLT = 'Bolt Electric'

/** Figures no other text in a dry run could contain by accident. */
const priceFigures = { heaterBidMedian: 2_468.13, heaterBidP25: 1_975.31, heaterBidP75: 3_086.42, heaterMaterial: 1_357.91, tankMaterial: 912.37 }
const quoteLineCents = 187_654
const invoiceLineCents = 243_219
const lifespan = { median: 11.35, p25: 9.2, p75: 13.1, n: 140 }
/** Omar's furnace, which must never reach Priya's context. */
const omarFurnace = { make: 'Lennox', model: 'ML180UH070', serial: 'LNX-5512-ZZ' }

/** `$1,876.54`, `1876.54`, `187654`: every way an amount could be written. */
const centsSpellings = (cents: number) => [String(cents), (cents / 100).toFixed(2), `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`]
const dollarSpellings = (value: number) => [String(value), `$${value.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(value) ? 0 : 2, maximumFractionDigits: 2 })}`]
const allPriceSpellings = () => [
  ...Object.values(priceFigures).flatMap(dollarSpellings),
  ...[quoteLineCents, invoiceLineCents].flatMap((cents) => [...centsSpellings(cents), ...centsSpellings(Math.round(cents * 1.0635))]),
]

const ask = (account: Account, message: string, extra: Record<string, unknown> = {}) => account.api.post('/ai/chat', { message, platform: 'client_portal', ...extra })

async function dryRun(account: Account, message: string, session?: Record<string, unknown>) {
  const response = await ask(account, message, { dry_run: true, ...(session ? { session_context: session } : {}) })
  expect(response.status).toBe(200)
  return response.body
}

async function createCompany(name: string, trades: string[]) {
  const owner = await signUp(server, 'owner')
  const company = await owner.api.post('/companies', { name, trades, state: 'CT' })
  expect(company.status).toBe(201)
  return { owner, companyId: company.body.id as string }
}

/** A customer of the company, linked to the homeowner's sign-in as a claimed portal invitation would. */
async function linkedCustomer(company: { owner: Account }, homeowner: Account, name: string) {
  const customer = await company.owner.api.post('/customers', { name, email: homeowner.email })
  expect(customer.status).toBe(201)
  await asAdmin(server, (sql) => sql`update customers set portal_user_id = ${homeowner.userId} where id = ${customer.body.id}`)
  return customer.body.id as string
}

const yearsAgo = (years: number) => {
  const date = new Date()
  date.setUTCFullYear(date.getUTCFullYear() - years)
  date.setUTCDate(date.getUTCDate() - 20)
  return date.toISOString().slice(0, 10)
}

const insertPattern = (sql: postgres.Sql, row: { type: string; region: string | null; category: string; data: Record<string, unknown>; n: number; threshold?: number }) => sql`
  insert into intelligence_patterns (pattern_type, trade, region, job_category, data, sample_size, confidence, min_sample_threshold, last_computed_at)
  values (${row.type}, 'plumbing', ${row.region}, ${row.category}, ${sql.json(row.data as never)}, ${row.n}, 0.7, ${row.threshold ?? 25}, now())`

const count = (query: (sql: postgres.Sql) => Promise<{ n: number }[]>) => asAdmin(server, async (sql) => (await query(sql))[0]!.n)
const leadsOf = (companyId: string) => count((sql) => sql`select count(*)::int as n from leads where company_id = ${companyId}`)
const actionsOf = (userId: string) => count((sql) => sql`select count(*)::int as n from ai_actions where user_id = ${userId}`)

beforeAll(async () => {
  server = await startTestServer()
  ;[acme, bolt] = await Promise.all([createCompany(ACME, ['plumbing', 'hvac']), createCompany(BOLT, ['electrical'])])
  ;[priya, omar, dana, stranger] = await Promise.all([signUp(server, 'priya'), signUp(server, 'omar'), signUp(server, 'dana'), signUp(server, 'stranger')])

  priyaCustomerId = await linkedCustomer(acme, priya, 'Priya Natarajan')
  const property = await acme.owner.api.post(`/customers/${priyaCustomerId}/properties`, { address: '14 Birch Lane', city: 'Hartford', state: 'CT', postalCode: '06105' })
  expect(property.status).toBe(201)
  const heater = await acme.owner.api.post(`/customers/${priyaCustomerId}/equipment`, {
    propertyId: property.body.id,
    kind: 'Water heater',
    make: 'Rheem',
    model: 'XE50T10H45U0',
    installDate: yearsAgo(8),
    warrantyExpiresOn: yearsAgo(2),
  })
  expect(heater.status).toBe(201)
  priyaHeaterId = heater.body.id
  const quote = await acme.owner.api.post('/bids', {
    customerId: priyaCustomerId,
    title: 'Replace water heater',
    taxRateBps: 635,
    lines: [{ description: '50 gal water heater, installed', quantity: '1', unitPriceCents: quoteLineCents, type: 'material' }],
  })
  expect(quote.status).toBe(201)
  priyaQuoteId = quote.body.id
  expect((await acme.owner.api.post(`/bids/${priyaQuoteId}/mark-sent`, {})).status).toBe(200)
  const invoice = await acme.owner.api.post('/invoices', {
    customerId: priyaCustomerId,
    taxRateBps: 635,
    lines: [{ description: 'Water heater service', quantity: '1', unitPriceCents: invoiceLineCents, type: 'labor' }],
  })
  expect(invoice.status).toBe(201)
  priyaInvoiceId = invoice.body.id
  expect((await acme.owner.api.post(`/invoices/${priyaInvoiceId}/mark-sent`, {})).status).toBe(200)

  const omarCustomerId = await linkedCustomer(acme, omar, 'Omar Haddad')
  const furnace = await acme.owner.api.post(`/customers/${omarCustomerId}/equipment`, { kind: 'Furnace', make: omarFurnace.make, model: omarFurnace.model, serialNumber: omarFurnace.serial })
  expect(furnace.status).toBe(201)
  omarFurnaceId = furnace.body.id

  danaAcmeCustomerId = await linkedCustomer(acme, dana, 'Dana Whitfield')
  await linkedCustomer(bolt, dana, 'Dana Whitfield')

  await asAdmin(server, async (sql) => {
    const bid = { median_bid: priceFigures.heaterBidMedian, p25_bid: priceFigures.heaterBidP25, p75_bid: priceFigures.heaterBidP75 }
    await insertPattern(sql, { type: 'bid_pricing', region: 'CT', category: 'water_heater', data: bid, n: 300 })
    await insertPattern(sql, { type: 'bid_pricing', region: null, category: 'water_heater', data: bid, n: 900 })
    await insertPattern(sql, { type: 'material_cost', region: null, category: 'water_heater', data: { item: '50 gal water heater', median_cost: priceFigures.heaterMaterial, p25_cost: 1200, p75_cost: 1500 }, n: 200 })
    await insertPattern(sql, { type: 'material_cost', region: 'CT', category: '50_gal_tank', data: { item: '50 gal tank', median_cost: priceFigures.tankMaterial }, n: 120 })
    await insertPattern(sql, {
      type: 'equipment_lifespan',
      region: null,
      category: 'water_heater/rheem',
      data: { equipment_type: 'water_heater', brand: 'Rheem', model_family: null, median_lifespan_years: lifespan.median, p25_years: lifespan.p25, p75_years: lifespan.p75, common_failure_modes: ['tank leak'], climate_zone_adjustment: {} },
      n: lifespan.n,
      threshold: 50,
    })
  })
}, 120_000)

afterAll(async () => {
  await server?.stop()
})

describe('a homeowner asking "how much should a new water heater cost?"', () => {
  const question = 'how much should a new water heater cost?'

  test('the dry run holds no price figure from patterns, the quote or the invoice, even with the quote and invoice open', async () => {
    for (const session of [undefined, { current_screen: 'quote_detail', active_quote_id: priyaQuoteId, active_invoice_id: priyaInvoiceId, active_customer_id: priyaCustomerId }]) {
      const body = await dryRun(priya, question, session)
      expect(body.persona).toBe('homeowner')
      expect(body.context.visibility).toMatchObject({ pricing_intelligence: false, material_costs: false, customer_payment_history: false })
      expect(body.context.patterns.map((pattern: any) => pattern.patternType)).not.toContain('bid_pricing')
      expect(body.context.patterns.map((pattern: any) => pattern.patternType)).not.toContain('material_cost')
      expect(body.context.pattern_gaps).toEqual([])
      const text = JSON.stringify(body)
      for (const figure of allPriceSpellings()) expect(text).not.toContain(figure)
      expect(text).not.toMatch(/\$\s?\d/)
      expect(body.system_prompt).toContain(`Their contractor for this conversation: ${ACME}`)
      expect(body.system_prompt).toMatch(/A question about cost or price: say Acme Plumbing & Heating quotes the work/)
    }
  })

  test('with the quote open, its lines are there to explain but carry no amount', async () => {
    const body = await dryRun(priya, 'what does this quote include?', { current_screen: 'quote_detail', active_quote_id: priyaQuoteId })
    expect(body.context.session.bid).toMatchObject({ title: 'Replace water heater', status: 'sent', lines: [{ description: '50 gal water heater, installed' }] })
    expect(body.context.session.bid).not.toHaveProperty('total_cents')
    expect(body.context.session.bid.lines[0]).not.toHaveProperty('unit_price_cents')
    expect(body.context.session.bid).not.toHaveProperty('created_by_ai')
    expect(body.context.portal).toMatchObject({ basis: 'viewed', relationship: { customerId: priyaCustomerId, company: { name: ACME } } })
  })

  test('the answer points to the contractor, offers to ask them for a quote, and names no figure', async () => {
    const response = await ask(priya, question)
    expect(response.status).toBe(200)
    expect(response.body.model_used).toBe('fast-path')
    expect(response.body.response).toContain(`I can’t give prices or estimates: ${ACME} quotes the work`)
    expect(response.body.response).toContain(`Want ${ACME} to quote it?`)
    expect(response.body.response).not.toMatch(/\$\s?\d|\d+\s?(?:dollars|usd)/i)
    expect(response.body.suggested_actions).toEqual([{ kind: 'ask', label: `Ask ${ACME} for a quote`, message: `Send ${ACME} a request: please quote a new water heater` }])
  })

  test('asking how to do risky work yourself gets why it is for a pro and a request chip, no steps and no model; the chip proposes a request that waits for Confirm', async () => {
    const before = await leadsOf(acme.companyId)
    const response = await ask(priya, 'Can I replace the water heater myself?', { session_context: { current_screen: 'equipment_detail', active_equipment_id: priyaHeaterId } })
    expect(response.status).toBe(200)
    expect(response.body.model_used).toBe('fast-path')
    expect(response.body.response).toContain('That’s a water heater, and it is one for a licensed professional, not a do-it-yourself job')
    expect(response.body.response).toContain(`Want ${ACME} to take a look?`)
    const [chip] = response.body.suggested_actions
    expect(chip).toMatchObject({ kind: 'ask', label: `Ask ${ACME} to take a look` })

    const tapped = await ask(priya, chip.message, { session_context: { current_screen: 'equipment_detail', active_equipment_id: priyaHeaterId } })
    expect(tapped.body.pending_intent).toMatchObject({ action: 'request_service', params: { customerId: priyaCustomerId, companyName: ACME, equipmentId: priyaHeaterId } })
    expect(await leadsOf(acme.companyId)).toBe(before)
    expect((await priya.api.post(`/ai/intents/${tapped.body.pending_intent.id}/cancel`, undefined)).status).toBe(200)
  })

  test('the rules a homeowner gets: plain English, no prices, no DIY where there is risk, never another contractor', async () => {
    const body = await dryRun(priya, 'my furnace is making a banging noise')
    for (const rule of [
      'Use plain English',
      'Never give prices, price ranges or cost estimates',
      'Never suggest doing work yourself where there is any safety risk',
      'never suggest switching contractors',
      'leave the area, call the utility or 911',
      `send ${ACME} a request: my water heater is leaking`,
    ]) {
      expect(body.system_prompt).toContain(rule)
    }
    expect(body.system_prompt).not.toContain('create a job for Jane Parker')
    expect(body.tools).toEqual([])
  })
})

describe('the equipment being viewed', () => {
  const session = (equipmentId: string) => ({ current_screen: 'equipment_detail', screen_history: ['equipment'], active_equipment_id: equipmentId })

  test('its make, age, warranty and lifespan insight are in the context, with the lifespan pattern for its brand', async () => {
    const body = await dryRun(priya, 'how long will it last?', session(priyaHeaterId))
    expect(body.context.session.equipment).toMatchObject({ kind: 'Water heater', make: 'Rheem', model: 'XE50T10H45U0', age_years: 8, warranty: 'expired', location: '14 Birch Lane' })
    expect(body.context.session.equipment.lifespan_insight).toBe('Water heaters of this brand typically last 9–13 years; yours is 8.')
    expect(body.context.session.inferredIntent).toBe('asking_about_equipment')
    expect(body.context.patterns[0]).toMatchObject({ patternType: 'equipment_lifespan', jobCategory: 'water_heater/rheem', sampleSize: lifespan.n })
    expect(body.system_prompt).toContain('Open equipment: {')
    expect(body.system_prompt).toContain(`median lifespan ${lifespan.median} years (p25 ${lifespan.p25} years, p75 ${lifespan.p75} years)`)
    expect(body.context.portal.basis).toBe('viewed')
  })

  test("another homeowner's equipment id is ignored: nothing of it reaches the dry run", async () => {
    const body = await dryRun(priya, 'how long will it last?', session(omarFurnaceId))
    expect(body.context.session.equipment).toBeNull()
    expect(body.context.session.viewedCustomerId).toBeNull()
    const text = JSON.stringify(body)
    for (const secret of [omarFurnaceId, ...Object.values(omarFurnace), 'Omar']) expect(text).not.toContain(secret)
    // Priya's own contractor is still the one the turn is about: her only one.
    expect(body.context.portal).toMatchObject({ basis: 'only', relationship: { customerId: priyaCustomerId } })
  })
})

describe('a service request from the chat', () => {
  test('is proposed for the viewed equipment, written nowhere until the homeowner confirms, and then lands once as a lead of the right contractor', async () => {
    const [acmeBefore, boltBefore] = [await leadsOf(acme.companyId), await leadsOf(bolt.companyId)]
    const response = await ask(priya, 'My water heater is leaking from the bottom', { session_context: { current_screen: 'equipment_detail', active_equipment_id: priyaHeaterId } })
    expect(response.status).toBe(200)
    const intent = response.body.pending_intent
    expect(intent).toMatchObject({
      action: 'request_service',
      params: { customerId: priyaCustomerId, companyName: ACME, type: 'problem', description: 'My water heater is leaking from the bottom', equipmentId: priyaHeaterId },
      summary: `Send ${ACME} a service request (something’s wrong) about your water heater (Rheem): “My water heater is leaking from the bottom”`,
    })
    expect(response.body.response).toBe(`That’s one for ${ACME} to look at. I prepared a service request for them: check it, then confirm to send it. Nothing is sent until you confirm.`)
    expect(await leadsOf(acme.companyId)).toBe(acmeBefore)
    const [stored] = await asAdmin(server, (sql) => sql`select company_id, status from ai_actions where id = ${intent.id}`)
    expect(stored).toMatchObject({ company_id: acme.companyId, status: 'proposed' })

    // Nobody else can confirm it: another homeowner of the same contractor, or the contractor.
    for (const other of [omar, acme.owner, stranger]) {
      const refused = await other.api.post(`/ai/intents/${intent.id}/confirm`, undefined)
      expect(refused.status).toBe(404)
    }
    expect(await leadsOf(acme.companyId)).toBe(acmeBefore)

    const confirmed = await priya.api.post(`/ai/intents/${intent.id}/confirm`, undefined)
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.intent).toMatchObject({ action: 'request_service', status: 'executed', result: { entityType: 'service_request', href: '/portal/requests/' } })
    expect(await leadsOf(acme.companyId)).toBe(acmeBefore + 1)
    expect(await leadsOf(bolt.companyId)).toBe(boltBefore)
    const [lead] = await asAdmin(server, (sql) => sql`select * from leads where id = ${confirmed.body.intent.result.id}`)
    expect(lead).toMatchObject({
      company_id: acme.companyId,
      customer_id: priyaCustomerId,
      source: 'client_portal',
      stage: 'new',
      request_type: 'problem',
      notes: 'My water heater is leaking from the bottom',
      equipment_id: priyaHeaterId,
      requested_by: priya.userId,
    })
    const audit = await asAdmin(server, (sql) => sql`select company_id, actor_user_id from audit_log where action = 'ai.intent.execute' and entity_id = ${intent.id}`)
    expect(audit).toEqual([{ company_id: acme.companyId, actor_user_id: priya.userId }])

    const again = await priya.api.post(`/ai/intents/${intent.id}/confirm`, undefined)
    expect(again.status).toBe(409)
    expect(await leadsOf(acme.companyId)).toBe(acmeBefore + 1)
    // The contractor sees it in the CRM.
    const leads = await acme.owner.api.get('/leads')
    expect(JSON.stringify(leads.body)).toContain('My water heater is leaking from the bottom')
  })

  test('the quote chip from a cost answer proposes a request for a quote, and the homeowner can cancel it', async () => {
    const chip = (await ask(priya, 'how much would a new water heater cost?')).body.suggested_actions[0]
    const response = await ask(priya, chip.message)
    expect(response.body.pending_intent).toMatchObject({
      action: 'request_service',
      params: { customerId: priyaCustomerId, type: 'schedule_service', description: 'Please quote a new water heater', equipmentId: priyaHeaterId },
    })
    const before = await leadsOf(acme.companyId)
    expect((await omar.api.post(`/ai/intents/${response.body.pending_intent.id}/cancel`, undefined)).status).toBe(404)
    const cancelled = await priya.api.post(`/ai/intents/${response.body.pending_intent.id}/cancel`, undefined)
    expect(cancelled.status).toBe(200)
    expect((await priya.api.post(`/ai/intents/${response.body.pending_intent.id}/confirm`, undefined)).status).toBe(409)
    expect(await leadsOf(acme.companyId)).toBe(before)
  })

  test('a homeowner with two contractors and nothing open is asked which one, and nothing is proposed until they say', async () => {
    const before = await actionsOf(dana.userId)
    const response = await ask(dana, 'Please schedule a furnace tune-up')
    expect(response.status).toBe(200)
    expect(response.body.pending_intent).toBeUndefined()
    expect(response.body.response).toBe(`Which contractor should I send this to: ${ACME} or ${BOLT}?`)
    expect(response.body.suggested_actions).toEqual([
      { kind: 'ask', label: `Send to ${ACME}`, message: `Send ${ACME} a request: Schedule a furnace tune-up` },
      { kind: 'ask', label: `Send to ${BOLT}`, message: `Send ${BOLT} a request: Schedule a furnace tune-up` },
    ])
    expect(await actionsOf(dana.userId)).toBe(before)

    const chosen = await ask(dana, response.body.suggested_actions[0].message)
    expect(chosen.body.pending_intent).toMatchObject({ params: { customerId: danaAcmeCustomerId, companyName: ACME, type: 'schedule_service', description: 'Schedule a furnace tune-up' } })
    const [stored] = await asAdmin(server, (sql) => sql`select company_id from ai_actions where id = ${chosen.body.pending_intent.id}`)
    expect(stored!.company_id).toBe(acme.companyId)
  })

  test('the same homeowner asking about cost with no record open is asked which contractor should quote', async () => {
    const response = await ask(dana, 'what would a new water heater cost')
    expect(response.body.response).toContain(`Which contractor should quote it: ${ACME} or ${BOLT}?`)
    expect(response.body.suggested_actions.map((action: any) => action.label)).toEqual([`Ask ${ACME} for a quote`, `Ask ${BOLT} for a quote`])
  })

  test('a homeowner linked to no contractor is told how to get linked, and nothing is written', async () => {
    const before = await actionsOf(stranger.userId)
    const response = await ask(stranger, 'Can someone come look at my sump pump')
    expect(response.status).toBe(200)
    expect(response.body.pending_intent).toBeUndefined()
    expect(response.body.response).toMatch(/not connected to a contractor in ZAFTO yet/)
    expect(await actionsOf(stranger.userId)).toBe(before)
  })

  test('a smell of gas gets the safety step first, then the request', async () => {
    const response = await ask(priya, 'I smell gas near the water heater')
    expect(response.body.response).toMatch(/^If you smell gas, see sparks or smoke, or a carbon monoxide alarm is sounding: leave the house now and call 911/)
    expect(response.body.pending_intent).toMatchObject({ action: 'request_service', params: { type: 'problem', equipmentId: priyaHeaterId } })
  })

  test('a question is answered, not turned into a request, with an offer to ask the contractor', async () => {
    const before = await actionsOf(priya.userId)
    const response = await ask(priya, 'Is it normal for a water heater to make popping sounds?')
    expect(response.status).toBe(200)
    expect(response.body.pending_intent).toBeUndefined()
    expect(response.body.model_used).toBe('offline')
    expect(response.body.suggested_actions).toEqual([
      { kind: 'ask', label: `Ask ${ACME} to take a look`, message: `Send ${ACME} a request: Is it normal for a water heater to make popping sounds?` },
    ])
    expect(await actionsOf(priya.userId)).toBe(before)
  })
})
