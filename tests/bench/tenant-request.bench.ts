import postgres from 'postgres'
import { afterAll, bench, describe } from 'vitest'
import { createTeam } from '../support/api'
import { startTestServer } from '../support/server'

// What a tenant request costs on top of the query it needs: token verification, the
// transaction as `authenticated` with claims, the membership lookup, RLS, validation and
// response parsing. Compared with the bare query over the same socket, in one run.
const server = await startTestServer()
const team = await createTeam(server, 'Bench Electric')
for (let i = 0; i < 50; i++) await team.office.api.post('/customers', { name: `Customer ${String(i).padStart(2, '0')}` })
const sql = postgres(server.databaseUrl, { max: 1 })

afterAll(async () => {
  await sql.end()
  await server.stop()
})

describe('list 25 customers', () => {
  bench('bare SQL (no auth, no RLS)', async () => {
    await sql`select * from customers where company_id = ${team.companyId} order by name, id limit 25`
  })

  bench('GET /api/v1/customers (full tenant pipeline)', async () => {
    const response = await team.office.api.get('/customers?pageSize=25')
    if (response.status !== 200) throw new Error(`unexpected ${response.status}`)
  })
})
