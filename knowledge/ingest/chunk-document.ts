import { createHash } from 'node:crypto'
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters'
import { findCodeRefs } from './find-code-refs'
import type { KnowledgeDocument } from './read-document'

export type KnowledgeChunk = {
  index: number
  /** "Document title › Section › Subsection": kept with the chunk so it reads on its own. */
  heading: string
  content: string
  codeRefs: string[]
  contentHash: string
}

// Markdown-aware: splits on headings, then paragraphs, lists and sentences, in that order.
const splitter = RecursiveCharacterTextSplitter.fromLanguage('markdown', { chunkSize: 1200, chunkOverlap: 150 })

/** The document's sections, each with the path of headings above it. */
function sections(document: KnowledgeDocument): { path: string[]; text: string }[] {
  const result: { path: string[]; text: string }[] = []
  const trail: string[] = []
  let lines: string[] = []
  const flush = () => {
    const text = lines.join('\n').trim()
    if (text) result.push({ path: [...trail], text })
    lines = []
  }
  for (const line of document.body.split('\n')) {
    const heading = /^(#{1,4})\s+(.+?)\s*#*\s*$/.exec(line)
    if (heading) {
      flush()
      trail.splice(heading[1]!.length - 1)
      trail[heading[1]!.length - 1] = heading[2]!
      continue
    }
    lines.push(line)
  }
  flush()
  return result
}

/**
 * Splits a document into chunks that keep their headings: each section is split on its own
 * (so no chunk straddles two headings), and every chunk starts with the title and heading
 * path it belongs to. Code sections mentioned in a chunk are listed with it.
 */
export async function chunkDocument(document: KnowledgeDocument): Promise<KnowledgeChunk[]> {
  const chunks: KnowledgeChunk[] = []
  for (const section of sections(document)) {
    const heading = [document.meta.title, ...section.path.filter(Boolean)].join(' › ')
    for (const piece of await splitter.splitText(section.text)) {
      const content = `${heading}\n\n${piece.trim()}`
      chunks.push({
        index: chunks.length,
        heading,
        content,
        codeRefs: findCodeRefs(content),
        contentHash: createHash('sha256').update(content).digest('hex'),
      })
    }
  }
  return chunks
}
