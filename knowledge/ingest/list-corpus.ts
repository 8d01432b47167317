import { readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'

/** The trade folders of the corpus (`universal` holds what every trade shares). */
export const corpusTrades = ['universal', 'electrical', 'plumbing', 'hvac', 'solar', 'roofing', 'general_contractor', 'remodeler', 'landscaping', 'low_voltage'] as const

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))))
  return nested.flat()
}

/** Corpus files under `root` (paths relative to it, `/`-separated, sorted): documents and code index files. */
export async function listCorpus(root: string): Promise<{ documents: string[]; codeIndex: string[] }> {
  const files = (await Promise.all(corpusTrades.map((trade) => walk(join(root, trade))))).flat().map((file) => relative(root, file).split(sep).join('/'))
  files.sort()
  return {
    documents: files.filter((file) => file.endsWith('.md') && !file.includes('/code_index/')),
    codeIndex: files.filter((file) => file.includes('/code_index/') && file.endsWith('.json')),
  }
}
