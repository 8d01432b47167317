import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, bench, describe } from 'vitest'
import { createDatabase, createSql, type Sql } from '../../db/client'
import { createHashingEmbedder } from '../../functions/ai/embeddings/hashing-embedder'
import { companyTrade, knowledgeScope, loadKnowledge } from '../../functions/ai/layers/load-knowledge'
import { textArray, vectorLiteral } from '../../functions/lib/sql-values'
import { startServer } from '../../functions/server'

// Layer 2 on the shipped corpus: hybrid retrieval latency, and how much of the exact
// nearest-neighbour top 10 the HNSW index (with iterative scan under the trade filter)
// returns — on the corpus and on 50,000 synthetic vectors. Printed once; ratios in one run.
const server = await startServer({ port: 0, dataDir: null, embeddedDbPort: 0, seedDemo: false, runJobs: false, ingestKnowledge: true })
const sql = createSql(server.databaseUrl)
const db = createDatabase(sql)
const embedder = createHashingEmbedder()
const questions = readFileSync(fileURLToPath(new URL('../fixtures/retrieval-dev.jsonl', import.meta.url)), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { q: string; trade: string })

/** Recall@10 of the index scan against an exact scan, averaged over `probes`. */
async function recallAt10(tx: Sql, table: string, probes: { vector: number[]; scope?: string[] }[], efSearch = 40): Promise<number> {
  let total = 0
  for (const probe of probes) {
    const filter = probe.scope ? tx`where trade = any (${textArray(probe.scope)}::text[])` : tx``
    const run = async (exact: boolean) =>
      tx.begin(async (t) => {
        await t`select set_config('hnsw.iterative_scan', 'relaxed_order', true), set_config('hnsw.ef_search', ${String(efSearch)}, true)`
        if (exact) await t`select set_config('enable_indexscan', 'off', true), set_config('enable_bitmapscan', 'off', true)`
        const rows = await t`select id from ${t(table)} ${filter} order by embedding <=> ${vectorLiteral(probe.vector)}::vector limit 10`
        return rows.map((row) => row.id as string)
      })
    const [approximate, exact] = [await run(false), await run(true)]
    total += exact.filter((id) => approximate.includes(id)).length / Math.max(exact.length, 1)
  }
  return total / probes.length
}

const probes = await Promise.all(
  questions.map(async (question) => ({ vector: (await embedder.embed([question.q]))[0]!, scope: knowledgeScope([companyTrade(question.trade)], question.q) })),
)
const [{ chunks }] = (await sql`select count(*)::int as chunks from knowledge_chunks`) as unknown as [{ chunks: number }]
const corpusRecall = await recallAt10(sql, 'knowledge_chunks', probes)

// 50,000 synthetic vectors with the structure real embeddings have (500 topics, 100 texts
// each around its topic, the topics overlapping), indexed after loading as a bulk load would be. Uniform random
// vectors would say nothing: in 384 dimensions all their distances are nearly equal.
await sql`create table bench_topics as select t, (select array_agg(random() - 0.5) from generate_series(1, 384) where t > 0) as v from generate_series(1, 500) t`
await sql`create table bench_vectors (id bigint generated always as identity primary key, embedding vector(384))`
for (let batch = 0; batch < 10; batch++) {
  await sql`insert into bench_vectors (embedding)
            select (select array_agg(v[i] + (random() - 0.5) * 0.8 order by i) from generate_series(1, 384) i where g > 0)::vector
            from bench_topics, generate_series(1, 10) g`
}
await sql`create index on bench_vectors using hnsw (embedding vector_cosine_ops)`
const topics = await sql<{ v: number[] }[]>`select to_jsonb(v) as v from bench_topics order by random() limit 20`
const synthetic = topics.map(({ v }) => ({ vector: v.map((value) => value + (Math.random() - 0.5) * 0.8) }))
const syntheticRecall = await recallAt10(sql, 'bench_vectors', synthetic)
const syntheticRecallEf100 = await recallAt10(sql, 'bench_vectors', synthetic, 100)

const timings: number[] = []
const asOwner = async (question: (typeof questions)[number]) => {
  const started = performance.now()
  await db.transaction((tx) => loadKnowledge({ tx, message: question.q, trades: [question.trade], embedder }))
  timings.push(performance.now() - started)
}
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!

afterAll(async () => {
  console.log(
    [
      '',
      `Layer 2 retrieval (${chunks} chunks, offline hashing embedder)`,
      `hybrid retrieval p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms`,
      `HNSW recall@10 vs exact: corpus ${(corpusRecall * 100).toFixed(1)}% (${probes.length} questions, trade-filtered), 50,000 synthetic ${(syntheticRecall * 100).toFixed(1)}% at ef_search 40, ${(syntheticRecallEf100 * 100).toFixed(1)}% at 100 (20 probes)`,
    ].join('\n'),
  )
  await sql.end()
  await server.stop()
})

let next = 0
describe('Layer 2 retrieval', () => {
  bench('hybrid retrieval (HNSW + full text, fused)', () => asOwner(questions[next++ % questions.length]!))
  bench('select 1 (one round trip)', async () => {
    await sql`select 1`
  })
})
