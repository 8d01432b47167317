import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { citationLabel, CodeIndexEntry } from '../../knowledge/ingest/code-index'
import { findCodeRefs } from '../../knowledge/ingest/find-code-refs'
import { corpusTrades } from '../../knowledge/ingest/list-corpus'
import { readDocument, type KnowledgeDocument } from '../../knowledge/ingest/read-document'

/** The shipped corpus, checked as the ingestion will read it. */
const root = fileURLToPath(new URL('../../knowledge/', import.meta.url))
const trades = corpusTrades

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]))
const files = trades.flatMap((trade) => {
  try {
    return walk(join(root, trade))
  } catch {
    return []
  }
})
const documents: KnowledgeDocument[] = files.filter((file) => file.endsWith('.md')).map((file) => readDocument(relative(root, file), readFileSync(file, 'utf8')))
const index = files
  .filter((file) => file.includes('/code_index/') && file.endsWith('.json'))
  .flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as unknown[]).map((entry) => ({ file: relative(root, file), entry })))
const entries = index.map(({ file, entry }) => {
  const parsed = CodeIndexEntry.safeParse(entry)
  if (!parsed.success) throw new Error(`${file}: ${JSON.stringify(entry).slice(0, 120)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  return { file, ...parsed.data }
})
const labels = entries.map((entry) => citationLabel(entry))
const resolves = (ref: string) => labels.some((label) => ref === label || ref.startsWith(`${label}(`) || ref.startsWith(`${label}.`))

describe('the shipped corpus', () => {
  test('every document sits in its own trade and folder', () => {
    for (const document of documents) {
      const [trade, folder] = document.path.split('/')
      expect({ path: document.path, trade: document.meta.trade, folder: document.meta.folder }).toEqual({ path: document.path, trade, folder })
    }
  })

  test('each trade has at least 12 substantive documents', () => {
    const counts = Object.fromEntries(trades.map((trade) => [trade, documents.filter((d) => d.meta.trade === trade && d.body.split(/\s+/).length >= 300).length]))
    for (const trade of trades) expect({ trade, documents: counts[trade]! >= 12 }).toEqual({ trade, documents: true })
  })

  test('the code index has at least 150 sections, unique, each in its trade folder, each with a free-viewer link', () => {
    expect(entries.length).toBeGreaterThanOrEqual(150)
    const keys = entries.map((entry) => `${entry.code_body}|${entry.edition}|${entry.section}`)
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([])
    for (const entry of entries) expect(entry.file.startsWith(`${entry.trade}/code_index/`)).toBe(true)
  })

  test('every section a document cites, in front matter or in its text, is in the code index', () => {
    const missing = documents.flatMap((document) =>
      [...new Set([...document.meta.code_refs, ...findCodeRefs(document.body)])].filter((ref) => !resolves(ref)).map((ref) => `${document.path}: ${ref}`),
    )
    expect(missing).toEqual([])
  })

  test('every section of the retrieval development set is indexed', () => {
    const expected = readFileSync(fileURLToPath(new URL('../fixtures/retrieval-dev.jsonl', import.meta.url)), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { expect: string }).expect)
    expect(expected.filter((section) => !labels.some((label) => label.startsWith(section)))).toEqual([])
  })

  test('no document contains model-code wording (copyright guard)', () => {
    const phrases = readFileSync(fileURLToPath(new URL('./model-code-phrases.txt', import.meta.url)), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.trim().toLowerCase())
    const collapse = (text: string) => text.toLowerCase().replace(/\s+/g, ' ')
    const copied = documents.flatMap((document) => phrases.filter((phrase) => collapse(document.body).includes(phrase)).map((phrase) => `${document.path}: "${phrase}"`))
    expect(copied).toEqual([])
  })
})
