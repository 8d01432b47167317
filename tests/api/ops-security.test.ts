import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pgBossOver } from '../../cron/queue'
import { apiAs, createTeam, signUp, signUpOps, type Account, type Api, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

/**
 * Who may use the ops API: platform staff only. A homeowner, a company owner, a tech and a
 * signed-out caller are refused on every route, with nothing audited, enqueued or changed;
 * the `zafto_ops` role itself cannot write tenant tables.
 */

let server: TestServer
let ops: Account
let team: Team
let homeowner: Account
let correctionId: string

/** The queues a worker would create, with no worker consuming them: what is enqueued stays there to be counted. */
const QUEUES = ['knowledge_ingest', 'check_code_links', 'housekeeping']

beforeAll(async () => {
  server = await startTestServer({ runJobs: false })
  await asAdmin(server, async (sql) => {
    const boss = pgBossOver(sql)
    await boss.start()
    for (const name of QUEUES) await boss.createQueue(name)
    await boss.stop({ graceful: false, wait: true })
  })
  ops = await signUpOps(server)
  team = await createTeam(server, 'Guarded Electric')
  homeowner = await signUp(server, 'homeowner')
  await asAdmin(server, (sql) => sql`insert into customers (company_id, name, portal_user_id) values (${team.companyId}, 'Pat Home', ${homeowner.userId})`)
  const correction = await team.tech.api.post('/ai/corrections', { original_response: 'Use 14 AWG on a 20 A circuit.', correction_text: '20 A needs 12 AWG copper.', topic: 'wire sizing' })
  correctionId = correction.body.id
})

afterAll(async () => {
  await server?.stop()
})

const reason = encodeURIComponent('Ticket 9001: checking the tenant for a billing question')

/** Every ops route, with a valid request for each. */
const routes = (): { method: 'GET' | 'POST'; path: string; body?: unknown }[] => [
  { method: 'GET', path: '/ops/overview' },
  { method: 'GET', path: '/ops/ai?days=7' },
  { method: 'GET', path: '/ops/corrections' },
  { method: 'POST', path: `/ops/corrections/${correctionId}/review`, body: { decision: 'validate', note: 'Right, 12 AWG.' } },
  { method: 'GET', path: '/ops/knowledge' },
  { method: 'POST', path: '/ops/knowledge/ingest', body: { trade: 'landscaping' } },
  { method: 'POST', path: '/ops/knowledge/link-check', body: {} },
  { method: 'GET', path: '/ops/runs/6f1c2a4e-8d1b-4c7a-9a55-2b8f0e6d3c11' },
  { method: 'GET', path: '/ops/pipelines' },
  { method: 'POST', path: '/ops/pipelines/housekeeping/run', body: {} },
  { method: 'GET', path: '/ops/tenants' },
  { method: 'GET', path: `/ops/tenants/${team.companyId}?reason=${reason}` },
]

const call = (api: Api, route: ReturnType<typeof routes>[number]) => api.call(route.method, route.path, route.body)

const state = () =>
  asAdmin(server, async (sql) => {
    const [row] = await sql`
      select (select count(*)::int from audit_log where action like 'ops.%') as ops_audit,
             (select count(*)::int from pgboss.job) as jobs,
             (select count(*)::int from email_outbox) as emails,
             (select validated from ai_corrections where id = ${correctionId}) as validated`
    return row
  })

describe('the ops API refuses everyone but platform staff', () => {
  test('a homeowner, an owner, an admin and a tech get 403 on every route; nothing is audited, enqueued or changed', async () => {
    const before = await state()
    for (const [who, account] of [
      ['homeowner', homeowner],
      ['owner', team.owner],
      ['admin', team.admin],
      ['tech', team.tech],
    ] as const) {
      for (const route of routes()) {
        const response = await call(account.api, route)
        expect({ who, route: route.path, status: response.status, code: response.body?.error?.code }).toEqual({ who, route: route.path, status: 403, code: 'forbidden' })
      }
    }
    expect(await state()).toEqual(before)
  })

  test('a signed-out caller gets 401 on every route', async () => {
    const before = await state()
    const anonymous = apiAs(server)
    for (const route of routes()) {
      const response = await call(anonymous, route)
      expect({ route: route.path, status: response.status, code: response.body?.error?.code }).toEqual({ route: route.path, status: 401, code: 'unauthorized' })
    }
    expect(await state()).toEqual(before)
  })

  test('an ops claim the person gave themself is worthless: user_metadata is not app_metadata', async () => {
    const pretender = await signUp(server, 'pretender')
    await asAdmin(server, (sql) => sql`update auth.users set raw_user_meta_data = raw_user_meta_data || '{"role":"ops"}'::jsonb where id = ${pretender.userId}`)
    const response = await pretender.api.get('/ops/overview')
    expect(response.status).toBe(403)
  })

  test('staff get 200 (or 202) on every route, each audited once as ops.read or ops.act', async () => {
    const audited = () =>
      asAdmin(server, (sql) => sql<{ action: string; path: string }[]>`
        select action, changes->>'path' as path from audit_log where actor_user_id = ${ops.userId} order by created_at`)
    for (const route of routes()) {
      const before = await audited()
      const response = await call(ops.api, route)
      // The made-up run id is not a run: 404, and a refused request is not audited.
      const expected = route.path.startsWith('/ops/runs/') ? 404 : route.method === 'GET' || route.path.includes('/review') ? 200 : 202
      expect({ route: route.path, status: response.status }).toEqual({ route: route.path, status: expected })
      const after = await audited()
      if (expected === 404) {
        expect(after).toEqual(before)
        continue
      }
      expect(after.slice(before.length)).toEqual([{ action: route.method === 'GET' ? 'ops.read' : 'ops.act', path: `/api/v1${route.path.split('?')[0]}` }])
    }
    const queued = await asAdmin(server, (sql) => sql`select name, data->>'trigger' as trigger from pgboss.job order by name`)
    expect(queued).toEqual([
      { name: 'check_code_links', trigger: 'ops' },
      { name: 'housekeeping', trigger: 'ops' },
      { name: 'knowledge_ingest', trigger: 'ops' },
    ])
  }, 60_000)

  test('with no worker ever started on the database, run now answers 503 and enqueues nothing', async () => {
    const before = await state()
    const response = await ops.api.post('/ops/pipelines/compute_failure_patterns/run', {})
    expect(response.status).toBe(503)
    expect(response.body.error.message).toContain('start the worker')
    expect((await state())!.jobs).toBe(before!.jobs)
  })
})

describe('the zafto_ops role', () => {
  /** Runs `statement` as zafto_ops with an ops user's claims, as the ops API does; returns the error code, if any. */
  async function asOpsRole(statement: (sql: any) => Promise<unknown>): Promise<string | null> {
    return asAdmin(server, async (sql) => {
      try {
        await sql.begin(async (tx: any) => {
          await tx`select set_config('role', 'zafto_ops', true),
                          set_config('request.jwt.claims', ${JSON.stringify({ sub: ops.userId, role: 'authenticated', app_metadata: { role: 'ops' } })}, true)`
          await statement(tx)
        })
        return null
      } catch (error) {
        return (error as { code?: string }).code ?? 'unknown'
      }
    })
  }

  test('reads every tenant but cannot write tenant tables', async () => {
    expect(await asOpsRole((tx) => tx`select count(*) from customers`)).toBeNull()
    expect(await asOpsRole((tx) => tx`insert into customers (company_id, name) values (${team.companyId}, 'Planted by ops')`)).toBe('42501')
    expect(await asOpsRole((tx) => tx`update companies set name = 'Renamed by ops' where id = ${team.companyId}`)).toBe('42501')
    expect(await asOpsRole((tx) => tx`delete from jobs`)).toBe('42501')
    // Of a correction, only the review columns.
    expect(await asOpsRole((tx) => tx`update ai_corrections set correction_text = 'rewritten' where id = ${correctionId}`)).toBe('42501')
    expect(await asOpsRole((tx) => tx`update ai_user_memory set version = version + 1`)).toBe('42501')
    // Its audit rows name the ops user themself.
    expect(await asOpsRole((tx) => tx`insert into audit_log (actor_user_id, action, entity_type) values (${team.owner.userId}, 'ops.read', 'platform')`)).toBe('42501')
    const [names] = await asAdmin(server, (sql) => sql`select count(*)::int as n from customers where name = 'Planted by ops'`)
    expect(names).toEqual({ n: 0 })
  })

  test('without the ops claim the role reads nothing', async () => {
    const rows = await asAdmin(server, (sql) =>
      sql.begin(async (tx) => {
        await tx`select set_config('role', 'zafto_ops', true), set_config('request.jwt.claims', ${JSON.stringify({ sub: team.owner.userId, role: 'authenticated' })}, true)`
        return tx`select 1 from customers union all select 1 from companies`
      }),
    )
    expect(rows.length).toBe(0)
  })
})
