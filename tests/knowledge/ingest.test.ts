import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createSql, type Sql } from '../../db/client'
import { createHashingEmbedder } from '../../functions/ai/embeddings/hashing-embedder'
import type { Embedder } from '../../functions/ai/embeddings/types'
import { ingestCorpus } from '../../knowledge/ingest/ingest-corpus'
import { startTestServer, type TestServer } from '../support/server'

/** Ingestion against a real embedded database and a small corpus written to a temp folder. */

let server: TestServer
let sql: Sql
let root: string

const doc = (title: string, sections: string[]) => `---
title: ${title}
trade: electrical
folder: factual_reference
sources:
  - name: NFPA 70 free access
    url: https://link.nfpa.org/free-access/publications/70/2023
code_refs: [NEC 110.26]
last_reviewed: 2026-12-01
---
${sections.map((text, i) => `## Part ${i + 1}\n\n${text}`).join('\n\n')}
`
const index = (sections: string[]) =>
  JSON.stringify(
    sections.map((section) => ({
      code_body: section.startsWith('1926') ? 'CFR' : 'NEC',
      edition: section.startsWith('1926') ? 'current' : '2023',
      section,
      title: `Section ${section}`,
      topic_tags: ['test'],
      deep_link_url: section.startsWith('1926') ? `https://www.ecfr.gov/current/title-29/section-${section}` : 'https://link.nfpa.org/free-access/publications/70/2023',
      trade: 'electrical',
    })),
  )

async function write(path: string, text: string) {
  await mkdir(join(root, path, '..'), { recursive: true })
  await writeFile(join(root, path), text)
}

/** Counts embedding calls, to prove what was (not) embedded again. */
function countingEmbedder(model?: string): Embedder & { texts: number } {
  const base = createHashingEmbedder()
  const counter = { model: model ?? base.model, dimensions: base.dimensions, texts: 0, embed: async (texts: string[]) => ((counter.texts += texts.length), base.embed(texts)) }
  return counter
}

const chunkRows = () => sql<{ id: string; source_path: string; content_hash: string; embedding_model: string }[]>`
  select k.id, d.source_path, k.content_hash, k.embedding_model from knowledge_chunks k join knowledge_documents d on d.id = k.document_id order by d.source_path, k.chunk_index`

beforeAll(async () => {
  server = await startTestServer({ runJobs: false })
  sql = createSql(server.databaseUrl)
  root = await mkdtemp(join(tmpdir(), 'zafto-corpus-'))
  await write('electrical/factual_reference/working-space.md', doc('Working space', ['Three feet deep in front of the panel (NEC 110.26).', 'Thirty inches wide.']))
  await write('electrical/factual_reference/grounding.md', doc('Grounding electrodes', ['Two rods at least six feet apart.', 'See 29 CFR 1926.404 for construction sites.']))
  await write('electrical/code_index/nec.json', index(['110.26', '250.53', '1926.404']))
})

afterAll(async () => {
  await sql?.end()
  await server?.stop()
  if (root) await rm(root, { recursive: true, force: true })
})

describe('ingesting the corpus', () => {
  test('loads documents, chunks with their headings and code refs, and the code index with CFR titles', async () => {
    const embedder = countingEmbedder()
    const summary = await ingestCorpus({ sql, root, embedder })
    expect(summary).toMatchObject({ documents: 2, changed: 2, skipped: 0, deleted: 0, codeSections: 3 })
    expect(summary.embedded).toBe(summary.chunks)
    const [chunk] = await sql`select heading, code_refs::text as refs from knowledge_chunks where content like '%Three feet%'`
    expect(chunk).toMatchObject({ heading: 'Working space › Part 1', refs: '{"NEC 110.26"}' })
    const labels = await sql`select code_body || ' ' || section as label from code_references order by 1`
    expect(labels.map((row) => row.label)).toEqual(['29 CFR 1926.404', 'NEC 110.26', 'NEC 250.53'])
  })

  test('running it again changes nothing and embeds nothing', async () => {
    const before = await chunkRows()
    const embedder = countingEmbedder()
    const summary = await ingestCorpus({ sql, root, embedder })
    expect(summary).toMatchObject({ changed: 0, skipped: 2, embedded: 0, deleted: 0 })
    expect(embedder.texts).toBe(0)
    expect(await chunkRows()).toEqual(before)
  })

  test('an edited file replaces only the chunks whose text changed', async () => {
    const before = await chunkRows()
    await write('electrical/factual_reference/working-space.md', doc('Working space', ['Three feet deep in front of the panel (NEC 110.26).', 'Thirty inches wide, or the width of the equipment.']))
    const embedder = countingEmbedder()
    const summary = await ingestCorpus({ sql, root, embedder })
    expect(summary).toMatchObject({ changed: 1, skipped: 1, embedded: 1 })
    const after = await chunkRows()
    const unchanged = before.filter((row) => after.some((other) => other.id === row.id))
    expect(unchanged).toHaveLength(before.length - 1)
  })

  test("a deleted file's document and chunks go; ingesting one folder leaves the others alone", async () => {
    await rm(join(root, 'electrical/factual_reference/grounding.md'))
    const summary = await ingestCorpus({ sql, root, embedder: countingEmbedder(), only: 'electrical/' })
    expect(summary).toMatchObject({ documents: 1, deleted: 1 })
    expect((await chunkRows()).every((row) => row.source_path === 'electrical/factual_reference/working-space.md')).toBe(true)
  })

  test('a new embedding model, or --reembed, embeds every chunk again and records the model', async () => {
    const embedder = countingEmbedder('another-model-384')
    const summary = await ingestCorpus({ sql, root, embedder })
    expect(summary.embedded).toBe(summary.chunks)
    expect(new Set((await chunkRows()).map((row) => row.embedding_model))).toEqual(new Set(['another-model-384']))
    const again = countingEmbedder('another-model-384')
    expect((await ingestCorpus({ sql, root, embedder: again, reembed: true })).embedded).toBe(summary.chunks)
  })

  test('an invalid code index entry stops the run before anything changes, naming the file', async () => {
    const before = await sql`select count(*)::int as n from code_references`
    await write('electrical/code_index/bad.json', JSON.stringify([{ code_body: 'NEC', edition: '2023', section: '999.9', title: 'Bad link', deep_link_url: 'https://example.com/nec', trade: 'electrical' }]))
    await expect(ingestCorpus({ sql, root, embedder: countingEmbedder() })).rejects.toThrow(/electrical\/code_index\/bad\.json.*deep_link_url/)
    expect(await sql`select count(*)::int as n from code_references`).toEqual(before)
    await rm(join(root, 'electrical/code_index/bad.json'))
  })

  test('a changed deep link forgets its last link check; unchanged links keep theirs', async () => {
    await sql`update code_references set link_status = 'ok', link_checked_at = now(), link_detail = 'HTTP 200'`
    const moved = JSON.parse(index(['110.26', '250.53', '1926.404'])) as { section: string; deep_link_url: string }[]
    moved.find((entry) => entry.section === '1926.404')!.deep_link_url = 'https://www.ecfr.gov/current/title-29/part-1926/section-1926.404'
    await write('electrical/code_index/nec.json', JSON.stringify(moved))
    await ingestCorpus({ sql, root, embedder: countingEmbedder() })
    const rows = await sql<{ section: string; link_status: string; link_detail: string | null }[]>`
      select section, link_status, link_detail from code_references order by section`
    expect(rows).toEqual([
      { section: '110.26', link_status: 'ok', link_detail: 'HTTP 200' },
      { section: '1926.404', link_status: 'unchecked', link_detail: null },
      { section: '250.53', link_status: 'ok', link_detail: 'HTTP 200' },
    ])
    await write('electrical/code_index/nec.json', index(['110.26', '250.53', '1926.404']))
  })
})
