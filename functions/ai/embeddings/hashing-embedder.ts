import type { Embedder } from './types'

/** FNV-1a, 32 bits: fast, stable across runtimes, good enough spread for feature hashing. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

const stopWords = new Set(
  'a an and are as at be by can do does for from how i if in into is it its my of on or our should that the their this to was we what when where which who why will with you your'.split(' '),
)

/** Words as a tradesperson writes them: section numbers (210.12, r314) and sizes (2/0, 3/4) stay whole. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+(?:[./-][a-z0-9]+)*/g) ?? [])
    .map((word) => (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .filter((word) => !stopWords.has(word))
}

/**
 * The offline default: a feature-hashing embedding (signed hashing of words, word pairs and
 * character trigrams into a fixed number of dimensions, L2-normalised). It needs no model
 * download, runs the same on Node and Workers, and is deterministic. It captures shared
 * vocabulary (including partial word overlap through trigrams), not meaning: an API embedder
 * (EMBEDDINGS_PROVIDER) gives semantic retrieval.
 */
export function createHashingEmbedder(dimensions = 384): Embedder {
  const embedOne = (text: string): number[] => {
    const vector = new Float64Array(dimensions)
    const add = (feature: string, weight: number) => {
      const hash = fnv1a(feature)
      vector[hash % dimensions]! += hash & 0x80000000 ? -weight : weight
    }
    const words = tokenize(text)
    words.forEach((word, i) => {
      add(`w:${word}`, 1)
      if (i > 0) add(`b:${words[i - 1]} ${word}`, 0.6)
      const padded = `^${word}$`
      for (let j = 0; j + 3 <= padded.length; j++) add(`c:${padded.slice(j, j + 3)}`, 0.25)
    })
    const norm = Math.hypot(...vector)
    return Array.from(vector, (value) => (norm ? value / norm : 0))
  }
  return {
    model: `zafto-hashing-v1-${dimensions}`,
    dimensions,
    embed: async (texts) => texts.map(embedOne),
  }
}
