import { createHash } from 'node:crypto'
import { parse } from 'yaml'
import { z } from 'zod'

export const FrontMatter = z.object({
  title: z.string().min(3),
  trade: z.string().min(3),
  folder: z.string().min(2),
  // A web address, or a ZAFTO page (`/crm/bids/`) for app help.
  sources: z.array(z.object({ name: z.string().min(2), url: z.union([z.url(), z.string().regex(/^\/[\w\-/?=.&]*$/, 'A URL or a ZAFTO path like /crm/bids/')]) })).min(1, 'List at least one source.'),
  code_refs: z.array(z.string()).default([]),
  last_reviewed: z.union([z.string(), z.date()]).transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)),
})
export type FrontMatter = z.infer<typeof FrontMatter>

export type KnowledgeDocument = {
  /** Path under knowledge/, e.g. `electrical/factual_reference/ampacity.md`. */
  path: string
  meta: FrontMatter
  body: string
  /** sha256 of the whole file: an unchanged file is skipped on re-ingest. */
  contentHash: string
}

/** Parses one corpus file (YAML front matter between `---` lines, then Markdown), or throws saying what is wrong. */
export function readDocument(path: string, text: string): KnowledgeDocument {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text)
  if (!match) throw new Error(`${path}: no front matter (a --- block with title, trade, folder, sources, last_reviewed)`)
  let yaml: unknown
  try {
    yaml = parse(match[1]!)
  } catch (error) {
    throw new Error(`${path}: the front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); quote values that contain a colon`)
  }
  const parsed = FrontMatter.safeParse(yaml)
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'front matter'}: ${issue.message}`).join('; ')}`)
  return { path, meta: parsed.data, body: match[2]!.trim(), contentHash: createHash('sha256').update(text).digest('hex') }
}
