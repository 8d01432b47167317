import { afterAll, beforeAll, expect, test } from 'vitest'
import { trades } from '../../db/schema'
import { apiAs, createTeam, signUp, type Team } from '../support/api'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
let team: Team

beforeAll(async () => {
  server = await startTestServer()
  team = await createTeam(server, 'Category Electric')
})
afterAll(async () => {
  await server?.stop()
})

type Listing = { trades: { trade: string; companyTrade: boolean; categories: { slug: string; label: string }[] }[] }

test('the kinds of work need a signed-in member of a company', async () => {
  const anonymous = await apiAs(server).get('/job-categories')
  expect(anonymous.status).toBe(401)
  expect(anonymous.body.error.code).toBe('unauthorized')
  const loner = await signUp(server, 'loner')
  const companyless = await loner.api.get('/job-categories')
  expect(companyless.status).toBe(403)
  expect(companyless.body.error.code).toBe('no_company')
})

test('every trade is listed once, the company’s first, each with its kinds of work and a service call', async () => {
  const { status, body } = await team.tech.api.get<Listing>('/job-categories')
  expect(status).toBe(200)
  expect(body.trades.map((t) => t.trade).sort()).toEqual([...trades].sort())
  expect(body.trades[0]).toMatchObject({ trade: 'electrical', companyTrade: true })
  expect(body.trades.filter((t) => t.companyTrade).map((t) => t.trade)).toEqual(['electrical'])
  // The rest keep the catalogue's order.
  expect(body.trades.slice(1).map((t) => t.trade)).toEqual(trades.filter((t) => t !== 'electrical'))
  for (const trade of body.trades) {
    expect(trade.categories.length, trade.trade).toBeGreaterThan(1)
    expect(trade.categories.at(-1), trade.trade).toEqual({ slug: 'service_call', label: 'Service call' })
    expect(new Set(trade.categories.map((c) => c.slug)).size, trade.trade).toBe(trade.categories.length)
    for (const category of trade.categories) {
      expect(category.slug).toMatch(/^[a-z0-9_]{1,60}$/)
      expect(category.label.trim().length, category.slug).toBeGreaterThan(0)
      expect(Object.keys(category).sort()).toEqual(['label', 'slug'])
    }
  }
  const electrical = body.trades[0]!.categories
  expect(electrical).toContainEqual({ slug: 'panel_upgrade', label: 'Panel upgrade' })
  expect(body.trades.find((t) => t.trade === 'hvac')!.categories).toContainEqual({ slug: 'ac_repair', label: 'AC repair' })
})

test('a company with several trades gets them first, in its own order', async () => {
  const owner = await signUp(server, 'multi')
  const company = await owner.api.post('/companies', { name: 'Two Trades Co', trades: ['plumbing', 'hvac'], state: 'CT' })
  expect(company.status).toBe(201)
  const { body } = await owner.api.get<Listing>('/job-categories')
  expect(body.trades.slice(0, 3).map((t) => [t.trade, t.companyTrade])).toEqual([
    ['plumbing', true],
    ['hvac', true],
    ['electrical', false],
  ])
})

test('every listed kind of work is one a job accepts and returns', async () => {
  const { body } = await team.office.api.get<Listing>('/job-categories')
  const customer = await team.office.api.post('/customers', { name: 'Category Customer' })
  const slug = body.trades[0]!.categories[2]!.slug
  const job = await team.office.api.post('/jobs', { customerId: customer.body.id, title: 'Kind of work check', jobCategory: slug })
  expect(job.status, JSON.stringify(job.body)).toBe(201)
  expect(job.body.jobCategory).toBe(slug)
})

test('the route is in the OpenAPI document, behind a token', async () => {
  const { body } = await apiAs(server).get('/openapi.json')
  expect(body.paths['/api/v1/job-categories'].get.security).toEqual([{ bearerAuth: [] }])
  expect(body.components.schemas.JobCategoryList).toBeDefined()
})
