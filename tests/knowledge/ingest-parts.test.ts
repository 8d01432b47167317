import { describe, expect, test } from 'vitest'
import { createHashingEmbedder, tokenize } from '../../functions/ai/embeddings/hashing-embedder'
import { chunkDocument } from '../../knowledge/ingest/chunk-document'
import { findCodeRefs } from '../../knowledge/ingest/find-code-refs'
import { readDocument } from '../../knowledge/ingest/read-document'

const file = (body: string, front = '') => `---
title: Working space around panels
trade: electrical
folder: factual_reference
sources:
  - name: NFPA 70 free access
    url: https://link.nfpa.org/free-access/publications/70/2023
code_refs: [NEC 110.26]
last_reviewed: 2026-12-01
${front}---
${body}`

describe('reading a corpus document', () => {
  test('front matter and body are separated and validated; the hash changes with the file', () => {
    const document = readDocument('electrical/factual_reference/working-space.md', file('## Depth\n\nThree feet in front.'))
    expect(document.meta).toMatchObject({ title: 'Working space around panels', trade: 'electrical', code_refs: ['NEC 110.26'], last_reviewed: '2026-12-01' })
    expect(document.body).toBe('## Depth\n\nThree feet in front.')
    expect(readDocument('x.md', file('## Depth\n\nFour feet.')).contentHash).not.toBe(document.contentHash)
  })

  test('a file without front matter, or with a source that is not a URL, is refused with the reason', () => {
    expect(() => readDocument('a.md', '# Just text')).toThrow(/a\.md: no front matter/)
    expect(() => readDocument('b.md', file('x').replace('https://link.nfpa.org/free-access/publications/70/2023', 'nfpa website'))).toThrow(/b\.md: sources\.0\.url/)
  })
})

describe('chunking', () => {
  test('every chunk carries its title and heading path, and no chunk straddles two headings', async () => {
    const body = ['## Depth', '', 'Depth depends on the condition. '.repeat(80), '', '### Condition 2', '', 'Grounded parts across the aisle.', '', '## Width', '', 'Thirty inches or the width of the equipment.'].join('\n')
    const chunks = await chunkDocument(readDocument('e.md', file(body)))
    expect(chunks.length).toBeGreaterThan(3)
    expect(chunks.map((chunk) => chunk.index)).toEqual(chunks.map((_, i) => i))
    for (const chunk of chunks) expect(chunk.content.startsWith(`${chunk.heading}\n\n`)).toBe(true)
    expect(chunks.filter((chunk) => chunk.heading === 'Working space around panels › Depth').length).toBeGreaterThan(1)
    expect(chunks.find((chunk) => chunk.content.includes('Grounded parts'))!.heading).toBe('Working space around panels › Depth › Condition 2')
    expect(chunks.at(-1)!.heading).toBe('Working space around panels › Width')
    for (const chunk of chunks) expect(chunk.content.length).toBeLessThanOrEqual(1200 + chunk.heading.length + 2)
  })

  test('the same text gives the same chunks and hashes', async () => {
    const document = readDocument('e.md', file('## A\n\nSee NEC 110.26(A)(1) and 29 CFR 1910.303(g).'))
    expect(await chunkDocument(document)).toEqual(await chunkDocument(document))
  })
})

describe('code references in text', () => {
  test('model codes and CFR sections are found and normalised, once each, in order', () => {
    expect(
      findCodeRefs('Per nec 210.12(A) and NEC Section 210.8(A)(7); see IRC R314.3, IMC 307.2.1, NFPA72 17.5, 29 CFR 1926.501(b)(1), 40 C.F.R. part 82 and again NEC 210.12(A).'),
    ).toEqual(['NEC 210.12(A)', 'NEC 210.8(A)(7)', 'IRC R314.3', 'IMC 307.2.1', 'NFPA 72 17.5', '29 CFR 1926.501(b)(1)', '40 CFR 82'])
    expect(findCodeRefs('a 200 A panel with 3/4 EMT and 12 AWG')).toEqual([])
  })
})

describe('the offline embedder', () => {
  const embedder = createHashingEmbedder()

  test('vectors have the stated dimensions, unit length, and are the same every time', async () => {
    const [a, b] = await embedder.embed(['AFCI protection for bedroom circuits', 'AFCI protection for bedroom circuits'])
    expect(a).toHaveLength(384)
    expect(Math.hypot(...a!)).toBeCloseTo(1, 9)
    expect(b).toEqual(a)
    expect(embedder.model).toBe('zafto-hashing-v1-384')
  })

  test('texts sharing vocabulary are closer than unrelated texts', async () => {
    const [question, related, unrelated] = await embedder.embed([
      'Do I need AFCI protection for a new bedroom circuit?',
      'Arc-fault (AFCI) protection is required for 120-volt branch circuits supplying bedrooms.',
      'Condensate from an air conditioner coil must drain to an approved place.',
    ])
    const cosine = (x: number[], y: number[]) => x.reduce((sum, value, i) => sum + value * y[i]!, 0)
    expect(cosine(question!, related!)).toBeGreaterThan(cosine(question!, unrelated!) + 0.1)
  })

  test('section numbers and sizes stay whole words', () => {
    expect(tokenize('NEC 210.12(A) needs 2/0 copper, R314.3 too')).toEqual(['nec', '210.12', 'need', '2/0', 'copper', 'r314.3', 'too'])
  })
})
