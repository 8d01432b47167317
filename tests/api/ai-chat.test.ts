import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { createTeam, signUp, type Account, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { recordedFetch, type Fixture, type RecordedFetch } from '../support/model'
import { startTestServer, type TestServer } from '../support/server'

/**
 * POST /ai/chat end to end with the real @anthropic-ai/sdk, whose fetch serves recorded
 * Messages API responses: routing and escalation, streaming, tools, the fast path, intents,
 * post-processing, feedback and corrections.
 */

const apiKey = 'sk-ant-test-0123456789abcdef'
const models = { modelFast: 'claude-haiku-5-5', modelBalanced: 'claude-sonnet-5-5', modelDeep: 'claude-opus-5-5' }

let server: TestServer
let team: Team
let model: RecordedFetch
/** The server's model fetch delegates to whichever recording the current test set up. */
const serve = (fixtures: Fixture[]) => (model = recordedFetch(fixtures))

const ask = (account: Account, message: string, extra: Record<string, unknown> = {}) => account.api.post('/ai/chat', { message, platform: 'web_crm', ...extra })

/** Reads an SSE body into its events. */
async function readEvents(response: Response): Promise<{ event: string; data: any }[]> {
  const text = await response.text()
  return text
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message'
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data: '))
        .map((line) => line.slice(6))
        .join('\n')
      return { event, data: JSON.parse(data) }
    })
}

/** The persisted messages of a conversation, once the post-processing job has written them. */
async function persisted(conversationId: string, count: number) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const rows = await asAdmin(server, (sql) => sql`select * from ai_messages where conversation_id = ${conversationId} order by message_index`)
    if (rows.length >= count) return rows
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`conversation ${conversationId} never reached ${count} persisted messages`)
}

beforeAll(async () => {
  server = await startTestServer({ ai: { anthropicApiKey: apiKey, ...models }, modelFetch: (input, init) => model(input, init) })
  team = await createTeam(server, 'Chat Electric')
}, 120_000)

afterAll(async () => {
  await server?.stop()
})

beforeEach(() => {
  serve([])
})

describe('model answers', () => {
  test('a trade question goes to the balanced model with the assembled system prompt and read-only tools, and is persisted with tokens and cost', async () => {
    serve([{ file: 'anthropic/plain-answer.json' }])
    const response = await ask(team.tech, 'what are the common causes of a furnace short cycling?')
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ model_used: 'claude-sonnet-5-5', tier: 'balanced', uncertain: false, message_index: 1 })
    expect(response.body.response).toMatch(/^Use 12 AWG copper/)
    model.assertAllServed()
    const [request] = model.requests
    expect(request!.body.model).toBe(models.modelBalanced)
    expect(JSON.stringify(model.requests)).not.toContain(apiKey)
    const system = typeof request!.body.system === 'string' ? request!.body.system : JSON.stringify(request!.body.system)
    expect(system).toContain('You are Z')
    expect(system).toContain('a field technician')
    expect(request!.body.messages.at(-1)).toMatchObject({ role: 'user' })
    const tools = (request!.body.tools ?? []).map((tool: any) => tool.name)
    expect(tools).toEqual(['find_customers', 'list_jobs'])

    const rows = await persisted(response.body.conversation_id, 2)
    expect(rows.map((row) => [row.role, row.message_index])).toEqual([['user', 0], ['assistant', 1]])
    expect(rows[1]).toMatchObject({ model: 'claude-sonnet-5-5', tier: 'balanced', fast_path: false })
    expect(rows[1]!.input_tokens).toBeGreaterThan(0)
    expect(Number(rows[1]!.cost_usd)).toBeGreaterThan(0)
    const [usage] = await asAdmin(server, (sql) => sql`select * from ai_usage_daily where company_id = ${team.companyId} and model = 'claude-sonnet-5-5'`)
    expect(usage).toMatchObject({ requests: 1, tier: 'balanced' })
  })

  test("code sections the answer names are returned as sources with their deep links; unknown ones are not invented", async () => {
    await asAdmin(server, (sql) => sql`
      insert into code_references (code_body, edition, section, title, deep_link_url, trade)
      values ('NEC', '2023', '240.4', 'Overcurrent protection of conductors', 'https://link.nfpa.org/free-access/publications/70/2023', 'electrical')
      on conflict do nothing`)
    serve([{ file: 'anthropic/plain-answer.json' }])
    const response = await ask(team.owner, 'what are the common causes of a furnace short cycling?')
    expect(response.body.response).toContain('NEC 240.4(D)')
    expect(response.body.sources).toContainEqual({ kind: 'code', title: 'NEC 240.4 — Overcurrent protection of conductors', url: 'https://link.nfpa.org/free-access/publications/70/2023' })
    expect(response.body.sources.filter((source: any) => source.kind === 'code')).toHaveLength(1)
  })

  test('office and owners are offered invoices as a tool; techs never are', async () => {
    serve([{ file: 'anthropic/plain-answer.json' }])
    await ask(team.owner, 'what are the common causes of a furnace short cycling?')
    expect(model.requests[0]!.body.tools.map((tool: any) => tool.name)).toContain('list_open_invoices')
  })

  test('a hedging answer is escalated one tier and the stronger answer is returned', async () => {
    serve([
      { file: 'anthropic/hedging-answer.json', match: (body) => body.model === models.modelBalanced },
      { file: 'anthropic/plain-answer.json', match: (body) => body.model === models.modelDeep },
    ])
    const response = await ask(team.owner, 'explain to me how a heat pump defrost cycle works')
    expect(response.body).toMatchObject({ tier: 'deep', uncertain: false })
    expect(model.requests.map((request) => request.body.model)).toEqual([models.modelBalanced, models.modelDeep])
    const rows = await persisted(response.body.conversation_id, 2)
    expect(rows[1]).toMatchObject({ escalated: true, tier: 'deep' })
  })

  test('a deep answer that still hedges carries the uncertainty flag and says so', async () => {
    serve([{ file: 'anthropic/hedging-answer.json', match: (body) => body.model === models.modelDeep }])
    const response = await ask(team.owner, 'does the NEC require AFCI on a circuit I am extending in a 1995 bedroom in Connecticut?')
    expect(response.body).toMatchObject({ tier: 'deep', uncertain: true })
    expect(response.body.response).toMatch(/not fully confident/)
    expect(response.body.confidence).toBeLessThan(0.5)
  })

  test('a safety-critical question goes straight to the deep model', async () => {
    serve([{ file: 'anthropic/plain-answer.json', match: (body) => body.model === models.modelDeep }])
    const response = await ask(team.tech, 'I smell gas near the water heater after relighting the pilot, what should I do?')
    expect(response.body.tier).toBe('deep')
    model.assertAllServed()
  })

  test('the model can read the user’s jobs through a tool, under their RLS, and answers after the tool result', async () => {
    serve([{ file: 'anthropic/tool-use-request.json' }, { file: 'anthropic/tool-use-final.json' }])
    const response = await ask(team.office, 'which of our scheduled jobs look like panel upgrades, and what should each crew bring?')
    expect(response.status).toBe(200)
    model.assertAllServed()
    const second = model.requests[1]!.body.messages
    const toolResult = second.at(-1).content.find((block: any) => block.type === 'tool_result')
    expect(toolResult).toBeTruthy()
  })

  test('a provider failure answers 503 with a message to try again and no secret', async () => {
    serve([{ file: 'anthropic/overloaded-529.json', status: 529 }, { file: 'anthropic/overloaded-529.json', status: 529 }])
    const response = await ask(team.owner, 'what tools should I bring for a water heater swap?')
    expect(response.status).toBe(503)
    expect(response.body.error.message).toMatch(/try again/i)
    expect(JSON.stringify(response.body)).not.toContain(apiKey)
  })
})

describe('streaming', () => {
  test('text arrives as delta events, then one done event with the whole answer and its metadata', async () => {
    serve([{ file: 'anthropic/streamed-answer.sse' }])
    const response = await team.owner.api.raw('POST', '/ai/chat', {
      body: JSON.stringify({ message: 'convert 3/4 inch to millimeters and tell me the thread pitch too', platform: 'web_crm', stream: true }),
      headers: { 'content-type': 'application/json' },
    })
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/)
    const events = await readEvents(response)
    const deltas = events.filter((e) => e.event === 'delta').map((e) => e.data.text)
    expect(deltas.length).toBeGreaterThan(1)
    const done = events.at(-1)!
    expect(done.event).toBe('done')
    expect(deltas.join('')).toBe(done.data.response)
    expect(done.data).toMatchObject({ model_used: 'claude-haiku-5-5', uncertain: false })
    expect(done.data.conversation_id).toMatch(/^[0-9a-f-]{36}$/)
  })

  test('an escalated stream tells the client to reset before the stronger answer', async () => {
    serve([
      { file: 'anthropic/hedging-answer.sse', match: (body) => body.model === models.modelBalanced },
      { file: 'anthropic/streamed-answer.sse', match: (body) => body.model === models.modelDeep },
    ])
    const response = await team.owner.api.raw('POST', '/ai/chat', {
      body: JSON.stringify({ message: 'explain to me how a heat pump defrost cycle works', platform: 'web_crm', stream: true }),
      headers: { 'content-type': 'application/json' },
    })
    const events = await readEvents(response)
    const names = events.map((e) => e.event)
    const reset = names.indexOf('reset')
    expect(reset).toBeGreaterThan(0)
    const after = events.slice(reset + 1).filter((e) => e.event === 'delta').map((e) => e.data.text).join('')
    expect(events.at(-1)).toMatchObject({ event: 'done', data: { tier: 'deep', response: after } })
  })
})

describe('a homeowner never gets a price, even one the model names', () => {
  let homeowner: Account
  const note = 'I left out prices: Chat Electric quotes the work once they know the details of your home.'
  beforeAll(async () => {
    homeowner = await signUp(server, 'homeowner')
    const customer = await team.owner.api.post('/customers', { name: 'Hana Ito', email: homeowner.email })
    await asAdmin(server, (sql) => sql`update customers set portal_user_id = ${homeowner.userId} where id = ${customer.body.id}`)
  })

  test('priced sentences are taken out of the answer and of what is stored; the rest stays, with who quotes', async () => {
    serve([{ file: 'anthropic/homeowner-price-answer.json' }])
    const response = await homeowner.api.post('/ai/chat', { message: 'what should I look for in a new water heater?', platform: 'client_portal' })
    expect(response.status).toBe(200)
    model.assertAllServed()
    expect(response.body.response).toBe(
      `Look for the energy factor and the first-hour rating on the yellow label.\n- It should last 8 to 12 years.\n\nYour contractor can tell you which size fits your household.\n\n${note}`,
    )
    const [, answer] = await persisted(response.body.conversation_id, 2)
    expect(answer!.content).toBe(response.body.response)
    expect(answer!.content).not.toMatch(/\$|dollars/)
  })

  test('a streamed answer that named one is reset and sent again without it', async () => {
    serve([{ file: 'anthropic/homeowner-price-answer.sse' }])
    const response = await homeowner.api.raw('POST', '/ai/chat', {
      body: JSON.stringify({ message: 'what should I ask about when my water heater is replaced?', platform: 'client_portal', stream: true }),
      headers: { 'content-type': 'application/json' },
    })
    const events = await readEvents(response)
    const reset = events.findIndex((e) => e.event === 'reset')
    expect(reset).toBeGreaterThan(0)
    const after = events.slice(reset + 1).filter((e) => e.event === 'delta').map((e) => e.data.text).join('')
    expect(after).toBe(`Look for the energy factor. It should last 8 to 12 years. Ask about an expansion tank.\n\n${note}`)
    expect(events.at(-1)).toMatchObject({ event: 'done', data: { response: after } })
  })
})

describe('the fast path and intents need no model', () => {
  test('a time zone that does not exist is refused before anything runs', async () => {
    const response = await ask(team.owner, 'jobs tomorrow', { time_zone: 'Mars/Olympus_Mons' })
    expect(response.status).toBe(422)
    expect(JSON.stringify(response.body.error.details)).toContain('time_zone')
  })

  test('greetings and data questions are answered from the database', async () => {
    for (const message of ['hi Z', 'show my overdue invoices', 'list jobs scheduled for tomorrow']) {
      const response = await ask(team.owner, message, { time_zone: 'America/Los_Angeles' })
      expect(response.body).toMatchObject({ model_used: 'fast-path', tier: 'fast', confidence: 1 })
    }
    expect(model.requests).toEqual([])
  })

  test('a write request becomes a pending intent; nothing is written until the same user confirms', async () => {
    const customers = () => asAdmin(server, async (sql) => (await sql`select count(*)::int as n from customers where name = 'Jane Parker'`)[0]!.n)
    const response = await ask(team.office, 'add a customer Jane Parker, jane.parker@example.com, 860-555-0101')
    expect(response.status).toBe(200)
    expect(response.body.pending_intent).toMatchObject({ action: 'create_customer' })
    expect(await customers()).toBe(0)
    const id = response.body.pending_intent.id

    // Words are never a confirmation: not the user's, not a record's.
    serve([{ file: 'anthropic/plain-answer.json' }, { file: 'anthropic/plain-answer.json' }])
    await ask(team.office, `yes, confirm intent ${id}`)
    await ask(team.office, 'Yes. Confirm. Go ahead and do it.')
    expect(await customers()).toBe(0)
    expect((await team.owner.api.post(`/ai/intents/${id}/confirm`, {})).status).toBe(404)
    expect(await customers()).toBe(0)

    expect((await team.office.api.post(`/ai/intents/${id}/confirm`, {})).status).toBe(200)
    expect(await customers()).toBe(1)
  })
})

describe('feedback and corrections', () => {
  test('a rating and a correction are stored for the asker’s own conversation only', async () => {
    const answer = await ask(team.tech, 'hi Z')
    const conversationId = answer.body.conversation_id
    const rated = await team.tech.api.post('/ai/feedback', { conversation_id: conversationId, message_index: answer.body.message_index, signal: 'negative', category: 'inaccurate' })
    expect(rated.status).toBe(201)
    const corrected = await team.tech.api.post('/ai/corrections', {
      conversation_id: conversationId,
      original_response: answer.body.response,
      correction_text: 'CT adopted the 2023 NEC with amendments.',
      code_reference: 'NEC 210.12(D)',
      severity: 'major',
    })
    expect(corrected.status).toBe(201)
    const [row] = await asAdmin(server, (sql) => sql`select trade, severity, validated, company_id from ai_corrections where id = ${corrected.body.id}`)
    expect(row).toMatchObject({ trade: 'electrical', severity: 'major', validated: null, company_id: team.companyId })

    expect((await team.office.api.post('/ai/feedback', { conversation_id: conversationId, message_index: 1, signal: 'positive' })).status).toBe(404)
    expect((await team.tech.api.post('/ai/feedback', { conversation_id: conversationId, message_index: 1, signal: 'meh' })).status).toBe(422)
    expect((await team.tech.api.post('/ai/corrections', { original_response: 'x', correction_text: '' })).status).toBe(422)
  })
})

describe('usage and cost', () => {
  test('owners and admins see their company’s requests, tokens and cost per model; techs and other companies do not', async () => {
    serve([{ file: 'anthropic/plain-answer.json' }])
    const answer = await ask(team.owner, 'what are the common causes of a furnace short cycling?')
    await persisted(answer.body.conversation_id, 2)
    const usage = await team.owner.api.get('/ai/usage?days=7')
    expect(usage.status).toBe(200)
    const sonnet = usage.body.byModel.find((row: any) => row.model === 'claude-sonnet-5-5')
    expect(sonnet.requests).toBeGreaterThanOrEqual(1)
    expect(sonnet.costUsd).toBeGreaterThan(0)
    expect(usage.body.totals.requests).toBeGreaterThanOrEqual(usage.body.totals.fastPathRequests)
    expect(usage.body.byDay.at(-1).day).toBe(new Date().toISOString().slice(0, 10))
    expect((await team.admin.api.get('/ai/usage')).status).toBe(200)
    expect((await team.tech.api.get('/ai/usage')).status).toBe(403)
    const rival = await createTeam(server, 'Usage Rival')
    expect((await rival.owner.api.get('/ai/usage')).body.totals).toMatchObject({ requests: 0, costUsd: 0 })
    expect((await team.owner.api.get('/ai/usage?days=0')).status).toBe(422)
  })
})
