/** Token-level comparison of short phrases: how the merge tells "the same thing said twice". */

const STOPWORDS = new Set(
  'a an the and or of on in at to for with by from my our your his her their this that these those is are was were be been am i im me we you he she it its do does did about over into than as how what when where which who why just really very some any'.split(' '),
)

/** Lower-cased word tokens without punctuation, stopwords or a plural `s`. */
export function normalisedTokens(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !STOPWORDS.has(word))
  return new Set(words.map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word)))
}

/** Jaccard similarity of two phrases' normalised tokens (1 = same words; 0 when either is empty). */
export function tokenJaccard(a: string, b: string): number {
  const left = normalisedTokens(a)
  const right = normalisedTokens(b)
  if (!left.size || !right.size) return 0
  let shared = 0
  for (const token of left) if (right.has(token)) shared++
  return shared / (left.size + right.size - shared)
}

/** The phrase's normalised form: its sorted tokens, for exact de-duplication. */
export const normalisedKey = (text: string) => [...normalisedTokens(text)].sort().join(' ')

/**
 * A short stable id for an item: a prefix naming its kind and an FNV-1a hash of its normalised
 * content, so the same thing learned twice gets the same id (and a deleted one stays deleted).
 */
export function stableId(prefix: string, text: string): string {
  let hash = 0x811c9dc5
  for (const char of normalisedKey(text) || text.toLowerCase()) {
    hash ^= char.charCodeAt(0)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `${prefix}_${hash.toString(36)}`
}
