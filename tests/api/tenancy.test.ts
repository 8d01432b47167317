import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, type Team } from '../support/api'
import { asAdmin, asUser } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let a: Team
let b: Team
let aCustomerId: string

beforeAll(async () => {
  server = await startTestServer()
  ;[a, b] = await Promise.all([createTeam(server, 'Alpha Electric'), createTeam(server, 'Bravo Plumbing')])
  const created = await a.owner.api.post('/customers', { name: 'Alpha Homeowner', email: 'home@alpha.example.com' })
  aCustomerId = created.body.id
  await b.owner.api.post('/customers', { name: 'Bravo Homeowner' })
})
afterAll(async () => {
  await server?.stop()
})

describe('two companies never see each other through the API', () => {
  test('the customer list shows only the caller’s customers, for every role', async () => {
    for (const account of [b.owner, b.admin, b.office, b.tech]) {
      const list = await account.api.get('/customers?pageSize=100')
      expect(list.status).toBe(200)
      expect(list.body.data.map((c: { name: string }) => c.name)).toEqual(['Bravo Homeowner'])
      expect(list.body.total).toBe(1)
    }
  })

  test('searching does not reach into another company', async () => {
    const list = await b.owner.api.get('/customers?search=Alpha')
    expect(list.body.data).toEqual([])
  })

  test('another company’s customer id answers 404 to read, update and delete', async () => {
    expect((await b.owner.api.get(`/customers/${aCustomerId}`)).status).toBe(404)
    expect((await b.owner.api.patch(`/customers/${aCustomerId}`, { name: 'Hijacked' })).status).toBe(404)
    expect((await b.owner.api.delete(`/customers/${aCustomerId}`)).status).toBe(404)
    const still = await a.owner.api.get(`/customers/${aCustomerId}`)
    expect(still.body.name).toBe('Alpha Homeowner')
  })

  test('another company’s members are 404 to list and to add to', async () => {
    expect((await b.owner.api.get(`/companies/${a.companyId}/members`)).status).toBe(404)
    const add = await b.owner.api.post(`/companies/${a.companyId}/members`, { email: 'spy@example.com', role: 'admin' })
    expect(add.status).toBe(404)
    const members = await a.owner.api.get(`/companies/${a.companyId}/members`)
    expect(members.body.data.map((m: { email: string }) => m.email)).not.toContain('spy@example.com')
  })

  test('/me shows the caller’s own company', async () => {
    const me = await b.tech.api.get('/me')
    expect(me.body.company.id).toBe(b.companyId)
    expect(me.body.role).toBe('tech')
  })
})

describe('Row Level Security holds without any application filter', () => {
  test('a bare select on customers returns only the caller’s rows', async () => {
    const rows = await asUser(server, a.tech.userId, (sql) => sql<{ name: string }[]>`select name from customers`)
    expect(rows.map((r) => r.name)).toEqual(['Alpha Homeowner'])
  })

  test('a bare select on companies and members returns only the caller’s company', async () => {
    const companies = await asUser(server, b.office.userId, (sql) => sql<{ id: string }[]>`select id from companies`)
    expect(companies.map((c) => c.id)).toEqual([b.companyId])
    const members = await asUser(server, b.office.userId, (sql) => sql<{ company_id: string }[]>`select company_id from company_members`)
    expect(new Set(members.map((m) => m.company_id))).toEqual(new Set([b.companyId]))
  })

  test('updates and deletes aimed at another company touch nothing', async () => {
    const updated = await asUser(server, b.owner.userId, (sql) => sql`update customers set name = 'x' where id = ${aCustomerId}`)
    expect(updated.count).toBe(0)
    const deleted = await asUser(server, b.owner.userId, (sql) => sql`delete from customers`)
    expect(deleted.count).toBe(1) // only Bravo's own row, and it is rolled back
  })

  test('inserting a row into another company is refused', async () => {
    await expect(
      asUser(server, b.owner.userId, (sql) => sql`insert into customers (company_id, name) values (${a.companyId}, 'Planted')`),
    ).rejects.toThrow(/row-level security/)
  })

  test('a row inserted without company_id lands in the caller’s company', async () => {
    const [row] = await asUser(server, a.office.userId, (sql) => sql<{ company_id: string }[]>`insert into customers (name) values ('Defaulted') returning company_id`)
    expect(row!.company_id).toBe(a.companyId)
  })

  test('a signed-in user with no company sees no tenant rows at all', async () => {
    const stranger = (await import('../support/api')).signUp(server, 'stranger')
    const { userId } = await stranger
    const rows = await asUser(server, userId, (sql) => sql`select 1 from customers union all select 1 from companies union all select 1 from audit_log`)
    expect(rows.length).toBe(0)
  })

  test('every table in public has RLS enabled and at least one policy', async () => {
    const unprotected = await asAdmin(server, (sql) => sql<{ tablename: string }[]>`
      select t.tablename from pg_tables t
      where t.schemaname = 'public' and t.tablename not like '\\_\\_%'
        and (not t.rowsecurity or not exists (select 1 from pg_policies p
                                               where p.schemaname = 'public' and p.tablename = t.tablename and p.policyname <> 'ops_read'))`)
    expect(unprotected.map((r) => r.tablename)).toEqual([])
  })

  test('platform staff (zafto_ops) can read every table for aggregates, and the policy asks for the ops claim', async () => {
    const missing = await asAdmin(server, (sql) => sql<{ tablename: string }[]>`
      select t.tablename from pg_tables t
      where t.schemaname = 'public' and t.tablename not like '\_\_%'
        and not exists (select 1 from pg_policies p where p.schemaname = 'public' and p.tablename = t.tablename
                          and p.policyname = 'ops_read' and p.roles = '{zafto_ops}' and p.qual like '%is_platform_ops()%')`)
    expect(missing.map((r) => r.tablename)).toEqual([])
  })
})
