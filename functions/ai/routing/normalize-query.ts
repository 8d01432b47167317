/**
 * Lower-cases a message and straightens typographic quotes and dashes, so every lexicon
 * pattern is written once in plain ASCII. Digits, slashes and dots are kept: `1/2`, `6/12`
 * and `250.53` carry meaning.
 */
export function normalizeQuery(message: string): string {
  return message
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}
