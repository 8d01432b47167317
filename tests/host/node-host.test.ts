import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

type Host = { process: ChildProcessWithoutNullStreams; output: () => string; url: string }

/** Runs `functions/node.ts` as `npm start` does, and waits for its banner. */
async function startHost(dataDir: string): Promise<Host> {
  const [port, dbPort] = [await freePort(), await freePort()]
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/node.ts'], {
    env: { ...process.env, PORT: String(port), EMBEDDED_DB_PORT: String(dbPort), DATA_DIR: dataDir, LOG_LEVEL: 'info' },
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 60_000)
    const check = () => {
      if (output.includes('Ctrl-C stops it cleanly')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on('data', check)
    child.on('exit', (code) => reject(new Error(`host exited with ${code}:\n${output}`)))
  })
  return { process: child, output: () => output, url: `http://127.0.0.1:${port}` }
}

const stopWith = (host: Host, signal: NodeJS.Signals) =>
  new Promise<number | null>((resolve) => {
    host.process.on('exit', (code) => resolve(code))
    host.process.kill(signal)
  })

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
})

async function signIn(url: string, email: string) {
  const config = (await (await fetch(`${url}/api/v1/config`)).json()) as { supabaseAnonKey: string }
  const response = await fetch(`${url}/auth/v1/token?grant_type=password`, {
    method: 'POST',
    headers: { apikey: config.supabaseAnonKey, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'zafto-demo-2026' }),
  })
  return ((await response.json()) as { access_token: string }).access_token
}

test('npm start seeds the demo tenant, prints its URLs, and keeps every write across Ctrl-C', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zafto-host-'))
  dirs.push(dataDir)

  const first = await startHost(dataDir)
  for (const line of ['/crm/', '/api/v1/docs', 'DATABASE_URL postgres://', 'owner@demo.zafto.test', 'office@demo.zafto.test', 'tech@demo.zafto.test', 'seeded just now']) {
    expect(first.output()).toContain(line)
  }
  const token = await signIn(first.url, 'office@demo.zafto.test')
  const created = await fetch(`${first.url}/api/v1/customers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Written Just Before Ctrl-C' }),
  })
  expect(created.status).toBe(201)
  expect(await stopWith(first, 'SIGINT')).toBe(0)
  expect(first.output()).toContain('server.stop.done')

  const second = await startHost(dataDir)
  try {
    expect(second.output()).not.toContain('seeded just now')
    // Sessions survive a restart too: the signing secret is kept under DATA_DIR.
    const list = await fetch(`${second.url}/api/v1/customers?search=${encodeURIComponent('Before Ctrl-C')}`, {
      headers: { authorization: `Bearer ${token}` },
    })
    const body = (await list.json()) as { data: { name: string }[] }
    expect(body.data.map((c) => c.name)).toEqual(['Written Just Before Ctrl-C'])
  } finally {
    expect(await stopWith(second, 'SIGTERM')).toBe(0)
  }
}, 150_000)
