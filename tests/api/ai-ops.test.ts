import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createDatabase, createSql, type Sql } from '../../db/client'
import type { Services } from '../../functions/lib/context'
import { runOpsTool } from '../../functions/ai/tools/ops-tools'
import { createTeam, signUp, signUpOps, type Account, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { readRecorded } from '../support/model'
import { startTestServer, type TestServer } from '../support/server'

/**
 * Z as the ops co-pilot: platform staff in the ops portal get the ops persona and read-only
 * tools over platform aggregates (the ops API's own loaders, run as zafto_ops, one audit row
 * per call), answered without a model for the common questions. Anyone else asking from the
 * ops portal gets their usual persona, no ops tools and no aggregates.
 */

const apiKey = 'sk-ant-test-0123456789abcdef'
const models = { modelFast: 'claude-haiku-5-5', modelBalanced: 'claude-sonnet-5-5', modelDeep: 'claude-opus-5-5' }
const opsTools = ['platform_overview', 'ai_usage', 'correction_topics', 'pipeline_status']

let server: TestServer
let sql: Sql
let staff: Account
let team: Team

/** Model replies for the current test, served in order to the real Anthropic SDK; each request body is kept. */
let replies: unknown[] = []
let modelRequests: any[] = []
const modelFetch: typeof fetch = async (_input, init) => {
  modelRequests.push(JSON.parse(String(init?.body)))
  const reply = replies.shift()
  if (!reply) throw new Error('no recorded model reply left for this request')
  return new Response(JSON.stringify(reply), { headers: { 'content-type': 'application/json' } })
}
const recorded = (file: string) => JSON.parse(readRecorded(file))
/** The recorded tool-use turn, asking for `name` with `input`. */
function toolCall(name: string, input: Record<string, unknown>) {
  const reply = recorded('anthropic/tool-use-request.json')
  reply.content = reply.content.map((block: any) => (block.type === 'tool_use' ? { ...block, name, input } : block))
  return reply
}

const ask = (account: Account, message: string, extra: Record<string, unknown> = {}) => account.api.post('/ai/chat', { message, platform: 'ops_portal', ...extra })

const opsReads = (userId: string) =>
  asAdmin(server, (db) => db<{ changes: any; request_id: string | null }[]>`
    select changes, request_id from audit_log where actor_user_id = ${userId} and action = 'ops.read' and entity_type = 'platform' order by created_at`)

/** What the test puts on the platform: two answers costing $0.25 and $1.50, and corrections by topic. */
const inserted = { costs: [0.25, 1.5], inputTokens: [1200, 2800], outputTokens: [300, 450] }

beforeAll(async () => {
  server = await startTestServer({ ai: { anthropicApiKey: apiKey, ...models }, modelFetch: (input, init) => modelFetch(input, init) })
  sql = createSql(server.databaseUrl, { max: 2 })
  ;[staff, team] = await Promise.all([signUpOps(server), createTeam(server, 'Ops Watch Electric')])
  await asAdmin(server, async (db) => {
    const [conversation] = await db`
      insert into ai_conversations (user_id, company_id, persona, surface, message_count)
      values (${team.owner.userId}, ${team.companyId}, 'owner_admin', 'web_crm', 4) returning id`
    for (const [i, cost] of inserted.costs.entries()) {
      await db`
        insert into ai_messages (conversation_id, user_id, company_id, role, content, message_index, model, tier, input_tokens, output_tokens, cost_usd, latency_ms)
        values (${conversation!.id}, ${team.owner.userId}, ${team.companyId}, 'assistant', 'An answer', ${i * 2 + 1}, 'claude-sonnet-5-5', 'balanced',
                ${inserted.inputTokens[i]!}, ${inserted.outputTokens[i]!}, ${cost}, 900)`
    }
    const correction = (trade: string, topic: string, validated: boolean | null) => db`
      insert into ai_corrections (user_id, company_id, original_response, correction_text, trade, topic, validated)
      values (${team.tech.userId}, ${team.companyId}, 'Z said this', 'It is that', ${trade}, ${topic}, ${validated})`
    for (let i = 0; i < 3; i++) await correction('electrical', 'gfci', null)
    await correction('plumbing', 'venting', false)
  })
}, 120_000)

afterAll(async () => {
  await sql?.end()
  await server?.stop()
})

beforeEach(() => {
  replies = []
  modelRequests = []
})

describe('platform staff in the ops portal', () => {
  test('get the ops persona and the ops tools, and no tenant business data', async () => {
    const { body } = await ask(staff, 'how is the platform doing?', { dry_run: true })
    expect(body.persona).toBe('ops')
    expect(body.tools).toEqual(opsTools)
    expect(body.system_prompt).toContain('Take platform figures (AI requests and cost, corrections by topic, signups, jobs and revenue, pipeline runs) from your tools')
    expect(body.context.visibility).toMatchObject({ customer_payment_history: false, revenue_data: false })
  })

  test('"how much did AI cost this week?" is answered from the AI usage loader, with an audit row for the read', async () => {
    const before = (await opsReads(staff.userId)).length
    const response = await ask(staff, 'How much did AI cost this week?')
    expect(response.status).toBe(200)
    expect(response.body.model_used).toBe('fast-path')
    expect(modelRequests).toEqual([])
    expect(response.body.response).toContain('Over the last 7 days (UTC, today included) Z answered 2 requests for $1.75: 4,000 input and 750 output tokens.')
    expect(response.body.response).toContain('- balanced · claude-sonnet-5-5: 2 requests, $1.75')
    expect(response.body.response).not.toContain('Ops Watch Electric')
    const reads = await opsReads(staff.userId)
    expect(reads).toHaveLength(before + 1)
    expect(reads.at(-1)!.changes).toEqual({ tool: 'ai_usage', args: { days: 7 } })
    expect(reads.at(-1)!.request_id).toBeTruthy()
  })

  test('"which topics have the most corrections?" lists them from the corrections loader, most first, highlighted where many', async () => {
    const before = (await opsReads(staff.userId)).length
    const response = await ask(staff, 'Which topics have the most corrections?')
    expect(response.body.response).toBe(
      ['Topics with the most corrections:', '- electrical · gfci: 3 (3 pending, 0 validated, 0 rejected), highlighted', '- plumbing · venting: 1 (0 pending, 0 validated, 1 rejected)'].join('\n'),
    )
    expect((await opsReads(staff.userId)).at(-1)!.changes).toEqual({ tool: 'correction_topics', args: {} })
    expect((await opsReads(staff.userId)).length).toBe(before + 1)
  })

  test('platform health and pipelines come from their loaders too', async () => {
    const [companies] = await asAdmin(server, (db) => db<{ n: number }[]>`select count(*)::int as n from companies`)
    const health = await ask(staff, 'How many tenants do we have, and what is the growth?')
    expect(health.body.response).toContain(`Tenants: ${companies!.n} (`)
    const pipelines = await ask(staff, 'Did the nightly pipelines run?')
    expect(pipelines.body.response).toMatch(/^Scheduled tasks and their last run:\n- /)
    expect(pipelines.body.response).toContain('housekeeping')
    expect((await opsReads(staff.userId)).slice(-2).map((read) => read.changes.tool)).toEqual(['platform_overview', 'pipeline_status'])
  })

  test('the model calls an ops tool and gets the real aggregates back; the call is audited', async () => {
    replies = [toolCall('ai_usage', { days: 7 }), recorded('anthropic/tool-use-final.json')]
    const before = (await opsReads(staff.userId)).length
    const response = await ask(staff, 'Give me a short read on where the platform stands and what deserves attention')
    expect(response.status).toBe(200)
    expect(modelRequests).toHaveLength(2)
    expect(modelRequests[0].tools.map((tool: any) => tool.name)).toEqual(opsTools)
    const result = modelRequests[1].messages.at(-1).content.find((block: any) => block.type === 'tool_result')
    const usage = JSON.parse(typeof result.content === 'string' ? result.content : result.content[0].text)
    expect(usage.days).toBe(7)
    expect(usage.totals.costUsd).toBe(1.75)
    expect(usage.byTierModel).toContainEqual({ tier: 'balanced', model: 'claude-sonnet-5-5', requests: 2, costUsd: 1.75 })
    expect(usage).not.toHaveProperty('byTenant')
    const reads = await opsReads(staff.userId)
    expect(reads).toHaveLength(before + 1)
    expect(reads.at(-1)!.changes).toEqual({ tool: 'ai_usage', args: { days: 7 } })
  })
})

describe('anyone else in the ops portal', () => {
  test('an owner gets the owner persona, the company tools and no ops tools', async () => {
    const { body } = await ask(team.owner, 'How much did AI cost this week?', { dry_run: true })
    expect(body.persona).toBe('owner_admin')
    expect(body.tools).toEqual(['find_customers', 'list_jobs', 'list_open_invoices'])
    for (const tool of opsTools) expect(body.tools).not.toContain(tool)
  })

  test('an owner asking the ops question gets no platform aggregates and causes no ops read', async () => {
    replies = [recorded('anthropic/plain-answer.json')]
    const readsBefore = await asAdmin(server, (db) => db<{ n: number }[]>`select count(*)::int as n from audit_log where action = 'ops.read'`)
    const response = await ask(team.owner, 'How much did AI cost this week?')
    expect(response.status).toBe(200)
    expect(response.body.model_used).not.toBe('fast-path')
    expect(response.body.response).not.toContain('$1.75')
    expect(modelRequests[0].tools.map((tool: any) => tool.name)).toEqual(['find_customers', 'list_jobs', 'list_open_invoices'])
    expect(JSON.stringify(modelRequests)).not.toContain('1.75')
    const readsAfter = await asAdmin(server, (db) => db<{ n: number }[]>`select count(*)::int as n from audit_log where action = 'ops.read'`)
    expect(readsAfter[0]!.n).toBe(readsBefore[0]!.n)
  })

  test('a signed-in person with no company and no ops role is refused', async () => {
    const person = await signUp(server, 'curious')
    const response = await ask(person, 'How much did AI cost this week?')
    expect(response.status).toBe(403)
    expect(JSON.stringify(response.body)).not.toContain('1.75')
  })

  test('an ops tool refuses a caller without the ops claim, even called directly, and records nothing', async () => {
    const services = { db: createDatabase(sql) } as unknown as Services
    const owner = { id: team.owner.userId, email: team.owner.email, claims: { sub: team.owner.userId, role: 'authenticated' } }
    await expect(runOpsTool({ services, user: owner, requestId: 'test' }, 'ai_usage', { days: 7 })).rejects.toMatchObject({ code: 'forbidden' })
    const [reads] = await asAdmin(server, (db) => db<{ n: number }[]>`select count(*)::int as n from audit_log where actor_user_id = ${team.owner.userId} and action = 'ops.read'`)
    expect(reads!.n).toBe(0)
  })
})
