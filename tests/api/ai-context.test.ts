import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, signUp, signUpOps, type Account, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

/**
 * Z's context assembly seen through dry runs: personas, Layer 6 (what each role's prompt may
 * contain), the owner's overrides, session enrichment under RLS, and the budget.
 */

let server: TestServer
let team: Team
let rival: Team
let customerId: string
let assignedJobId: string
let otherJobId: string
let invoiceId: string
let bidId: string

/** Pattern values no other text in a prompt could contain by accident. */
const patternMarkers = {
  job_duration: 4.37,
  bid_pricing: 3217.77,
  material_cost: 91.13,
  bid_win_rate: 0.6131,
  equipment_lifespan: 13.7,
  failure_pattern: 2.91,
} as const
const invoiceAmount = '$7,654.32'
const bidLinePrice = 432_109
const bidAmount = '$4,321.09'

async function seedPatterns() {
  await asAdmin(server, async (sql) => {
    for (const [type, marker] of Object.entries(patternMarkers)) {
      await sql`
        insert into intelligence_patterns (pattern_type, trade, region, job_category, data, sample_size, confidence, last_computed_at)
        values (${type}, 'electrical', 'CT', 'panel_upgrade', ${sql.json({ marker })}, 140, 0.7, now())`
    }
    // Below its threshold: never surfaced, to anyone.
    await sql`
      insert into intelligence_patterns (pattern_type, trade, region, job_category, data, sample_size, confidence)
      values ('equipment_lifespan', 'electrical', null, 'service_drop', ${sql.json({ marker: 77.77 })}, 12, 0.1)`
  })
}

const dryRun = (account: Account, body: Record<string, unknown> = {}) =>
  account.api.post('/ai/chat', { message: 'What should I charge for a panel upgrade and how long will it take?', platform: 'web_crm', dry_run: true, ...body })

beforeAll(async () => {
  server = await startTestServer()
  ;[team, rival] = await Promise.all([createTeam(server, 'Context Electric'), createTeam(server, 'Rival Electric')])
  const customer = await team.office.api.post('/customers', { name: 'Marisol Ortega', phone: '860-555-0142', email: 'marisol@example.com' })
  customerId = customer.body.id
  const assigned = await team.office.api.post('/jobs', { customerId, title: 'Panel swap at Ortega', jobCategory: 'panel_upgrade', assigneeIds: [team.tech.userId], estimatedHours: 6 })
  assignedJobId = assigned.body.id
  otherJobId = (await team.office.api.post('/jobs', { customerId, title: 'Unassigned attic fan', assigneeIds: [] })).body.id
  const invoice = await team.office.api.post('/invoices', { customerId, lines: [{ description: 'Service upgrade', quantity: '1', unitPriceCents: 765_432, type: 'labor' }] })
  invoiceId = invoice.body.id
  expect((await team.office.api.post(`/invoices/${invoiceId}/mark-sent`, {})).status).toBe(200)
  const bid = await team.office.api.post('/bids', { customerId, lines: [{ description: 'Panel', quantity: '1', unitPriceCents: bidLinePrice, type: 'material' }] })
  bidId = bid.body.id
  await seedPatterns()
}, 120_000)

afterAll(async () => {
  await server?.stop()
})

const session = () => ({ current_screen: 'invoice_detail', screen_history: ['dashboard', 'invoice_list'], active_customer_id: customerId, active_invoice_id: invoiceId, active_bid_id: bidId, active_job_id: assignedJobId })

describe('Layer 1: the persona comes from the database', () => {
  test('owner and admin are owner_admin, office is office, a tech is field_tech', async () => {
    const personas = await Promise.all([team.owner, team.admin, team.office, team.tech].map(async (account) => (await dryRun(account)).body.persona))
    expect(personas).toEqual(['owner_admin', 'owner_admin', 'office', 'field_tech'])
  })

  test('a signed-in person without a company is a homeowner in the client portal, and is told what to do in the CRM', async () => {
    const homeowner = await signUp(server, 'homeowner')
    const portal = await dryRun(homeowner, { platform: 'client_portal', message: 'my furnace is making a banging noise' })
    expect(portal.status).toBe(200)
    expect(portal.body.persona).toBe('homeowner')
    expect(portal.body.system_prompt).toMatch(/Never give prices/)
    expect(portal.body.system_prompt).toMatch(/Never suggest doing work yourself/)
    const crm = await dryRun(homeowner)
    expect(crm.status).toBe(403)
    expect(crm.body.error.code).toBe('no_company')
  })

  test('platform staff are the ops persona in the ops portal: every anonymous pattern, no tenant business data', async () => {
    const staff = await signUpOps(server)
    const { body } = await dryRun(staff, { platform: 'ops_portal' })
    expect(body.persona).toBe('ops')
    expect(body.context.identity.company).toBeNull()
    expect(body.context.visibility).toMatchObject({ pricing_intelligence: true, time_benchmarks: true, customer_payment_history: false, revenue_data: false })
    expect(body.system_prompt).toMatch(/anonymous aggregates/)
  })

  test("a tech's system prompt speaks peer to peer, cites code and knows who approves prices", async () => {
    const { body } = await dryRun(team.tech)
    expect(body.system_prompt).toMatch(/colleague/)
    expect(body.system_prompt).toMatch(/Cite the code section/)
    expect(body.system_prompt).toMatch(/office or the owner/)
    expect(body.context.identity).toMatchObject({ role: 'tech', company: { name: 'Context Electric', trades: ['electrical'], state: 'CT' } })
  })

  test('the request cannot choose its persona or role', async () => {
    const response = await dryRun(team.tech, { persona: 'owner_admin', role: 'owner' })
    expect(response.body.persona).toBe('field_tech')
  })
})

describe('Layer 6: what a role may not see never enters its prompt', () => {
  const visibleMarkers = (text: string) =>
    Object.entries(patternMarkers)
      .filter(([, marker]) => text.includes(String(marker)))
      .map(([type]) => type)
      .sort()

  test('each role sees exactly the pattern types of the default matrix, and nobody sees a pattern under its threshold', async () => {
    const seen: Record<string, string[]> = {}
    for (const [role, account] of Object.entries({ owner: team.owner, admin: team.admin, office: team.office, tech: team.tech })) {
      const text = JSON.stringify((await dryRun(account, { session_context: session() })).body)
      seen[role] = visibleMarkers(text)
      expect(text).not.toContain('77.77')
    }
    expect(seen).toEqual({
      owner: ['bid_pricing', 'bid_win_rate', 'equipment_lifespan', 'failure_pattern', 'job_duration', 'material_cost'],
      admin: ['bid_pricing', 'bid_win_rate', 'equipment_lifespan', 'failure_pattern', 'job_duration', 'material_cost'],
      office: ['bid_win_rate', 'equipment_lifespan', 'failure_pattern'],
      tech: ['equipment_lifespan', 'failure_pattern'],
    })
  })

  test("invoice amounts and bid prices reach only the roles whose matrix allows them, anywhere in the dry run", async () => {
    const text = async (account: Account) => JSON.stringify((await dryRun(account, { session_context: session() })).body)
    const owner = await text(team.owner)
    expect(owner).toContain(invoiceAmount)
    expect(owner).toContain(bidAmount)
    const office = await text(team.office)
    expect(office).toContain(invoiceAmount)
    expect(office).not.toContain(bidAmount)
    expect(office).not.toContain(String(bidLinePrice))
    const tech = await text(team.tech)
    for (const hidden of [invoiceAmount, '765432', bidAmount, String(bidLinePrice), 'INV-0001', 'BID-0001']) expect(tech).not.toContain(hidden)
  })

  test('the restriction rules redirect instead of refusing', async () => {
    const { body } = await dryRun(team.tech)
    expect(body.context.restrictions).toMatch(/do not say it is forbidden/)
    expect(body.system_prompt).toContain(body.context.restrictions)
    expect((await dryRun(team.owner)).body.context.restrictions).toBe('')
  })

  test("the owner's overrides take effect at once, both ways, and owners always see everything", async () => {
    const put = await team.owner.api.put(`/companies/${team.companyId}/ai-visibility`, { office: { pricing_intelligence: true }, admin: { pricing_intelligence: false } })
    expect(put.status).toBe(200)
    const office = JSON.stringify((await dryRun(team.office, { session_context: session() })).body)
    expect(office).toContain(String(patternMarkers.bid_pricing))
    expect(office).toContain(bidAmount)
    const admin = JSON.stringify((await dryRun(team.admin, { session_context: session() })).body)
    expect(admin).not.toContain(String(patternMarkers.bid_pricing))
    expect(admin).not.toContain(bidAmount)
    // Back to the defaults: an override equal to the default is not stored.
    const reset = await team.owner.api.put(`/companies/${team.companyId}/ai-visibility`, { office: { pricing_intelligence: false }, admin: { pricing_intelligence: true } })
    expect(reset.body.roles.flatMap((role: any) => role.categories).filter((c: any) => c.overridden)).toEqual([])
    const [stored] = await asAdmin(server, (sql) => sql`select ai_visibility_settings from companies where id = ${team.companyId}`)
    expect(stored!.ai_visibility_settings).toEqual({})
  })

  test("a rival company's overrides change nothing here", async () => {
    await rival.owner.api.put(`/companies/${rival.companyId}/ai-visibility`, { tech: { pricing_intelligence: true, customer_payment_history: true } })
    const tech = JSON.stringify((await dryRun(team.tech, { session_context: session() })).body)
    expect(tech).not.toContain(String(patternMarkers.bid_pricing))
  })
})

describe('the visibility settings endpoint', () => {
  test('only the owner reads or changes it', async () => {
    for (const account of [team.admin, team.office, team.tech]) {
      expect((await account.api.get(`/companies/${team.companyId}/ai-visibility`)).status).toBe(403)
      expect((await account.api.put(`/companies/${team.companyId}/ai-visibility`, { tech: { pricing_intelligence: true } })).status).toBe(403)
    }
    expect((await rival.owner.api.get(`/companies/${team.companyId}/ai-visibility`)).status).toBe(404)
  })

  test('lists every category per role with its default, and refuses unknown roles or categories without changing anything', async () => {
    const { body } = await team.owner.api.get(`/companies/${team.companyId}/ai-visibility`)
    expect(body.roles.map((role: any) => role.role)).toEqual(['admin', 'office', 'tech'])
    const tech = body.roles.find((role: any) => role.role === 'tech')
    expect(tech.categories.find((c: any) => c.category === 'pricing_intelligence')).toMatchObject({ default: false, allowed: false, overridden: false })
    expect(tech.categories.find((c: any) => c.category === 'code_compliance')).toMatchObject({ default: true, allowed: true })
    for (const bad of [{ owner: { margin_data: false } }, { tech: { secret_sauce: true } }, { tech: { pricing_intelligence: 'yes' } }]) {
      const response = await team.owner.api.put(`/companies/${team.companyId}/ai-visibility`, bad)
      expect(response.status).toBe(422)
    }
    expect((await team.owner.api.get(`/companies/${team.companyId}/ai-visibility`)).body).toEqual(body)
  })
})

describe('Layer 4: the session is enriched with what this person may see', () => {
  test('the open records come back with their details, and the intent is inferred from the trail', async () => {
    const { body } = await dryRun(team.office, { session_context: session() })
    expect(body.context.session).toMatchObject({
      currentScreen: 'invoice_detail',
      inferredIntent: 'chasing_payments',
      customer: { name: 'Marisol Ortega', phone: '860-555-0142' },
      invoice: { number: 'INV-0001', total_cents: 765_432 },
      job: { title: 'Panel swap at Ortega', category: 'panel_upgrade' },
    })
    expect(body.system_prompt).toContain('Open customer')
  })

  test("a tech's unassigned job, and any bid or invoice, come back empty for them", async () => {
    const { body } = await dryRun(team.tech, { session_context: { ...session(), active_job_id: otherJobId } })
    expect(body.context.session).toMatchObject({ job: null, bid: null, invoice: null })
    expect(JSON.stringify(body)).not.toContain('Unassigned attic fan')
  })

  test("another company's records are never enriched", async () => {
    const { body } = await dryRun(rival.owner, { session_context: session() })
    expect(body.context.session).toMatchObject({ job: null, customer: null, bid: null, invoice: null })
  })

  test('a malformed session is refused with the field named', async () => {
    const response = await dryRun(team.office, { session_context: { active_job_id: 'job-4521' } })
    expect(response.status).toBe(422)
    expect(JSON.stringify(response.body.error.details)).toContain('session_context.active_job_id')
  })
})

describe('the context budget', () => {
  async function longConversation(account: Account, messages: number) {
    return asAdmin(server, async (sql) => {
      const [conversation] = await sql`
        insert into ai_conversations (user_id, company_id, persona, surface, message_count)
        values (${account.userId}, ${team.companyId}, 'owner_admin', 'web_crm', ${messages}) returning id`
      for (let i = 0; i < messages; i++) {
        await sql`
          insert into ai_messages (conversation_id, user_id, company_id, role, content, message_index)
          values (${conversation!.id}, ${account.userId}, ${team.companyId}, ${i % 2 ? 'assistant' : 'user'},
                  ${`Message ${i}. ` + 'We talked about conductor sizing, derating and terminations at length. '.repeat(120)}, ${i})`
      }
      return conversation!.id as string
    })
  }

  test('a long conversation is summarised to fit, keeping the last five messages and every protected slot whole', async () => {
    const conversationId = await longConversation(team.owner, 30)
    const message = 'summarize what we talked about so far'
    const { body } = await dryRun(team.owner, { message, conversation_id: conversationId, session_context: session() })
    expect(body.route.tier).toBe('balanced')
    expect(body.budget.total_tokens).toBeLessThanOrEqual(body.budget.limit_tokens)
    const verbatim = body.messages.slice(0, -1)
    expect(verbatim).toHaveLength(5)
    expect(verbatim.at(-1).content).toMatch(/^Message 29\./)
    expect(body.messages.at(-1)).toEqual({ role: 'user', content: message })
    expect(body.budget.trimmed.join(' ')).toMatch(/summar/i)
    expect(body.system_prompt).toContain('Open invoice')
    expect(body.system_prompt).toContain('## Who is asking')
  })

  test('another person cannot read a conversation by its id', async () => {
    const conversationId = await longConversation(team.owner, 2)
    const response = await dryRun(team.admin, { conversation_id: conversationId })
    expect(response.status).toBe(404)
  })
})

describe('without a model configured', () => {
  test('the offline provider answers from what Z found, says plainly that no model is configured, and costs nothing', async () => {
    const response = await team.tech.api.post('/ai/chat', { message: 'what are the common causes of a furnace short cycling?', platform: 'web_crm' })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ model_used: 'offline', uncertain: false })
    expect(response.body.response).toMatch(/no language model is configured/i)
    expect(response.body.confidence).toBeLessThan(0.5)
  })
})

describe('dry runs', () => {
  test('write nothing', async () => {
    const count = () => asAdmin(server, async (sql) => (await sql`select (select count(*) from ai_conversations)::int + (select count(*) from ai_actions)::int as n`)[0]!.n)
    const before = await count()
    await dryRun(team.owner, { message: 'add a customer Jane Parker, jane@example.com' })
    expect(await count()).toBe(before)
  })
})
