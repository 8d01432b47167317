import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { unstable_readConfig, unstable_startWorker } from 'wrangler'
import { pgBossOver } from '../../cron/queue'
import { apiAs, signUp, type Account, type Api } from '../support/api'
import { asAdmin } from '../support/db'
import { pdfText } from '../support/pdf'
import { startTestServer, type TestServer } from '../support/server'

/**
 * functions/worker.ts in real workerd (wrangler's unstable_startWorker, local mode), against
 * the database of a Node host: Hyperdrive's local connection string points at the Node
 * host's embedded PGlite socket, and both hosts verify tokens with the same HS256 secret.
 * Data written through one host is read through the other, under the same RLS.
 */

// No network here: no usage metrics, no banner (its update check), no error reports.
process.env.WRANGLER_SEND_METRICS = 'false'
process.env.WRANGLER_SEND_ERROR_REPORTS = 'false'
process.env.WRANGLER_HIDE_BANNER = 'true'
// Miniflare would otherwise download a sample `request.cf` object from workers.cloudflare.com.
process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false'

const configPath = fileURLToPath(new URL('../../wrangler.toml', import.meta.url))
const assetMarker = 'zafto-worker-test-static-page'

type Worker = Awaited<ReturnType<typeof unstable_startWorker>>
type Tenant = { account: Account; companyId: string }

let server: TestServer
let worker: Worker | undefined
let scheduledWorker: Worker | undefined
let scheduledWorkerUrl: string
let fixtureDir: string
let workerUrl: string
let first: Tenant
let second: Tenant
let customerId: string

/** The API client from tests/support, pointed at the Worker instead of the Node host. */
const viaWorker = (token?: string): Api => apiAs({ ...server, url: workerUrl }, token)

async function createTenant(label: string): Promise<Tenant> {
  const account = await signUp(server, label)
  const company = await account.api.post('/companies', { name: `${label} Electric`, trades: ['electrical'], state: 'CT' })
  if (company.status !== 201) throw new Error(`company create failed: ${JSON.stringify(company.body)}`)
  return { account, companyId: company.body.id }
}

async function seedThroughNode() {
  ;[first, second] = await Promise.all([createTenant('first'), createTenant('second')])
  const customer = await first.account.api.post('/customers', { name: 'Dana Whitfield', email: 'dana@example.com' })
  if (customer.status !== 201) throw new Error(`customer create failed: ${JSON.stringify(customer.body)}`)
  customerId = customer.body.id
}

/**
 * One Worker in workerd with bindings pointing at the Node host's database and auth.
 * `withAssets: false` starts a twin from a copy of wrangler.toml's settings without [assets]
 * (see the scheduled test for why). It needs its own config file: given none, wrangler would
 * find wrangler.toml again from the entry point's folder.
 */
async function startWorkerd(jwtSecret: string, { withAssets }: { withAssets: boolean }) {
  let config = configPath
  if (!withAssets) {
    const base = unstable_readConfig({ config: configPath })
    config = join(fixtureDir, 'wrangler.scheduled.json')
    const main = resolve(dirname(configPath), base.main!)
    await writeFile(config, JSON.stringify({ name: `${base.name}-scheduled`, main, compatibility_date: base.compatibility_date, compatibility_flags: base.compatibility_flags }))
  }
  return unstable_startWorker({
    config,
    ...(withAssets ? { assets: fixtureDir } : {}),
    envFiles: [join(fixtureDir, 'empty.env')],
    sendMetrics: false,
    bindings: {
      HYPERDRIVE: { type: 'hyperdrive', id: 'local', localConnectionString: server.databaseUrl },
      SUPABASE_URL: { type: 'plain_text', value: server.url },
      SUPABASE_ANON_KEY: { type: 'plain_text', value: server.anonKey },
      SUPABASE_JWT_SECRET: { type: 'secret_text', value: jwtSecret },
      // Read by functions/lib/logger.ts through process.env (nodejs_compat populates it).
      LOG_LEVEL: { type: 'plain_text', value: process.env.LOG_LEVEL ?? 'warn' },
    },
    // What `wrangler dev` derives from nodejs_compat + the compatibility date; the programmatic
    // API leaves it unset, which bundles without the node: polyfills and warns about them.
    build: { nodejsCompatMode: 'v2' },
    dev: {
      server: { hostname: '127.0.0.1', port: 0 },
      inspector: false,
      persist: false,
      watch: false,
      logLevel: 'warn',
    },
  })
}

async function startWorkers(jwtSecret: string) {
  // A fixed static page (so the test does not depend on the web build) and an empty env file
  // (so a developer's .dev.vars / .env cannot add bindings).
  fixtureDir = await mkdtemp(join(tmpdir(), 'zafto-worker-'))
  await writeFile(join(fixtureDir, 'index.html'), `<!doctype html><title>${assetMarker}</title>`)
  await writeFile(join(fixtureDir, 'empty.env'), '')
  // Keep whatever started, so afterAll can dispose of it even if the other failed.
  const [main, twin] = await Promise.allSettled([
    startWorkerd(jwtSecret, { withAssets: true }),
    startWorkerd(jwtSecret, { withAssets: false }),
  ] as const)
  if (main.status === 'fulfilled') worker = main.value
  if (twin.status === 'fulfilled') scheduledWorker = twin.value
  for (const result of [main, twin]) if (result.status === 'rejected') throw result.reason
  await Promise.all([worker!.ready, scheduledWorker!.ready])
  workerUrl = (await worker!.url).origin
  scheduledWorkerUrl = (await scheduledWorker!.url).origin
}

beforeAll(async () => {
  const jwtSecret = randomBytes(36).toString('base64url') // 48 characters
  expect(jwtSecret).toHaveLength(48)
  server = await startTestServer({ jwtSecret })
  await Promise.all([seedThroughNode(), startWorkers(jwtSecret)])
}, 60_000)

afterAll(async () => {
  // The Worker first: its Hyperdrive connections end before the database stops.
  await Promise.allSettled([worker?.dispose(), scheduledWorker?.dispose()])
  await server?.stop()
  if (fixtureDir) await rm(fixtureDir, { recursive: true, force: true })
}, 30_000)

describe('the Worker host', () => {
  test('health reaches the database through Hyperdrive', async () => {
    const health = await viaWorker().get('/health')
    expect(health.status).toBe(200)
    expect(health.body).toEqual({ status: 'ok', db: 'ok' })
  })

  test('public config comes from the Worker vars', async () => {
    const config = await viaWorker().get('/config')
    expect(config.status).toBe(200)
    expect(config.body).toEqual({ supabaseUrl: server.url, supabaseAnonKey: server.anonKey, localMailboxUrl: null })
  })

  test('static assets are served for everything outside /api', async () => {
    const page = await fetch(`${workerUrl}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/text\/html/)
    expect(await page.text()).toContain(assetMarker)
  })

  test('lists the customer created through the Node host', async () => {
    const list = await viaWorker(first.account.accessToken).get('/customers')
    expect(list.status).toBe(200)
    expect(list.body.data.map((c: { id: string }) => c.id)).toContain(customerId)
    expect(list.body.data.find((c: { id: string }) => c.id === customerId)).toMatchObject({ name: 'Dana Whitfield', email: 'dana@example.com' })
  })

  test('without a token: 401 in the error shape', async () => {
    const list = await viaWorker().get('/customers')
    expect(list.status).toBe(401)
    expect(list.body).toEqual({
      error: { code: 'unauthorized', message: expect.any(String), requestId: expect.any(String) },
    })
    expect(list.body.error.requestId).not.toBe('')
  })

  test('a token signed with another secret is refused', async () => {
    const [header, payload] = first.account.accessToken.split('.')
    const forged = `${header}.${payload}.${randomBytes(32).toString('base64url')}`
    const list = await viaWorker(forged).get('/customers')
    expect(list.status).toBe(401)
    expect(list.body.error.code).toBe('unauthorized')
  })

  test("a second tenant does not see the first tenant's customer", async () => {
    const api = viaWorker(second.account.accessToken)
    const list = await api.get('/customers')
    expect(list.status).toBe(200)
    expect(list.body.data.map((c: { id: string }) => c.id)).not.toContain(customerId)
    const one = await api.get(`/customers/${customerId}`)
    expect(one.status).toBe(404)
  })

  test('a customer created through the Worker is read back by the Node host', async () => {
    const created = await viaWorker(second.account.accessToken).post('/customers', { name: 'Rafael Ortiz', phone: '(860) 555-0199' })
    expect(created.status).toBe(201)
    const id = created.body.id as string

    const readByNode = await second.account.api.get(`/customers/${id}`)
    expect(readByNode.status).toBe(200)
    expect(readByNode.body).toMatchObject({ id, name: 'Rafael Ortiz', phone: '(860) 555-0199' })

    // Written under the second tenant's company: the first tenant cannot see it on either host.
    expect((await first.account.api.get(`/customers/${id}`)).status).toBe(404)
    expect((await viaWorker(first.account.accessToken).get(`/customers/${id}`)).status).toBe(404)
  })

  test('a bid is priced and its branded PDF rendered inside workerd (pdf-lib runs on Workers)', async () => {
    const api = viaWorker(first.account.accessToken)
    const bid = await api.post('/bids', {
      customerId,
      title: 'Panel upgrade',
      taxRateBps: 635,
      lines: [
        { description: '200A panel', quantity: '1', unitPriceCents: 184_900, type: 'material' },
        { description: 'Labor', quantity: '6.5', unitPriceCents: 11_500, type: 'labor' },
      ],
    })
    expect(bid.status).toBe(201)
    expect(bid.body.number).toMatch(/^BID-\d{4}$/)
    // 1849.00 + 6.5 × 115.00 = 2596.50; tax 6.35% = 164.88 (half up); total 2761.38
    expect(bid.body.totalCents).toBe(276_138)
    const pdf = await api.raw('GET', `/bids/${bid.body.id}/pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()))
    expect(text).toContain('$2,761.38')
    expect(text).toContain('first Electric')
  })

  test('a customer CSV is previewed by the Worker (papaparse runs on Workers)', async () => {
    const csv = 'Full Name,E-mail\nMarta Kowalski,marta@example.com\n,missing@example.com\n'
    const preview = await viaWorker(first.account.accessToken).raw('POST', '/customers/import/preview', { body: csv, headers: { 'content-type': 'text/csv' } })
    expect(preview.status).toBe(200)
    const body = (await preview.json()) as { rows: { values: { name: string | null }; errors: unknown[] }[] }
    expect(body.rows.map((row) => [row.values.name, row.errors.length > 0])).toEqual([['Marta Kowalski', false], [null, true]])
  })

  test('without Supabase Storage configured, an upload says what to set and writes nothing', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47])
    const form = new FormData()
    form.set('file', new File([png], 'logo.png', { type: 'image/png' }))
    const response = await viaWorker(first.account.accessToken).raw('POST', `/companies/${first.companyId}/logo`, { body: form })
    expect(response.status).toBe(503)
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('SUPABASE_SERVICE_ROLE_KEY')
    expect((await first.account.api.get('/me')).body.company.logoUrl).toBeNull()
  })

  test("Z streams an answer from workerd (offline provider), and the Node host's pg-boss worker persists it", async () => {
    const response = await fetch(`${workerUrl}/api/v1/ai/chat`, {
      method: 'POST',
      headers: { authorization: `Bearer ${first.account.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'explain to me how a heat pump defrost cycle works', platform: 'web_crm', stream: true }),
    })
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/)
    const text = await response.text()
    const done = JSON.parse(/event: done\ndata: (.*)/.exec(text)![1]!)
    expect(done).toMatchObject({ model_used: 'offline', uncertain: false })
    expect(done.response).toMatch(/no language model is configured/i)
    const deltas = [...text.matchAll(/event: delta\ndata: (.*)/g)].map((match) => JSON.parse(match[1]!).text).join('')
    expect(deltas).toBe(done.response)
    let rows: readonly unknown[] = []
    for (let attempt = 0; attempt < 100 && rows.length < 2; attempt++) {
      rows = await asAdmin(server, (sql) => sql`select role from ai_messages where conversation_id = ${done.conversation_id}`)
      if (rows.length < 2) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(rows).toHaveLength(2)
  })

  test('many requests in a row do not run out of database connections', async () => {
    // Each request opens its own client (workerd forbids sharing I/O across requests) and its
    // connections close when it ends; pglite-socket takes 32, so 40 requests would fail if
    // they piled up.
    const api = viaWorker(first.account.accessToken)
    for (let i = 0; i < 40; i++) {
      const response = i % 2 ? await api.get('/customers') : await api.get('/health')
      expect(response.status).toBe(200)
    }
  })

  test('a cron trigger enqueues its task as a pg-boss job, once per scheduled time', async () => {
    // Triggered the way `wrangler dev` documents (/cdn-cgi/handler/scheduled), on the twin
    // without assets: in this Miniflare (4.20260426) the assets RPC proxy forwards scheduled()
    // to the Worker over RPC and fails with "Could not serialize object of type
    // ScheduledController"; and Worker.scheduled() from unstable_startWorker looks the Worker
    // up in the proxy's Miniflare ("worker not found"). Deployed cron triggers are unaffected.
    const name = 'compute_job_duration_patterns'
    // The Node worker creates every task's queue when it starts; do it here as it would.
    await asAdmin(server, async (sql) => {
      await pgBossOver(sql).createQueue(name)
    })
    const scheduledTime = Date.parse('2026-03-02T02:00:00Z')
    const trigger = (cron: string) => fetch(`${scheduledWorkerUrl}/cdn-cgi/handler/scheduled?cron=${encodeURIComponent(cron)}&time=${scheduledTime}`)
    const queued = () =>
      asAdmin(server, (sql) => sql<{ data: unknown; singleton_key: string }[]>`select data, singleton_key from pgboss.job where name = ${name}`)

    // The handler rethrows when enqueuing fails, so "ok" means the send went through.
    const first = await trigger('0 2 * * *')
    expect(await first.text()).toBe('ok')
    expect(first.status).toBe(200)
    const expected = [{ data: {}, singleton_key: `${name}:2026-03-02T02:00:00.000Z` }]
    expect(await queued()).toEqual(expected)

    // A retried invocation of the same trigger finds its job there and adds none.
    expect(await (await trigger('0 2 * * *')).text()).toBe('ok')
    expect(await queued()).toEqual(expected)

    // A cron no task is scheduled at is logged, and enqueues nothing.
    expect(await (await trigger('5 5 * * *')).text()).toBe('ok')
    expect(await asAdmin(server, (sql) => sql`select name from pgboss.job where singleton_key like ${'%:2026-03-02T02:00:00.000Z'}`)).toEqual([{ name }])
  })
})
