import { test } from 'vitest'
import { unstable_startWorker } from 'wrangler'
import { startTestServer } from '/work/main/tests/support/server'
test('proto', async () => {
  const secret = 'x'.repeat(48)
  let t = Date.now()
  const server = await startTestServer({ jwtSecret: secret })
  console.log('server', Date.now() - t); t = Date.now()
  const worker = await unstable_startWorker({
    config: '/work/main/wrangler.toml',
    bindings: {
      HYPERDRIVE: { type: 'hyperdrive', id: 'local', localConnectionString: server.databaseUrl } as any,
      SUPABASE_URL: { type: 'plain_text', value: server.url },
      SUPABASE_ANON_KEY: { type: 'plain_text', value: server.anonKey },
      SUPABASE_JWT_SECRET: { type: 'secret_text', value: secret },
    },
    dev: { server: { hostname: '127.0.0.1', port: 0 }, inspector: false, persist: false, watch: false, logLevel: 'warn' },
  })
  await worker.ready
  const url = await worker.url
  console.log('worker', Date.now() - t, url.href); t = Date.now()
  const r = await fetch(new URL('/api/v1/health', url))
  console.log(r.status, await r.text(), Date.now() - t)
  const r2 = await fetch(new URL('/', url)); console.log(r2.status, (await r2.text()).slice(0, 80))
  const r3 = await fetch(new URL('/api/v1/customers', url)); console.log(r3.status, await r3.text())
  console.log(await worker.scheduled({ cron: '0 3 * * *' }))
  t = Date.now()
  await worker.dispose(); console.log('dispose', Date.now() - t)
  await server.stop()
}, 120000)
