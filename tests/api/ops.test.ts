import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pgBossOver } from '../../cron/queue'
import { growthPct } from '../../functions/ops/load-overview'
import { listCorpus } from '../../knowledge/ingest/list-corpus'
import { createTeam, signUp, signUpOps, type Account, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

/**
 * The ops portal API with figures checked against data this file creates: three companies
 * (electrical CT, plumbing+hvac NY, electrical without a state), their jobs and payments this
 * week, last week and earlier, client portal activity, Z's answers, feedback and corrections.
 */

let server: TestServer
let ops: Account
let alpha: Team
let bravo: Account
let charlie: Account
let homeowner: Account
let bravoCompanyId: string
let charlieCompanyId: string
const corrections: Record<'panelMajor' | 'panelMinor' | 'panelSafety' | 'venting' | 'homeowner', string> = {} as never

const corpusRoot = fileURLToPath(new URL('../../knowledge', import.meta.url))
const DAY = 86_400_000
const isoDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10)
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString()

async function createCompany(account: Account, body: Record<string, unknown>): Promise<string> {
  const company = await account.api.post('/companies', body)
  if (company.status !== 201) throw new Error(`company create failed: ${JSON.stringify(company.body)}`)
  return company.body.id
}

async function correct(account: Account, body: Record<string, unknown>): Promise<string> {
  const created = await account.api.post('/ai/corrections', { original_response: 'Two feet of clearance is enough.', ...body })
  if (created.status !== 201) throw new Error(`correction failed: ${JSON.stringify(created.body)}`)
  return created.body.id
}

/** Everything the figures below count, written as the service role (timestamps under the test's control). */
async function seedActivity() {
  await asAdmin(server, async (sql) => {
    const [a] = await sql<{ id: string }[]>`
      insert into customers (company_id, name, portal_user_id) values (${alpha.companyId}, 'Dana Alpha', ${homeowner.userId}) returning id`
    const [b] = await sql<{ id: string }[]>`
      insert into customers (company_id, name, portal_user_id) values (${bravoCompanyId}, 'Dana Bravo', ${homeowner.userId}) returning id`
    const [c] = await sql<{ id: string }[]>`insert into customers (company_id, name) values (${charlieCompanyId}, 'Lee Charlie') returning id`

    // Jobs: two completed this week (Alpha), one last week (Bravo), one three weeks ago (Charlie), one still open.
    await sql`
      insert into jobs (company_id, customer_id, title, trade, status, completed_at) values
        (${alpha.companyId}, ${a!.id}, 'Panel swap', 'electrical', 'completed', now()),
        (${alpha.companyId}, ${a!.id}, 'Outlet repair', 'electrical', 'completed', now()),
        (${bravoCompanyId}, ${b!.id}, 'Water heater', 'plumbing', 'completed', now() - interval '7 days'),
        (${charlieCompanyId}, ${c!.id}, 'Service drop', 'electrical', 'completed', now() - interval '21 days'),
        (${alpha.companyId}, ${a!.id}, 'Attic fan', 'electrical', 'scheduled', null)`

    // Payments: 150.00 + 50.00 this week, 100.00 last week, 20.00 sixty days ago (320.00 in all).
    const invoice = async (companyId: string, customerId: string, number: string) =>
      (await sql<{ id: string }[]>`insert into invoices (company_id, customer_id, number, status) values (${companyId}, ${customerId}, ${number}, 'sent') returning id`)[0]!.id
    const alphaInvoice = await invoice(alpha.companyId, a!.id, 'INV-A1')
    const bravoInvoice = await invoice(bravoCompanyId, b!.id, 'INV-B1')
    await sql`
      insert into payments (company_id, invoice_id, amount_cents, method, paid_on) values
        (${alpha.companyId}, ${alphaInvoice}, 15000, 'card', ${isoDay()}::date),
        (${bravoCompanyId}, ${bravoInvoice}, 5000, 'cash', ${isoDay()}::date),
        (${alpha.companyId}, ${alphaInvoice}, 10000, 'check', ${isoDay(-7)}::date),
        (${alpha.companyId}, ${alphaInvoice}, 2000, 'check', ${isoDay(-60)}::date)`

    // Client portal: a quote accepted and one declined in the portal (signed content hash), one accepted in the CRM.
    await sql`
      insert into bids (company_id, customer_id, number, status, accepted_at, declined_at, signed_content_hash) values
        (${alpha.companyId}, ${a!.id}, 'Q-A1', 'accepted', now(), null, 'hash-a'),
        (${bravoCompanyId}, ${b!.id}, 'Q-B1', 'declined', null, now(), 'hash-b'),
        (${alpha.companyId}, ${a!.id}, 'Q-A2', 'accepted', now(), null, null)`
    const [thread] = await sql<{ id: string }[]>`
      insert into message_threads (company_id, customer_id, subject) values (${alpha.companyId}, ${a!.id}, 'Panel') returning id`
    await sql`
      insert into messages (company_id, thread_id, sender, sender_user_id, body) values
        (${alpha.companyId}, ${thread!.id}, 'homeowner', ${homeowner.userId}, 'When can you come?'),
        (${alpha.companyId}, ${thread!.id}, 'homeowner', ${homeowner.userId}, 'Thanks!'),
        (${alpha.companyId}, ${thread!.id}, 'contractor', ${alpha.office.userId}, 'Tuesday at 9.')`
    await sql`
      insert into leads (company_id, name, source, stage, request_type, customer_id, requested_by) values
        (${alpha.companyId}, 'Dana Alpha', 'client_portal', 'new', 'problem', ${a!.id}, ${homeowner.userId}),
        (${alpha.companyId}, 'Walk-in', 'referral', 'new', null, null, null)`
    await sql`
      insert into portal_invitations (company_id, customer_id, email, token_hash, expires_at, claimed_at, claimed_by) values
        (${alpha.companyId}, ${a!.id}, ${homeowner.email}, 'token-hash-a', now() + interval '14 days', now(), ${homeowner.userId})`

    // Z: five answers in the last 30 days (one without a company), one older; feedback on four.
    const conversation = async (userId: string, companyId: string | null, persona: string) =>
      (await sql<{ id: string }[]>`
        insert into ai_conversations (user_id, company_id, persona, surface) values (${userId}, ${companyId}, ${persona}, 'web_crm') returning id`)[0]!.id
    const techChat = await conversation(alpha.tech.userId, alpha.companyId, 'field_tech')
    const bravoChat = await conversation(bravo.userId, bravoCompanyId, 'owner_admin')
    const homeChat = await conversation(homeowner.userId, null, 'homeowner')
    const answer = (
      chat: string,
      userId: string,
      companyId: string | null,
      index: number,
      a: { at: string; tier: string; model: string; queryType: string; input: number; output: number; cost: number; latency: number; escalated?: boolean; fastPath?: boolean },
    ) => sql`
      insert into ai_messages (conversation_id, user_id, company_id, role, content, message_index, created_at, model, tier, query_type,
                               input_tokens, output_tokens, cost_usd, latency_ms, escalated, fast_path) values
        (${chat}, ${userId}, ${companyId}, 'user', 'question', ${index - 1}, ${a.at}::timestamptz, null, null, null, null, null, null, null, false, false),
        (${chat}, ${userId}, ${companyId}, 'assistant', 'answer', ${index}, ${a.at}::timestamptz, ${a.model}, ${a.tier}, ${a.queryType},
         ${a.input}, ${a.output}, ${a.cost}, ${a.latency}, ${a.escalated ?? false}, ${a.fastPath ?? false})`
    const now = new Date().toISOString()
    await answer(techChat, alpha.tech.userId, alpha.companyId, 1, { at: now, tier: 'fast', model: 'claude-haiku', queryType: 'code_interpretation', input: 100, output: 50, cost: 0.001, latency: 100 })
    await answer(techChat, alpha.tech.userId, alpha.companyId, 3, { at: now, tier: 'balanced', model: 'claude-sonnet', queryType: 'code_interpretation', input: 1000, output: 500, cost: 0.02, latency: 2000, escalated: true })
    await answer(techChat, alpha.tech.userId, alpha.companyId, 5, { at: now, tier: 'fast', model: 'offline', queryType: 'greeting', input: 10, output: 5, cost: 0, latency: 50, fastPath: true })
    await answer(techChat, alpha.tech.userId, alpha.companyId, 7, { at: ago(40), tier: 'deep', model: 'claude-opus', queryType: 'diagnosis', input: 9999, output: 9999, cost: 9.9, latency: 9999 })
    await answer(bravoChat, bravo.userId, bravoCompanyId, 1, { at: ago(1), tier: 'deep', model: 'claude-opus', queryType: 'diagnosis', input: 2000, output: 1000, cost: 0.1, latency: 5000 })
    await answer(homeChat, homeowner.userId, null, 1, { at: now, tier: 'fast', model: 'offline', queryType: 'lookup', input: 20, output: 10, cost: 0, latency: 80, fastPath: true })
    await sql`
      insert into ai_feedback (user_id, company_id, conversation_id, message_index, signal) values
        (${alpha.tech.userId}, ${alpha.companyId}, ${techChat}, 1, 'positive'),
        (${alpha.tech.userId}, ${alpha.companyId}, ${techChat}, 3, 'negative'),
        (${bravo.userId}, ${bravoCompanyId}, ${bravoChat}, 1, 'positive'),
        (${homeowner.userId}, null, ${homeChat}, 1, 'negative')`

    // Charlie has done nothing for 40 days; Bravo's only recent activity is asking Z.
    await sql`update audit_log set created_at = now() - interval '40 days' where company_id in (${charlieCompanyId}, ${bravoCompanyId})`
  })
}

beforeAll(async () => {
  server = await startTestServer()
  ops = await signUpOps(server)
  alpha = await createTeam(server, 'Alpha Electric')
  bravo = await signUp(server, 'bravo')
  bravoCompanyId = await createCompany(bravo, { name: 'Bravo Plumbing', trades: ['plumbing', 'hvac'], state: 'NY' })
  charlie = await signUp(server, 'charlie')
  charlieCompanyId = await createCompany(charlie, { name: 'Charlie Sparks', trades: ['electrical'] })
  homeowner = await signUp(server, 'homeowner')
  corrections.panelMajor = await correct(alpha.tech, { correction_text: 'NEC 110.26 requires 36 inches of working space.', topic: 'panel clearance', severity: 'major', code_reference: 'NEC 110.26' })
  corrections.panelMinor = await correct(alpha.tech, { correction_text: 'The space must be 30 inches wide.', topic: 'panel clearance', severity: 'minor' })
  corrections.panelSafety = await correct(alpha.office, { correction_text: 'Never store anything in front of the panel.', topic: 'panel clearance', severity: 'safety_critical' })
  corrections.venting = await correct(bravo, { correction_text: 'Atmospheric water heaters need a listed vent connector.', topic: 'water heater venting' })
  corrections.homeowner = await correct(homeowner, { correction_text: 'My heater is gas, not electric.' })
  await seedActivity()
})

afterAll(async () => {
  await server?.stop()
})

const auditRows = (path: string) =>
  asAdmin(server, (sql) => sql<{ action: string; actor_user_id: string; company_id: string | null; entity_id: string | null; changes: any }[]>`
    select action, actor_user_id, company_id, entity_id, changes from audit_log where changes->>'path' = ${path} order by created_at`)

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200))
    value = await read()
  }
  return value
}

describe('overview', () => {
  test('counts tenants, users, weekly activity, jobs and money, and portal use exactly', async () => {
    const response = await ops.api.get('/ops/overview?weeks=12')
    expect(response.status).toBe(200)
    const body = response.body
    expect(body.tenants).toEqual({
      total: 3,
      active30d: 2,
      byTrade: [
        { trade: 'electrical', count: 2 },
        { trade: 'hvac', count: 1 },
        { trade: 'plumbing', count: 1 },
      ],
      byState: [
        { state: 'CT', count: 1 },
        { state: 'NY', count: 1 },
        { state: null, count: 1 },
      ],
    })
    const [signedIn] = await asAdmin(server, (sql) => sql<{ n: number }[]>`select count(*)::int as n from auth.users where last_sign_in_at >= now() - interval '30 days'`)
    // ops, the four of Alpha, Bravo, Charlie and the homeowner.
    expect(body.users).toEqual({ total: 8, new: 8, signedIn30d: signedIn!.n })

    expect(body.weekly).toHaveLength(12)
    const weeks = body.weekly.map((week: { week: string }) => week.week)
    expect(weeks).toEqual([...weeks].sort())
    expect(new Date(`${weeks.at(-1)}T00:00:00Z`).getUTCDay()).toBe(1)
    const thisWeek = body.weekly.at(-1)
    expect(thisWeek).toMatchObject({ newCompanies: 3, newUsers: 8, jobsCompleted: 2, paymentsCents: 20000, portalActions: 6 })
    expect(body.weekly.at(-2)).toMatchObject({ newCompanies: 0, newUsers: 0, jobsCompleted: 1, paymentsCents: 10000, portalActions: 0 })
    expect(body.weekly.at(-4).jobsCompleted).toBe(1)
    expect(body.weekly.reduce((sum: number, week: { paymentsCents: number }) => sum + week.paymentsCents, 0)).toBe(32000)
    // Empty weeks are there, as zeros.
    expect(body.weekly.filter((week: Record<string, number>) => !week.newCompanies && !week.jobsCompleted && !week.paymentsCents).length).toBeGreaterThanOrEqual(8)

    expect(body.jobs).toEqual({ completedThisWeek: 2, completedLastWeek: 1, growthPct: 100 })
    expect(body.revenue).toEqual({ thisWeekCents: 20000, lastWeekCents: 10000, growthPct: 100, totalCents: 32000 })
    expect(body.portal).toEqual({ linkedHomeowners: 1, quotesDecided7d: 2, messages7d: 2, serviceRequests7d: 1 })
  })

  test('the recent activity names no one: kinds with a trade and a state only', async () => {
    const { body } = await ops.api.get('/ops/overview')
    const kinds = body.recentActivity.map((event: { kind: string }) => event.kind).sort()
    expect(kinds).toEqual(['company_signup', 'company_signup', 'company_signup', 'portal_joined', 'portal_message', 'portal_message', 'quote_accepted', 'quote_declined', 'service_request'])
    for (const event of body.recentActivity) expect(Object.keys(event).sort()).toEqual(['at', 'kind', 'state', 'trade'])
    expect(body.recentActivity).toContainEqual(expect.objectContaining({ kind: 'quote_declined', trade: 'plumbing', state: 'NY' }))
    const text = JSON.stringify(body.recentActivity)
    for (const secret of ['Alpha', 'Bravo', 'Charlie', 'Dana', alpha.companyId, bravoCompanyId, homeowner.userId, homeowner.email]) expect(text).not.toContain(secret)
  })

  test('one week of series still compares this week with the last; growth is null when last week had nothing', async () => {
    const { body } = await ops.api.get('/ops/overview?weeks=1')
    expect(body.weekly).toHaveLength(1)
    expect(body.jobs.completedLastWeek).toBe(1)
    expect(growthPct(5, 0)).toBeNull()
    expect(growthPct(3, 4)).toBe(-25)
  })

  test('weeks out of range is refused', async () => {
    expect((await ops.api.get('/ops/overview?weeks=0')).status).toBe(422)
    expect((await ops.api.get('/ops/overview?weeks=many')).status).toBe(422)
  })
})

describe('AI usage', () => {
  test('totals, tiers and models, days, tenants and feedback match the answers logged', async () => {
    const response = await ops.api.get('/ops/ai?days=30')
    expect(response.status).toBe(200)
    const body = response.body
    expect(body.totals).toEqual({
      requests: 5,
      inputTokens: 3130,
      outputTokens: 1565,
      costUsd: 0.121,
      escalationRate: 0.2,
      fastPathShare: 0.4,
      offlineShare: 0.4,
      latencyP50Ms: 100,
      latencyP95Ms: 4400,
    })
    expect(body.byTierModel).toEqual([
      { tier: 'deep', model: 'claude-opus', requests: 1, costUsd: 0.1 },
      { tier: 'balanced', model: 'claude-sonnet', requests: 1, costUsd: 0.02 },
      { tier: 'fast', model: 'claude-haiku', requests: 1, costUsd: 0.001 },
      { tier: 'fast', model: 'offline', requests: 2, costUsd: 0 },
    ])
    expect(body.byDay).toHaveLength(30)
    expect(body.byDay.at(-1)).toEqual({ day: isoDay(), requests: 4, inputTokens: 1130, outputTokens: 565, costUsd: 0.021 })
    expect(body.byDay.at(-2)).toEqual({ day: isoDay(-1), requests: 1, inputTokens: 2000, outputTokens: 1000, costUsd: 0.1 })
    expect(body.byDay.slice(0, 28).every((day: { requests: number }) => day.requests === 0)).toBe(true)
    expect(body.byTenant).toEqual([
      { companyId: bravoCompanyId, companyName: 'Bravo Plumbing', requests: 1, costUsd: 0.1 },
      { companyId: alpha.companyId, companyName: 'Alpha Electric', requests: 3, costUsd: 0.021 },
    ])
    expect(body.feedback).toEqual([
      { trade: 'electrical', topic: 'code_interpretation', positive: 1, negative: 1, positiveRate: 0.5 },
      { trade: 'general', topic: 'lookup', positive: 0, negative: 1, positiveRate: 0 },
      { trade: 'plumbing', topic: 'diagnosis', positive: 1, negative: 0, positiveRate: 1 },
    ])
  })

  test('a shorter period leaves older answers out; an empty one has null rates', async () => {
    const week = (await ops.api.get('/ops/ai?days=1')).body
    expect(week.totals.requests).toBe(4)
    expect(week.byDay).toHaveLength(1)
    const quarter = (await ops.api.get('/ops/ai?days=90')).body
    expect(quarter.totals.requests).toBe(6)
    expect((await ops.api.get('/ops/ai?days=400')).status).toBe(422)
  })
})

describe('corrections', () => {
  test('lists the queue with filters and every topic, highlighting one with three open corrections', async () => {
    const all = await ops.api.get('/ops/corrections')
    expect(all.status).toBe(200)
    expect(all.body.items).toHaveLength(5)
    expect(all.body.topics).toEqual([
      { trade: 'electrical', topic: 'panel clearance', pending: 3, validated: 0, rejected: 0, total: 3, highlighted: true },
      { trade: 'general', topic: null, pending: 1, validated: 0, rejected: 0, total: 1, highlighted: false },
      { trade: 'plumbing', topic: 'water heater venting', pending: 1, validated: 0, rejected: 0, total: 1, highlighted: false },
    ])
    const item = all.body.items.find((row: { id: string }) => row.id === corrections.panelMajor)
    expect(item).toEqual({
      id: corrections.panelMajor,
      trade: 'electrical',
      topic: 'panel clearance',
      severity: 'major',
      correctionText: 'NEC 110.26 requires 36 inches of working space.',
      originalResponse: 'Two feet of clearance is enough.',
      codeReference: 'NEC 110.26',
      createdAt: expect.any(String),
      status: 'pending',
      reviewNote: null,
      forCorpus: false,
    })
    // No one who sent a correction is named.
    expect(JSON.stringify(all.body)).not.toContain(alpha.tech.userId)

    const safety = await ops.api.get('/ops/corrections?severity=safety_critical')
    expect(safety.body.items.map((row: { id: string }) => row.id)).toEqual([corrections.panelSafety])
    const plumbing = await ops.api.get('/ops/corrections?trade=plumbing&status=pending')
    expect(plumbing.body.items.map((row: { id: string }) => row.id)).toEqual([corrections.venting])
    const byTopic = await ops.api.get(`/ops/corrections?topic=${encodeURIComponent('panel clearance')}`)
    expect(byTopic.body.items).toHaveLength(3)
    expect((await ops.api.get('/ops/corrections?status=done')).status).toBe(422)
  })

  test('validating updates the row, emails the sender, resolves their memory and counts it for the corpus', async () => {
    const response = await ops.api.post(`/ops/corrections/${corrections.panelMajor}/review`, { decision: 'validate', note: 'Confirmed against NEC 110.26(A)(1).' })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ id: corrections.panelMajor, status: 'validated', reviewNote: 'Confirmed against NEC 110.26(A)(1).', forCorpus: true })

    await asAdmin(server, async (sql) => {
      const [row] = await sql`select validated, validated_by, validated_at, review_note, for_corpus from ai_corrections where id = ${corrections.panelMajor}`
      expect(row).toMatchObject({ validated: true, validated_by: ops.userId, review_note: 'Confirmed against NEC 110.26(A)(1).', for_corpus: true })
      expect(row!.validated_at).not.toBeNull()
      const emails = await sql`select company_id, to_address, subject, body_text, status, created_by from email_outbox where to_address = ${alpha.tech.email}`
      expect(emails).toHaveLength(1)
      expect(emails[0]).toMatchObject({ company_id: alpha.companyId, subject: 'Your correction to Z was confirmed', status: 'sent', created_by: ops.userId })
      expect(emails[0]!.body_text).toContain('NEC 110.26 requires 36 inches of working space.')
      expect(emails[0]!.body_text).toContain('Confirmed against NEC 110.26(A)(1).')
      const [memory] = await sql<{ memory_profile: any }[]>`select memory_profile from ai_user_memory where user_id = ${alpha.tech.userId}`
      const remembered = memory!.memory_profile.corrections
      expect(remembered.find((item: { source: string }) => item.source === corrections.panelMajor).validated).toBe(true)
      expect(remembered.find((item: { source: string }) => item.source === corrections.panelMinor).validated).toBeNull()
    })
    const [audit] = await auditRows(`/api/v1/ops/corrections/${corrections.panelMajor}/review`)
    expect(audit).toMatchObject({ action: 'ops.act', actor_user_id: ops.userId, entity_id: corrections.panelMajor })
  })

  test('rejecting takes it out of the corpus and the highlight; someone without a company gets no email but their memory is resolved', async () => {
    const rejected = await ops.api.post(`/ops/corrections/${corrections.panelMinor}/review`, { decision: 'reject', note: 'The 30-inch width is already in the answer.' })
    expect(rejected.status).toBe(200)
    expect(rejected.body).toMatchObject({ status: 'rejected', forCorpus: false })
    const emails = await asAdmin(server, (sql) => sql`select subject from email_outbox where to_address = ${alpha.tech.email} order by created_at`)
    expect(emails.map((row) => row.subject)).toEqual(['Your correction to Z was confirmed', 'Your correction to Z was reviewed'])

    const outboxBefore = await asAdmin(server, (sql) => sql`select count(*)::int as n from email_outbox`)
    expect((await ops.api.post(`/ops/corrections/${corrections.homeowner}/review`, { decision: 'validate', note: 'Noted for gas heaters.' })).status).toBe(200)
    expect(await asAdmin(server, (sql) => sql`select count(*)::int as n from email_outbox`)).toEqual(outboxBefore)
    const [memory] = await asAdmin(server, (sql) => sql<{ memory_profile: any }[]>`select memory_profile from ai_user_memory where user_id = ${homeowner.userId}`)
    expect(memory!.memory_profile.corrections.find((item: { source: string }) => item.source === corrections.homeowner).validated).toBe(true)

    const { body } = await ops.api.get('/ops/corrections?status=validated')
    expect(body.items.map((row: { id: string }) => row.id).sort()).toEqual([corrections.panelMajor, corrections.homeowner].sort())
    expect(body.topics[0]).toEqual({ trade: 'electrical', topic: 'panel clearance', pending: 1, validated: 1, rejected: 1, total: 3, highlighted: false })
  })

  test('an unknown correction is 404, a bad decision or missing note 422, and nothing changes', async () => {
    const before = await asAdmin(server, (sql) => sql`select id, validated, review_note from ai_corrections order by id`)
    expect((await ops.api.post('/ops/corrections/00000000-0000-4000-8000-000000000000/review', { decision: 'validate', note: 'x' })).status).toBe(404)
    expect((await ops.api.post(`/ops/corrections/${corrections.venting}/review`, { decision: 'approve', note: 'x' })).status).toBe(422)
    expect((await ops.api.post(`/ops/corrections/${corrections.venting}/review`, { decision: 'validate', note: '' })).status).toBe(422)
    expect((await ops.api.post(`/ops/corrections/${corrections.venting}/review`, { decision: 'validate' })).status).toBe(422)
    expect((await ops.api.post('/ops/corrections/not-a-uuid/review', { decision: 'validate', note: 'x' })).status).toBe(422)
    expect(await asAdmin(server, (sql) => sql`select id, validated, review_note from ai_corrections order by id`)).toEqual(before)
    expect(await auditRows(`/api/v1/ops/corrections/${corrections.venting}/review`)).toEqual([])
  })
})

describe('tenants', () => {
  test('lists every company with counts', async () => {
    const response = await ops.api.get('/ops/tenants')
    expect(response.status).toBe(200)
    expect(response.body).toHaveLength(3)
    expect(response.body.find((tenant: { companyId: string }) => tenant.companyId === alpha.companyId)).toEqual({
      companyId: alpha.companyId,
      name: 'Alpha Electric',
      trades: ['electrical'],
      state: 'CT',
      createdAt: expect.any(String),
      members: 4,
      customers: 1,
      jobs30d: 3,
    })
  })

  test('the support view needs a reason, and is audited with the company and the reason', async () => {
    const path = `/api/v1/ops/tenants/${bravoCompanyId}`
    expect((await ops.api.get(`/ops/tenants/${bravoCompanyId}`)).status).toBe(422)
    expect((await ops.api.get(`/ops/tenants/${bravoCompanyId}?reason=${encodeURIComponent('too short')}`)).status).toBe(422)
    expect((await ops.api.get(`/ops/tenants/${bravoCompanyId}?reason=${'x'.repeat(501)}`)).status).toBe(422)
    expect(await auditRows(path)).toEqual([])

    const reason = 'Ticket 4411: owner cannot see last week payments'
    const response = await ops.api.get(`/ops/tenants/${bravoCompanyId}?reason=${encodeURIComponent(reason)}`)
    expect(response.status).toBe(200)
    expect(response.body.company).toMatchObject({ id: bravoCompanyId, name: 'Bravo Plumbing', trades: ['plumbing', 'hvac'], state: 'NY' })
    expect(response.body.counts).toEqual({ members: 1, customers: 1, linkedHomeowners: 1, jobs: 1, jobsOpen: 0, bids: 1, invoices: 1, leads: 0, aiRequests30d: 1 })
    expect(response.body.recentAudit.length).toBeGreaterThan(0)
    expect(Object.keys(response.body.recentAudit[0]).sort()).toEqual(['action', 'actorRole', 'at', 'entityId', 'entityType'])

    const audits = await auditRows(path)
    expect(audits).toHaveLength(1)
    expect(audits[0]).toMatchObject({ action: 'ops.read', actor_user_id: ops.userId, company_id: bravoCompanyId, changes: { method: 'GET', path, reason } })
    expect((await ops.api.get(`/ops/tenants/00000000-0000-4000-8000-000000000000?reason=${encodeURIComponent(reason)}`)).status).toBe(404)
  })
})

describe('every ops request is audited', () => {
  test('one ops.read row per read, with the actor, the path and the query', async () => {
    const before = await auditRows('/api/v1/ops/knowledge')
    expect((await ops.api.get('/ops/knowledge')).status).toBe(200)
    expect((await ops.api.get('/ops/ai?days=7')).status).toBe(200)
    const after = await auditRows('/api/v1/ops/knowledge')
    expect(after.length).toBe(before.length + 1)
    expect(after.at(-1)).toMatchObject({ action: 'ops.read', actor_user_id: ops.userId, company_id: null, changes: { method: 'GET', path: '/api/v1/ops/knowledge', reason: null } })
    const ai = await auditRows('/api/v1/ops/ai')
    expect(ai.at(-1)!.changes.query).toEqual({ days: '7' })
  })
})

describe('pipelines and knowledge', () => {
  test('lists the scheduled tasks with their cron, pg-boss schedule and last run', async () => {
    const response = await ops.api.get('/ops/pipelines')
    expect(response.status).toBe(200)
    const names = response.body.tasks.map((task: { name: string }) => task.name)
    expect(names).toContain('housekeeping')
    expect(names).toContain('check_code_links')
    expect(names).not.toContain('knowledge_ingest')
    const housekeeping = response.body.tasks.find((task: { name: string }) => task.name === 'housekeeping')
    expect(housekeeping).toMatchObject({ cron: '15 1 * * *', scheduled: true, summary: expect.stringContaining('overdue') })
  })

  test('run now enqueues a pg-boss job whose run is logged with trigger ops; an unknown task is 404', async () => {
    const response = await ops.api.post('/ops/pipelines/housekeeping/run', {})
    expect(response.status).toBe(202)
    const { jobId } = response.body
    const [job] = await asAdmin(server, (sql) => sql`select name, data from pgboss.job where id = ${jobId}`)
    expect(job).toMatchObject({ name: 'housekeeping', data: { trigger: 'ops', runId: jobId } })

    const run = await poll(
      async () => (await ops.api.get(`/ops/runs/${jobId}`)).body,
      (body) => body.status === 'succeeded' || body.status === 'failed',
    )
    expect(run).toMatchObject({ id: jobId, job: 'housekeeping', status: 'succeeded', trigger: 'ops', error: null })
    const pipelines = (await ops.api.get('/ops/pipelines')).body
    expect(pipelines.runs[0]).toMatchObject({ id: jobId, job: 'housekeeping' })
    expect(pipelines.tasks.find((task: { name: string }) => task.name === 'housekeeping').lastRun.id).toBe(jobId)
    expect((await auditRows('/api/v1/ops/pipelines/housekeeping/run'))[0]).toMatchObject({ action: 'ops.act', entity_id: jobId })

    const jobsBefore = await asAdmin(server, (sql) => sql`select count(*)::int as n from pgboss.job`)
    expect((await ops.api.post('/ops/pipelines/drop_all_tables/run', {})).status).toBe(404)
    expect((await ops.api.post('/ops/pipelines/knowledge_ingest/run', {})).status).toBe(404)
    expect(await asAdmin(server, (sql) => sql`select count(*)::int as n from pgboss.job`)).toEqual(jobsBefore)
    expect((await ops.api.get('/ops/runs/00000000-0000-4000-8000-000000000000')).status).toBe(404)
  })

  test('a run nobody picked up yet reads queued', async () => {
    const runId = '6f1c2a4e-8d1b-4c7a-9a55-2b8f0e6d3c11'
    // A job enqueued to start later stands for one the worker has not reached.
    await asAdmin(server, (sql) => pgBossOver(sql).send('check_code_links', { trigger: 'ops', runId }, { id: runId, startAfter: 3600 }))
    const response = await ops.api.get(`/ops/runs/${runId}`)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ id: runId, job: 'check_code_links', status: 'queued', startedAt: null })
  })

  test('the link check and the corpus ingest run on the worker, and the knowledge page shows the result', async () => {
    const empty = await ops.api.get('/ops/knowledge')
    expect(empty.body).toEqual({ byTrade: [], lastIngest: null, codeReferences: { total: 0, ok: 0, broken: 0, unchecked: 0, lastCheckedAt: null, broken_items: [] } })

    // No code references yet: the check has nothing to fetch (there is no network here).
    const check = await ops.api.post('/ops/knowledge/link-check', {})
    expect(check.status).toBe(202)
    const checked = await poll(async () => (await ops.api.get(`/ops/runs/${check.body.runId}`)).body, (run) => run.status === 'succeeded' || run.status === 'failed')
    expect(checked).toMatchObject({ job: 'check_code_links', status: 'succeeded', trigger: 'ops', details: { processed: 0, total: 0, ok: 0, broken: 0 } })

    expect((await ops.api.post('/ops/knowledge/ingest', { trade: 'mining' })).status).toBe(422)
    // One folder of the shipped corpus keeps this quick; without `trade` the whole corpus is reloaded.
    const ingest = await ops.api.post('/ops/knowledge/ingest', { trade: 'landscaping' })
    expect(ingest.status).toBe(202)
    const { runId } = ingest.body
    const [job] = await asAdmin(server, (sql) => sql`select name, data from pgboss.job where id = ${runId}`)
    expect(job).toEqual({ name: 'knowledge_ingest', data: { trade: 'landscaping', trigger: 'ops', runId } })
    const seen: number[] = []
    const run = await poll(
      async () => {
        const body = (await ops.api.get(`/ops/runs/${runId}`)).body
        if (typeof body.details?.processed === 'number') seen.push(body.details.processed)
        return body
      },
      (body) => body.status === 'succeeded' || body.status === 'failed',
      120_000,
    )
    const landscaping = (await listCorpus(corpusRoot)).documents.filter((path) => path.startsWith('landscaping/')).length
    expect(run).toMatchObject({ id: runId, job: 'knowledge_ingest', status: 'succeeded', trigger: 'ops', details: { processed: landscaping, total: landscaping, trade: 'landscaping' } })
    expect(seen).toEqual([...seen].sort((a, b) => a - b))

    const knowledge = (await ops.api.get('/ops/knowledge')).body
    expect(knowledge.lastIngest.id).toBe(runId)
    expect(knowledge.byTrade).toEqual([{ trade: 'landscaping', documents: landscaping, chunks: expect.any(Number), lastIngestedAt: expect.any(String) }])
    expect(knowledge.byTrade[0].chunks).toBeGreaterThan(landscaping)
    expect(knowledge.codeReferences.total).toBeGreaterThan(0)
    expect(knowledge.codeReferences.unchecked).toBe(knowledge.codeReferences.total)
  }, 150_000)
})
