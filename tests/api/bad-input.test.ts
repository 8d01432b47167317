import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createTeam, type Team } from '../support/api'
import { asAdmin } from '../support/db'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let team: Team

const customerCount = () => asAdmin(server, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from customers`)[0]!.n)

beforeAll(async () => {
  server = await startTestServer({ maxBodyBytes: 16 * 1024 })
  team = await createTeam(server)
})
afterAll(async () => {
  await server?.stop()
})

/** Every bad request must leave the database as it was and never answer 500. */
async function expectRejected(send: () => Promise<{ status: number; body: any }>, status: number, code: string) {
  const before = await customerCount()
  const response = await send()
  expect(response.status).toBe(status)
  expect(response.body.error).toMatchObject({ code, message: expect.any(String), requestId: expect.any(String) })
  expect(JSON.stringify(response.body)).not.toMatch(/at \w+ \(|postgres|drizzle|stack/i)
  expect(await customerCount()).toBe(before)
  return response.body.error
}

describe('bad input gets a clear error and writes nothing', () => {
  test('a wrong type names the field', async () => {
    const error = await expectRejected(() => team.owner.api.post('/customers', { name: 123 }), 422, 'validation_failed')
    expect(error.details).toEqual([expect.objectContaining({ path: 'name' })])
  })

  test('a missing required field names the field', async () => {
    const error = await expectRejected(() => team.owner.api.post('/customers', { email: 'a@b.example.com' }), 422, 'validation_failed')
    expect(error.details.map((d: { path: string }) => d.path)).toContain('name')
  })

  test('a blank name is refused', async () => {
    await expectRejected(() => team.owner.api.post('/customers', { name: '   ' }), 422, 'validation_failed')
  })

  test('an invalid email is refused', async () => {
    const error = await expectRejected(() => team.owner.api.post('/customers', { name: 'Ok', email: 'not-an-email' }), 422, 'validation_failed')
    expect(error.details[0].path).toBe('email')
  })

  test('an unknown field is refused rather than silently dropped', async () => {
    await expectRejected(() => team.owner.api.post('/customers', { name: 'Ok', company_id: team.companyId }), 422, 'validation_failed')
  })

  test('an over-long value is refused', async () => {
    await expectRejected(() => team.owner.api.post('/customers', { name: 'x'.repeat(201) }), 422, 'validation_failed')
  })

  test('malformed JSON is a 400', async () => {
    await expectRejected(() => team.owner.api.call('POST', '/customers', '{"name": "Ok",', { 'content-type': 'application/json' }), 400, 'bad_request')
  })

  test('a body over the size limit is a 413', async () => {
    await expectRejected(() => team.owner.api.post('/customers', { name: 'Ok', notes: 'n'.repeat(20 * 1024) }), 413, 'payload_too_large')
  })

  test('an id that is not a UUID is a 422, not a database error', async () => {
    await expectRejected(() => team.owner.api.get('/customers/1%20or%201=1'), 422, 'validation_failed')
  })

  test('an unknown id is a 404', async () => {
    await expectRejected(() => team.owner.api.patch('/customers/00000000-0000-4000-8000-000000000000', { name: 'Nobody' }), 404, 'not_found')
  })

  test('bad pagination is a 422', async () => {
    await expectRejected(() => team.owner.api.get('/customers?page=0'), 422, 'validation_failed')
    await expectRejected(() => team.owner.api.get('/customers?pageSize=100000'), 422, 'validation_failed')
  })

  test('creating a company with an unknown trade or state is refused', async () => {
    const loner = await (await import('../support/api')).signUp(server, 'badco')
    const badTrade = await loner.api.post('/companies', { name: 'Bad', trades: ['astrology'] })
    expect(badTrade.status).toBe(422)
    const badState = await loner.api.post('/companies', { name: 'Bad', trades: ['roofing'], state: 'XX' })
    expect(badState.status).toBe(422)
    expect((await loner.api.get('/me')).body.company).toBeNull()
  })

  test('an unknown endpoint is a JSON 404', async () => {
    const response = await team.owner.api.get('/no-such-thing')
    expect(response.status).toBe(404)
    expect(response.body.error.code).toBe('not_found')
  })
})

describe('SQL-looking input is only ever data', () => {
  const hostile = [`Robert'); DROP TABLE customers;--`, `' OR '1'='1`, `%_\\`, `$1; select pg_sleep(10)`]

  test.each(hostile)('%s is stored and read back exactly', async (name) => {
    const created = await team.office.api.post('/customers', { name, notes: name })
    expect(created.status).toBe(201)
    const read = await team.office.api.get(`/customers/${created.body.id}`)
    expect(read.body.name).toBe(name)
  })

  test('search treats wildcard characters literally', async () => {
    await team.owner.api.post('/customers', { name: 'Plain Customer' })
    const percent = await team.owner.api.get(`/customers?search=${encodeURIComponent('%')}`)
    expect(percent.body.data.every((c: { name: string }) => c.name.includes('%'))).toBe(true)
    const quote = await team.owner.api.get(`/customers?search=${encodeURIComponent(`' OR '1'='1`)}`)
    expect(quote.body.data.map((c: { name: string }) => c.name)).toEqual([`' OR '1'='1`])
  })
})

describe('a failed request rolls back everything it did', () => {
  test('deleting a customer who has jobs is refused with 409 and the audit log gains nothing', async () => {
    const created = await team.owner.api.post('/customers', { name: 'Has Jobs' })
    await asAdmin(server, (sql) => sql`insert into jobs (company_id, customer_id, title, trade) values (${team.companyId}, ${created.body.id}, 'Panel swap', 'electrical')`)
    const auditBefore = await asAdmin(server, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from audit_log`)[0]!.n)
    const response = await team.owner.api.delete(`/customers/${created.body.id}`)
    expect(response.status).toBe(409)
    expect((await team.owner.api.get(`/customers/${created.body.id}`)).status).toBe(200)
    const auditAfter = await asAdmin(server, async (sql) => (await sql<{ n: number }[]>`select count(*)::int as n from audit_log`)[0]!.n)
    expect(auditAfter).toBe(auditBefore)
  })
})
