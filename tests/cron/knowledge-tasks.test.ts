import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { scheduledTasks } from '../../cron/tasks'
import { createKnowledgeIngestTask } from '../../cron/tasks/knowledge-ingest'
import { createLinkCheckTask } from '../../cron/tasks/link-check'
import { runTask } from '../../cron/tasks/run-task'
import { createSql, type Sql } from '../../db/client'
import { createHashingEmbedder } from '../../functions/ai/embeddings/hashing-embedder'
import { createModelProvider } from '../../functions/ai/providers/create-model-provider'
import { startPatternDb, type PatternDb } from '../support/pattern-data'

/**
 * The ops portal's on-demand tasks through runTask and the run log: the knowledge ingest with
 * its progress, and the code reference link check with a fetch the test answers (no network
 * here): ok, refused HEAD, 404, a network failure and a timeout.
 */

let db: PatternDb
let root: string
/** A second client on the same database that records every progress write (postgres.js debug hook). */
let watched: Sql
let progressWrites: Record<string, unknown>[] = []
const models = createModelProvider({} as never)
const embedder = createHashingEmbedder()

const doc = (title: string, trade: string, text: string) => `---
title: ${title}
trade: ${trade}
folder: factual_reference
sources:
  - name: ICC free access
    url: https://codes.iccsafe.org/content/IRC2021P1
code_refs: [IRC R314.3]
last_reviewed: 2026-12-01
---
## Part 1

${text}
`

async function write(path: string, text: string) {
  await mkdir(join(root, path, '..'), { recursive: true })
  await writeFile(join(root, path), text)
}

beforeAll(async () => {
  db = await startPatternDb()
  watched = createSql(db.url, {
    debug: (_connection, query, parameters) => {
      if (query.includes('set details')) progressWrites.push(JSON.parse(String(parameters[0])))
    },
  })
  root = await mkdtemp(join(tmpdir(), 'zafto-ops-corpus-'))
  await write('electrical/factual_reference/smoke-alarms.md', doc('Smoke alarms', 'electrical', 'Interconnect the alarms (IRC R314.3).'))
  await write('electrical/factual_reference/bonding.md', doc('Bonding', 'electrical', 'Bond the gas piping.'))
  await write('plumbing/factual_reference/traps.md', doc('Traps', 'plumbing', 'Every fixture needs a trap.'))
  await write(
    'electrical/code_index/irc.json',
    JSON.stringify([
      { code_body: 'IRC', edition: '2021', section: 'R314.3', title: 'Smoke alarm locations', deep_link_url: 'https://codes.iccsafe.org/content/IRC2021P1/ok', trade: 'electrical' },
    ]),
  )
}, 60_000)

afterAll(async () => {
  await watched?.end()
  await db?.stop()
  if (root) await rm(root, { recursive: true, force: true })
})

describe('the knowledge ingest task', () => {
  test('loads the corpus with { processed, total } in its run row before the first document and after each one', async () => {
    progressWrites = []
    const runId = crypto.randomUUID()
    const run = await runTask(watched, createKnowledgeIngestTask({ root }), { trigger: 'ops', runId, asOf: new Date(), models, embedder })
    expect(run).toMatchObject({ id: runId, job: 'knowledge_ingest', status: 'succeeded', rowsRead: 3 })
    expect(progressWrites).toEqual([
      { processed: 0, total: 3 },
      { processed: 1, total: 3 },
      { processed: 2, total: 3 },
      { processed: 3, total: 3 },
    ])
    const [row] = await db.sql`select status, trigger, details from public.pipeline_runs where id = ${runId}`
    expect(row).toMatchObject({ status: 'succeeded', trigger: 'ops', details: { processed: 3, total: 3, trade: null, documents: 3, changed: 3, codeSections: 1 } })
    const [counts] = await db.sql`select (select count(*)::int from public.knowledge_documents) as documents, (select count(*)::int from public.code_references) as refs`
    expect(counts).toEqual({ documents: 3, refs: 1 })
  })

  test('one trade reloads only its folder and leaves the others alone', async () => {
    await write('plumbing/factual_reference/traps.md', doc('Traps', 'plumbing', 'Every fixture needs a trap, and the trap a vent.'))
    await rm(join(root, 'electrical/factual_reference/bonding.md'))
    const run = await runTask(db.sql, createKnowledgeIngestTask({ root, trade: 'plumbing' }), { trigger: 'ops', asOf: new Date(), models, embedder })
    expect(run).toMatchObject({ status: 'succeeded', details: { processed: 1, total: 1, trade: 'plumbing', changed: 1, deleted: 0 } })
    const paths = await db.sql`select source_path from public.knowledge_documents order by 1`
    // The electrical file removed from disk stays loaded until electrical (or everything) is reloaded.
    expect(paths.map((row) => row.source_path)).toEqual(['electrical/factual_reference/bonding.md', 'electrical/factual_reference/smoke-alarms.md', 'plumbing/factual_reference/traps.md'])
    await write('electrical/factual_reference/bonding.md', doc('Bonding', 'electrical', 'Bond the gas piping.'))
  })

  test('without an embedder the run fails, saying what to check, under the id it was given; a retry gets a fresh id', async () => {
    const runId = crypto.randomUUID()
    const failed = await runTask(db.sql, createKnowledgeIngestTask({ root }), { trigger: 'ops', runId, asOf: new Date(), models })
    expect(failed).toMatchObject({ id: runId, status: 'failed', error: expect.stringContaining('EMBEDDINGS_PROVIDER') })
    const retried = await runTask(db.sql, createKnowledgeIngestTask({ root }), { trigger: 'ops', runId, asOf: new Date(), models, embedder })
    expect(retried.status).toBe('succeeded')
    expect(retried.id).not.toBe(runId)
    const [first] = await db.sql`select status from public.pipeline_runs where id = ${runId}`
    expect(first).toEqual({ status: 'failed' })
  })
})

describe('the link check task', () => {
  const base = 'https://codes.iccsafe.org/content/IRC2021P1'
  const links = {
    ok: `${base}/ok`,
    headRefused: `${base}/head-refused`,
    gone: `${base}/gone`,
    down: `${base}/down`,
    slow: `${base}/slow`,
  }

  beforeAll(async () => {
    await db.sql`delete from public.code_references`
    const rows = [
      ['R314.3', links.ok],
      ['R314.4', links.ok],
      ['R315.1', links.headRefused],
      ['R316.1', links.gone],
      ['R317.1', links.down],
      ['R318.1', links.slow],
    ]
    for (const [section, url] of rows) {
      await db.sql`
        insert into public.code_references (code_body, edition, section, title, deep_link_url, trade)
        values ('IRC', '2021', ${section!}, ${`Section ${section}`}, ${url!}, 'electrical')`
    }
  })

  test('stores ok or broken with the status or the error, fetching each link once, at most four at a time', async () => {
    const requests: string[] = []
    let inFlight = 0
    let mostInFlight = 0
    const fakeFetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input)
      const method = init?.method ?? 'GET'
      requests.push(`${method} ${url.slice(base.length)}`)
      inFlight++
      mostInFlight = Math.max(mostInFlight, inFlight)
      try {
        await new Promise((resolve) => setTimeout(resolve, 20))
        if (url === links.ok) return new Response(null, { status: 200 })
        if (url === links.headRefused) return new Response(method === 'HEAD' ? null : 'the page', { status: method === 'HEAD' ? 405 : 200 })
        if (url === links.gone) return new Response('not here', { status: 404 })
        if (url === links.down) throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND codes.iccsafe.org') })
        return await new Promise<Response>((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)))
      } finally {
        inFlight--
      }
    }) as typeof fetch

    progressWrites = []
    const runId = crypto.randomUUID()
    const run = await runTask(watched, createLinkCheckTask({ fetch: fakeFetch, timeoutMs: 200 }), { trigger: 'ops', runId, asOf: new Date(), models })
    expect(run).toMatchObject({ id: runId, job: 'check_code_links', status: 'succeeded', rowsRead: 5, details: { processed: 5, total: 5, ok: 2, broken: 3 } })

    const stored = await db.sql<{ section: string; link_status: string; link_detail: string; checked: boolean }[]>`
      select section, link_status, link_detail, link_checked_at is not null as checked from public.code_references order by section`
    expect(stored).toEqual([
      { section: 'R314.3', link_status: 'ok', link_detail: 'HTTP 200', checked: true },
      { section: 'R314.4', link_status: 'ok', link_detail: 'HTTP 200', checked: true },
      { section: 'R315.1', link_status: 'ok', link_detail: 'HTTP 200', checked: true },
      { section: 'R316.1', link_status: 'broken', link_detail: 'HTTP 404', checked: true },
      { section: 'R317.1', link_status: 'broken', link_detail: 'fetch failed: getaddrinfo ENOTFOUND codes.iccsafe.org', checked: true },
      { section: 'R318.1', link_status: 'broken', link_detail: 'No answer within 0.2 s', checked: true },
    ])
    expect(requests.sort()).toEqual(['GET /head-refused', 'HEAD /down', 'HEAD /gone', 'HEAD /head-refused', 'HEAD /ok', 'HEAD /slow'])
    expect(mostInFlight).toBe(4)

    expect(progressWrites[0]).toEqual({ processed: 0, total: 5, ok: 0, broken: 0 })
    expect(progressWrites.at(-1)).toEqual({ processed: 5, total: 5, ok: 2, broken: 3 })
    const processed = progressWrites.map((write) => write.processed as number)
    expect(processed).toEqual([0, 1, 2, 3, 4, 5])
  })

  test('runs weekly with the other scheduled tasks', () => {
    const task = scheduledTasks.find((candidate) => candidate.name === 'check_code_links')
    expect(task?.schedule).toBe('30 3 * * 0')
  })
})
