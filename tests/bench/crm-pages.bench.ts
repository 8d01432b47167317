import { afterAll, bench, describe } from 'vitest'
import { DEMO_PASSWORD } from '../../db/seed'
import { startServer } from '../../functions/server'
import { apiAs } from '../support/api'

// What the CRM's heavier reads cost next to a plain page of customers, on the demo company
// (~50 customers, ~200 jobs, ~80 bids, ~150 invoices): the dashboard's aggregates, a
// customer's merged timeline, invoice aging, and rendering a branded PDF. One run, so the
// ratios are comparable even on a noisy machine.
const server = await startServer({ port: 0, dataDir: null, embeddedDbPort: 0, seedDemo: true })
const token = await fetch(`${server.url}/auth/v1/token?grant_type=password`, {
  method: 'POST',
  headers: { apikey: server.anonKey, 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'owner@demo.zafto.test', password: DEMO_PASSWORD }),
}).then(async (r) => ((await r.json()) as { access_token: string }).access_token)
const api = apiAs(server, token)

const customers = await api.get('/customers?pageSize=100')
const busiest = (
  await Promise.all(
    customers.body.data.map(async (c: { id: string }) => ({ id: c.id, items: (await api.get(`/customers/${c.id}/timeline?limit=100`)).body.data.length })),
  )
).sort((a, b) => b.items - a.items)[0]!
const bid = (await api.get('/bids?status=accepted&pageSize=1')).body.data[0]

afterAll(() => server.stop())

const ok = async (path: string) => {
  const response = await api.raw('GET', path)
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`)
  await response.arrayBuffer()
}

describe('CRM reads on the demo company', () => {
  bench('GET /customers (25, baseline)', () => ok('/customers?pageSize=25'))
  bench('GET /dashboard (every aggregate)', () => ok('/dashboard'))
  bench(`GET /customers/{id}/timeline (${busiest.items} items, one UNION ALL query)`, () => ok(`/customers/${busiest.id}/timeline?limit=50`))
  bench('GET /invoices/aging', () => ok('/invoices/aging'))
  bench('GET /bids/{id}/pdf (branded PDF)', () => ok(`/bids/${bid.id}/pdf`))
})
