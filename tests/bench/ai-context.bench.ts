import { afterAll, bench, describe } from 'vitest'
import { createDatabase, createSql } from '../../db/client'
import { buildPrompt, gatherContext } from '../../functions/ai/assemble-context'
import { createHashingEmbedder } from '../../functions/ai/embeddings/hashing-embedder'
import { startServer } from '../../functions/server'
import { runAsUser } from '../../functions/lib/tenancy'

// Z's context assembly (layers 1–6 and the budget, as a dry run: no model) on the demo
// company, next to the cheapest possible round trip on the same connection pool, plus the
// number of queries one assembly sends. One run, so the ratio holds on a noisy machine.
const server = await startServer({ port: 0, dataDir: null, embeddedDbPort: 0, seedDemo: true, runJobs: false })
let queries = 0
const sql = createSql(server.databaseUrl, { debug: () => void queries++ })
const db = createDatabase(sql)
const embedder = createHashingEmbedder()

const [owner] = await sql<{ id: string; email: string }[]>`select id, email from auth.users where email = 'owner@demo.zafto.test'`
const [job] = await sql<{ id: string; customer_id: string }[]>`select id, customer_id from jobs where status = 'scheduled' order by scheduled_start limit 1`
const [invoice] = await sql<{ id: string }[]>`select id from invoices where customer_id = ${job!.customer_id} limit 1`
const user = { id: owner!.id, email: owner!.email, claims: { sub: owner!.id, role: 'authenticated', email: owner!.email } }
const input = {
  message: 'What size service entrance conductors do I need for the 200 A upgrade on this job, and what do jobs like it usually take?',
  platform: 'web_crm' as const,
  session: {
    current_screen: 'job_detail',
    screen_history: ['dashboard', 'job_list'],
    active_job_id: job!.id,
    active_customer_id: job!.customer_id,
    ...(invoice ? { active_invoice_id: invoice.id } : {}),
  },
}

const assemble = () =>
  runAsUser(
    db,
    user,
    async (tx) => {
      const context = await gatherContext({ tx, userId: user.id, email: user.email, input, embedder })
      return buildPrompt(context, context.route.tier)
    },
    { loadMembership: false },
  )

// Round trips per assembly, counted once before timing (BEGIN/COMMIT are not queries here).
queries = 0
await assemble()
const perAssembly = queries

const timings: Record<string, number[]> = { 'select 1': [], assembly: [] }
const timed = async (name: string, work: () => Promise<unknown>) => {
  const started = performance.now()
  await work()
  timings[name]!.push(performance.now() - started)
}
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!

afterAll(async () => {
  const [one, assembly] = [timings['select 1']!, timings.assembly!]
  const line = (name: string, values: number[]) => `${name.padEnd(10)} p50 ${percentile(values, 50).toFixed(2)} ms  p95 ${percentile(values, 95).toFixed(2)} ms`
  console.log(
    [
      '',
      'Z context assembly (dry run, demo company, no model call)',
      line('select 1', one),
      line('assembly', assembly),
      `assembly p95 / select 1 p95 = ${(percentile(assembly, 95) / percentile(one, 95)).toFixed(1)}×; ${perAssembly} queries per assembly (incl. BEGIN, set_config, COMMIT)`,
    ].join('\n'),
  )
  await sql.end()
  await server.stop()
})

describe('Z context assembly', () => {
  bench('select 1 (one round trip)', () => timed('select 1', () => sql`select 1`))
  bench('assemble context (layers 1–6 + budget)', () => timed('assembly', assemble))
})
