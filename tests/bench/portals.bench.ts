import postgres from 'postgres'
import { afterAll, bench, describe } from 'vitest'
import { DEMO_PASSWORD } from '../../db/seed'
import { HOMEOWNER_ACCOUNT, OPS_ACCOUNT } from '../../db/seed/portal-accounts'
import { startServer } from '../../functions/server'
import { signIn } from '../support/api'

// What the client portal's and the ops portal's reads cost next to the CRM's page of 25
// customers, on the demo (Northline's ~50 customers, ~200 jobs, the linked homeowner, the ops
// account). Portal reads run as the homeowner under the portal policies; ops reads run as
// `zafto_ops` over every tenant and write one audit row each; the AI page reads 100,000 logged
// answers spread over 180 days (its default period is the last 30). One run, so the ratios compare.
const server = await startServer({ port: 0, dataDir: null, embeddedDbPort: 0, seedDemo: true })
const [{ api: owner }, { api: homeowner }, { api: ops }] = await Promise.all([
  signIn(server, 'owner@demo.zafto.test', DEMO_PASSWORD),
  signIn(server, HOMEOWNER_ACCOUNT.email, DEMO_PASSWORD),
  signIn(server, OPS_ACCOUNT.email, DEMO_PASSWORD),
])

const ANSWERS = 100_000
const admin = postgres(server.databaseUrl, { max: 1, onnotice: () => {} })
await admin`
  with owner as (select m.user_id, m.company_id from public.company_members m where m.role = 'owner' limit 1),
  conversation as (
    insert into public.ai_conversations (user_id, company_id, persona, surface, title)
    select user_id, company_id, 'owner_admin', 'web_crm', 'bench' from owner returning id, user_id, company_id)
  insert into public.ai_messages (conversation_id, user_id, company_id, role, content, model, tier, query_type, confidence,
                                  input_tokens, output_tokens, cost_usd, latency_ms, message_index, escalated, fast_path, created_at)
  select c.id, c.user_id, c.company_id, 'assistant', 'answer', case when i % 5 = 0 then 'claude-sonnet' else 'claude-haiku' end,
         case when i % 5 = 0 then 'balanced' else 'fast' end, 'how_to', 0.8, 900 + i % 700, 150 + i % 300, (i % 100) / 10000.0,
         300 + (i * 37) % 4000, i, i % 17 = 0, i % 7 = 0, now() - (i % 180) * interval '1 day' - (i % 1440) * interval '1 minute'
  from conversation c, generate_series(1, ${ANSWERS}) as i`
await admin.end()

const me = (await homeowner.get('/portal/me')).body as { relationships: { customerId: string }[] }
const customerId = me.relationships[0]!.customerId
const [firstEquipment] = (await homeowner.get(`/portal/customers/${customerId}/equipment`)).body as { id: string }[]
const [quote] = (await homeowner.get(`/portal/customers/${customerId}/quotes`)).body as { id: string }[]

afterAll(() => server.stop())

const ok = (api: typeof owner, path: string) => async () => {
  const response = await api.raw('GET', path)
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`)
  await response.arrayBuffer()
}

describe('portal and ops reads on the demo', () => {
  bench('CRM GET /customers (25, baseline)', ok(owner, '/customers?pageSize=25'))
  bench('portal GET /portal/customers/{id}/home (visits, quotes, balance, unread)', ok(homeowner, `/portal/customers/${customerId}/home`))
  if (firstEquipment) bench('portal GET /portal/equipment/{id} (with the lifespan insight)', ok(homeowner, `/portal/equipment/${firstEquipment.id}`))
  if (quote) bench('portal GET /portal/quotes/{id} (lines, content hash)', ok(homeowner, `/portal/quotes/${quote.id}`))
  bench('ops GET /ops/overview (every tenant, audited)', ok(ops, '/ops/overview'))
  bench(`ops GET /ops/ai (30 days of ${ANSWERS.toLocaleString('en-US')} answers: tokens, cost, latency percentiles, audited)`, ok(ops, '/ops/ai'))
  bench('ops GET /ops/ai?days=180 (all of them)', ok(ops, '/ops/ai?days=180'))
})
