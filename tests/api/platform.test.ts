import { afterAll, beforeAll, expect, test } from 'vitest'
import { apiAs, signUp } from '../support/api'
import { startTestServer, type TestServer } from '../support/server'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => {
  await server?.stop()
})

test('health reports the API and the database', async () => {
  const response = await apiAs(server).get('/health')
  expect(response.status).toBe(200)
  expect(response.body).toEqual({ status: 'ok', db: 'ok' })
})

test('config gives the web app its Supabase URL and anon key', async () => {
  const response = await apiAs(server).get('/config')
  expect(response.body).toEqual({ supabaseUrl: server.url, supabaseAnonKey: server.anonKey, localMailboxUrl: `${server.url}/auth/v1/mailbox` })
})

test('the OpenAPI document lists every route with its security', async () => {
  const { body } = await apiAs(server).get('/openapi.json')
  expect(body.openapi).toBe('3.1.0')
  for (const path of ['/api/v1/health', '/api/v1/config', '/api/v1/me', '/api/v1/companies', '/api/v1/companies/{id}/members', '/api/v1/customers', '/api/v1/customers/{id}']) {
    expect(Object.keys(body.paths)).toContain(path)
  }
  expect(body.paths['/api/v1/customers'].post.security).toEqual([{ bearerAuth: [] }])
  expect(body.components.schemas.Error).toBeDefined()
})

test('the docs page loads its viewer from this server, not a CDN', async () => {
  const html = await (await fetch(`${server.url}/api/v1/docs`)).text()
  expect(html).toContain('/vendor/swagger-ui/swagger-ui-bundle.js')
  expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/)
  const asset = await fetch(`${server.url}/vendor/swagger-ui/swagger-ui-bundle.js`)
  expect(asset.status).toBe(200)
})

test('the web pages are served', async () => {
  for (const path of ['/', '/login', '/crm/']) {
    const response = await fetch(`${server.url}${path}`)
    expect(response.status, path).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
  }
})

test('an unknown page gets the site’s 404 page with a 404 status', async () => {
  const response = await fetch(`${server.url}/no/such/page`)
  expect(response.status).toBe(404)
  expect(await response.text()).toContain('<html')
})

test('every error carries a request id that matches the response header', async () => {
  const account = await signUp(server, 'reqid')
  const response = await account.api.get('/customers')
  expect(response.status).toBe(403)
  expect(response.body.error.requestId).toBe(response.headers.get('x-request-id'))
})
