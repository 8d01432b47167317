import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createSql, type Sql } from '../../db/client'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../db/embedded'
import { applyMigrations } from '../../db/migrate'
import { housekeepingTask } from '../../cron/tasks/housekeeping'
import { runTask } from '../../cron/tasks/run-task'
import { createOfflineProvider } from '../../functions/ai/providers/offline-provider'

// "Today" is asOf's UTC date: 2025-06-15, whatever the machine's time zone.
const asOf = new Date('2025-06-15T12:00:00Z')
const models = createOfflineProvider()
const HOUR = 3_600_000
const DAY = 24 * HOUR

let db: EmbeddedDatabase
let sql: Sql
let userId: string
let companyA: string
let companyB: string
/** Row ids by the number the test gave them. */
const ids: Record<string, string> = {}

async function createCompany(name: string) {
  const [company] = await sql<{ id: string }[]>`insert into public.companies (name) values (${name}) returning id`
  const [customer] = await sql<{ id: string }[]>`insert into public.customers (company_id, name) values (${company!.id}, 'Dana Whitfield') returning id`
  return { companyId: company!.id, customerId: customer!.id }
}

async function invoice(owner: { companyId: string; customerId: string }, number: string, status: string, dueDate: string | null, overdueSince: string | null = null) {
  const [row] = await sql<{ id: string }[]>`
    insert into public.invoices (company_id, customer_id, number, status, due_date, overdue_since)
    values (${owner.companyId}, ${owner.customerId}, ${number}, ${status}, ${dueDate}, ${overdueSince}) returning id`
  ids[number] = row!.id
}

async function bid(owner: { companyId: string; customerId: string }, number: string, status: string, validUntil: string | null) {
  const [row] = await sql<{ id: string }[]>`
    insert into public.bids (company_id, customer_id, number, status, valid_until, updated_at)
    values (${owner.companyId}, ${owner.customerId}, ${number}, ${status}, ${validUntil}, '2025-01-01T00:00:00Z') returning id`
  ids[number] = row!.id
}

async function intent(name: string, status: string, expiresAt: Date) {
  const [row] = await sql<{ id: string }[]>`
    insert into public.ai_actions (user_id, company_id, intent, payload, summary, status, expires_at)
    values (${userId}, ${companyA}, 'create_customer', '{}'::jsonb, ${name}, ${status}, ${expiresAt.toISOString()}::timestamptz) returning id`
  ids[name] = row!.id
}

async function session(name: string, notAfter: Date | null) {
  ids[name] = randomUUID()
  await sql`insert into auth.sessions (id, user_id, not_after) values (${ids[name]!}, ${userId}, ${notAfter?.toISOString() ?? null}::timestamptz)`
}

async function refreshToken(name: string, sessionName: string, revoked: boolean, updatedAt: Date) {
  await sql`
    insert into auth.refresh_tokens (token, user_id, session_id, revoked, updated_at)
    values (${name}, ${userId}, ${ids[sessionName]!}, ${revoked}, ${updatedAt.toISOString()}::timestamptz)`
}

const invoiceStates = () =>
  sql<{ number: string; status: string; overdue_since: string | null }[]>`
    select number, status::text, overdue_since::text from public.invoices order by number`
const bidStates = () => sql<{ number: string; status: string; stamped: boolean; updated_at: string }[]>`
  select number, status::text, updated_at <> '2025-01-01T00:00:00Z' as stamped, updated_at::text from public.bids order by number`
const intentStates = () => sql<{ summary: string; status: string }[]>`select summary, status from public.ai_actions order by summary`
const sessionIds = async () => (await sql<{ id: string }[]>`select id from auth.sessions`).map((row) => row.id).sort()
const tokenNames = async () => (await sql<{ token: string }[]>`select token from auth.refresh_tokens order by token`).map((row) => row.token)
const housekeepingAudit = () =>
  sql<{ company_id: string; actor_user_id: string | null; action: string; entity_type: string; entity_id: string; changes: Record<string, unknown> }[]>`
    select company_id, actor_user_id, action, entity_type, entity_id, changes from public.audit_log
    where action in ('invoice.overdue', 'bid.expire') order by action, entity_id`

beforeAll(async () => {
  db = await startEmbeddedDatabase({ dataDir: 'memory://', port: 0 })
  sql = createSql(db.url, { max: 2 })
  await applyMigrations(sql)
  userId = randomUUID()
  await sql`insert into auth.users (id, email) values (${userId}, 'owner@housekeeping.test')`
  const a = await createCompany('Alpha Electric')
  const b = await createCompany('Bravo Plumbing')
  companyA = a.companyId
  companyB = b.companyId

  await invoice(a, 'INV-01', 'sent', '2025-06-10')
  await invoice(b, 'INV-02', 'partial', '2025-06-14')
  await invoice(a, 'INV-03', 'sent', '2025-06-15') // due today: not overdue yet
  await invoice(a, 'INV-04', 'sent', '2025-06-20')
  await invoice(a, 'INV-05', 'paid', '2025-06-01')
  await invoice(a, 'INV-06', 'void', '2025-06-01')
  await invoice(a, 'INV-07', 'draft', '2025-06-01')
  await invoice(a, 'INV-08', 'sent', null)
  await invoice(a, 'INV-09', 'sent', '2025-05-01', '2025-05-02') // recorded on an earlier night

  await bid(a, 'BID-01', 'sent', '2025-06-14')
  await bid(b, 'BID-02', 'sent', '2025-06-15') // valid through today
  await bid(a, 'BID-03', 'draft', '2025-06-01')
  await bid(a, 'BID-04', 'accepted', '2025-06-01')
  await bid(a, 'BID-05', 'declined', '2025-06-01')
  await bid(a, 'BID-06', 'sent', null)

  await intent('intent-past', 'proposed', new Date(asOf.getTime() - 1000))
  await intent('intent-future', 'proposed', new Date(asOf.getTime() + 60_000))
  await intent('intent-executed', 'executed', new Date(asOf.getTime() - DAY))
  await intent('intent-cancelled', 'cancelled', new Date(asOf.getTime() - DAY))

  await session('session-ended', new Date(asOf.getTime() - HOUR))
  await session('session-open-ended', null)
  await session('session-later', new Date(asOf.getTime() + HOUR))
  await refreshToken('token-of-ended-session', 'session-ended', false, new Date(asOf.getTime() - 2 * HOUR))
  await refreshToken('token-revoked-31-days', 'session-open-ended', true, new Date(asOf.getTime() - 31 * DAY))
  await refreshToken('token-revoked-29-days', 'session-open-ended', true, new Date(asOf.getTime() - 29 * DAY))
  await refreshToken('token-current-60-days', 'session-open-ended', false, new Date(asOf.getTime() - 60 * DAY))
})

afterAll(async () => {
  await sql?.end({ timeout: 5 })
  await db?.stop()
})

describe('housekeeping', () => {
  test('the first run changes exactly what is due and records the counts in the run log', async () => {
    const run = await runTask(sql, housekeepingTask, { trigger: 'cli', asOf, models })
    expect(run.error).toBeNull()
    expect(run.status).toBe('succeeded')
    const expected = { invoicesMarkedOverdue: 2, bidsExpired: 1, intentsExpired: 1, sessionsPruned: 1, refreshTokensPruned: 1 }
    expect(run.details).toEqual(expected)
    const [logged] = await sql<{ status: string; details: unknown }[]>`select status, details from public.pipeline_runs where id = ${run.id}`
    expect(logged).toEqual({ status: 'succeeded', details: expected })
  })

  test('sent and partial invoices past their due date become overdue the day after it; nothing else is touched', async () => {
    expect(await invoiceStates()).toEqual([
      { number: 'INV-01', status: 'sent', overdue_since: '2025-06-11' },
      { number: 'INV-02', status: 'partial', overdue_since: '2025-06-15' },
      { number: 'INV-03', status: 'sent', overdue_since: null },
      { number: 'INV-04', status: 'sent', overdue_since: null },
      { number: 'INV-05', status: 'paid', overdue_since: null },
      { number: 'INV-06', status: 'void', overdue_since: null },
      { number: 'INV-07', status: 'draft', overdue_since: null },
      { number: 'INV-08', status: 'sent', overdue_since: null },
      { number: 'INV-09', status: 'sent', overdue_since: '2025-05-02' },
    ])
  })

  test('only sent bids past valid_until expire, and only they are stamped', async () => {
    const bids = await bidStates()
    expect(bids.map(({ number, status }) => [number, status])).toEqual([
      ['BID-01', 'expired'],
      ['BID-02', 'sent'],
      ['BID-03', 'draft'],
      ['BID-04', 'accepted'],
      ['BID-05', 'declined'],
      ['BID-06', 'sent'],
    ])
    const stamped = bids.filter((row) => row.stamped).map((row) => row.number)
    expect(stamped).toEqual(['BID-01'])
  })

  test('only proposed intents past expires_at expire', async () => {
    expect(await intentStates()).toEqual([
      { summary: 'intent-cancelled', status: 'cancelled' },
      { summary: 'intent-executed', status: 'executed' },
      { summary: 'intent-future', status: 'proposed' },
      { summary: 'intent-past', status: 'expired' },
    ])
  })

  test('sessions past not_after go with their refresh tokens; tokens revoked over 30 days ago go too', async () => {
    expect(await sessionIds()).toEqual([ids['session-open-ended'], ids['session-later']].sort())
    expect(await tokenNames()).toEqual(['token-current-60-days', 'token-revoked-29-days'])
  })

  test('each changed invoice and bid has one audit row, in its own company, with no actor', async () => {
    const expected = [
      { company_id: companyA, actor_user_id: null, action: 'bid.expire', entity_type: 'bid', entity_id: ids['BID-01'], changes: { from: 'sent', to: 'expired', validUntil: '2025-06-14' } },
      { company_id: companyA, actor_user_id: null, action: 'invoice.overdue', entity_type: 'invoice', entity_id: ids['INV-01'], changes: { dueDate: '2025-06-10', overdueSince: '2025-06-11' } },
      { company_id: companyB, actor_user_id: null, action: 'invoice.overdue', entity_type: 'invoice', entity_id: ids['INV-02'], changes: { dueDate: '2025-06-14', overdueSince: '2025-06-15' } },
    ]
    expected.sort((x, y) => x.action.localeCompare(y.action) || x.entity_id!.localeCompare(y.entity_id!))
    expect(await housekeepingAudit()).toEqual(expected)
  })

  test('a second run the same day changes nothing', async () => {
    // Later the same day, but before the next intent or session deadline (asOf + 1 minute).
    const before = { invoices: await invoiceStates(), bids: await bidStates(), intents: await intentStates(), sessions: await sessionIds(), tokens: await tokenNames(), audit: await housekeepingAudit() }
    const result = await housekeepingTask.run(sql, { asOf: new Date(asOf.getTime() + 30_000), models })
    expect(result.details).toEqual({ invoicesMarkedOverdue: 0, bidsExpired: 0, intentsExpired: 0, sessionsPruned: 0, refreshTokensPruned: 0 })
    const after = { invoices: await invoiceStates(), bids: await bidStates(), intents: await intentStates(), sessions: await sessionIds(), tokens: await tokenNames(), audit: await housekeepingAudit() }
    expect(after).toEqual(before)
  })

  test('the next UTC day, what was due yesterday becomes overdue', async () => {
    const result = await housekeepingTask.run(sql, { asOf: new Date('2025-06-16T00:00:01Z'), models })
    expect(result.details).toMatchObject({ invoicesMarkedOverdue: 1, bidsExpired: 1 })
    const invoices = await invoiceStates()
    expect(invoices.find((row) => row.number === 'INV-03')!.overdue_since).toBe('2025-06-16')
    expect((await bidStates()).find((row) => row.number === 'BID-02')!.status).toBe('expired')
  })

  test('with Supabase Auth (auth.identities exists), sign-in state is left to it', async () => {
    await session('session-ended-under-supabase', new Date(asOf.getTime() - HOUR))
    await sql`create table auth.identities (id uuid primary key)`
    try {
      const result = await housekeepingTask.run(sql, { asOf: new Date('2025-06-16T12:00:00Z'), models })
      expect(result.details).toMatchObject({ sessionsPruned: 0, refreshTokensPruned: 0 })
      expect(await sessionIds()).toContain(ids['session-ended-under-supabase'])
    } finally {
      await sql`drop table auth.identities`
    }
    const result = await housekeepingTask.run(sql, { asOf: new Date('2025-06-16T12:00:00Z'), models })
    expect(result.details).toMatchObject({ sessionsPruned: 1 })
    expect(await sessionIds()).not.toContain(ids['session-ended-under-supabase'])
  })
})
