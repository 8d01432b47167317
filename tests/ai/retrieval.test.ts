import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { companyTrade } from '../../functions/ai/layers/load-knowledge'
import { signUp, type Account } from '../support/api'
import { startTestServer, type TestServer } from '../support/server'

/**
 * Layer 2 on the shipped corpus: for a person of the question's trade, the knowledge Z
 * assembles (top 5, as the dry run shows it) cites the expected code section with a deep
 * link to the publisher's free viewer or the eCFR. The development set is small; the floor
 * guards against regressions, the printed score is the figure to watch.
 */
type Case = { q: string; trade: string; expect: string }
const read = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${file}`, import.meta.url)), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Case)
/** The shared development set, and questions of the same kind written here without tuning to them. */
const cases = read('retrieval-dev.jsonl')
const holdout = read('retrieval-holdout.jsonl')

let server: TestServer
const people = new Map<string, Account>()

beforeAll(async () => {
  server = await startTestServer({ runJobs: false, ingestKnowledge: true })
  for (const trade of new Set([...cases, ...holdout].map((c) => c.trade))) {
    const owner = await signUp(server, trade)
    const company = await owner.api.post('/companies', { name: `${trade} co`, trades: [companyTrade(trade)], state: 'CT' })
    if (company.status !== 201) throw new Error(`company for ${trade}: ${JSON.stringify(company.body)}`)
    people.set(trade, owner)
  }
}, 180_000)

afterAll(async () => {
  await server?.stop()
})

/** How many questions cite their expected section among the top five knowledge sources, with the misses spelled out. */
async function recall(set: Case[], name: string): Promise<number> {
  const misses: string[] = []
  for (const item of set) {
    const { body } = await people.get(item.trade)!.api.post('/ai/chat', { message: item.q, platform: 'web_crm', dry_run: true })
    const citations = (body.context.knowledge as { citations: { label: string; url: string }[] }[]).flatMap((hit) => hit.citations)
    const found = citations.find((citation) => citation.label.startsWith(item.expect))
    if (!found) misses.push(`${item.q} → wanted ${item.expect}, got ${[...new Set(citations.map((c) => c.label))].join(', ') || 'nothing'}`)
    else expect(new URL(found.url).host).toMatch(/nfpa\.org|iccsafe\.org|ecfr\.gov/)
  }
  const share = (set.length - misses.length) / set.length
  console.log(`${name}: ${set.length - misses.length}/${set.length} (${(share * 100).toFixed(0)}%) cite the expected section in the top 5${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`)
  return share
}

test('the expected code section is cited among the top five knowledge sources for at least 90% of the development questions', async () => {
  expect(await recall(cases, 'retrieval-dev')).toBeGreaterThanOrEqual(0.9)
}, 120_000)

test('questions of the same kind not in the development set do nearly as well', async () => {
  expect(await recall(holdout, 'retrieval-holdout')).toBeGreaterThanOrEqual(0.75)
}, 120_000)
