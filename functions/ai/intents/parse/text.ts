/** Small text tools the intent translator shares: one spelling of a message, and tidy phrases. */

const POLITE_OPENERS =
  /^(?:(?:hey|hi|ok|okay|so|and|also|now|then)[,\s]+)*(?:(?:z|zafto)[,:\s]+)?(?:(?:please|pls|kindly|go ahead and|can you|could you|would you|will you|i need you to|i want you to|i'd like you to|i want to|i'd like to|i need to|let's|lets|help me)\s+)*/i

/**
 * The message in one spelling: straight quotes and dashes, single spaces, no greeting or
 * "please" around the request, no closing punctuation.
 */
export function normalizeMessage(message: string): string {
  return message
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(POLITE_OPENERS, '')
    .replace(/(?:[\s,.!]*\b(?:please|pls|thanks|thank you|thx|for me)\b)*[\s,.!?]*$/i, '')
    .trim()
}

/** Questions about how things work are never write requests, even when they name an action. */
export const isQuestion = (message: string) =>
  /^(?:how|what|why|when|where|who|whom|which|whose|is|are|was|were|does|do|did|has|have|had|should|shall|may|might|must|explain|tell me)\b/i.test(message)

const LEADING = /^(?:(?:(?:and|plus|also|then|with|for|of|on|to|at|from|by|the|an?)\b|[&+\-:;,=])\s*)+/i
const TRAILING = /(?:\s*(?:\b(?:and|plus|also|then|with|for|of|on|to|at|from|by)|[&+\-:;,=]))+$/i

/** A phrase without connecting words, articles or punctuation at its ends ("for the service call," → "service call"). */
export const trimPhrase = (phrase: string) =>
  phrase
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING, '')
    .replace(TRAILING, '')
    .replace(/^["'(]+|["')]+$/g, '')
    .trim()

/** The phrase with its first letter capitalised, the way records are usually titled. */
export const capitalize = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1)

/** "jane parker" → "Jane Parker"; a name typed with any capitals is kept as typed. */
export const properName = (name: string) => (name === name.toLowerCase() ? name.replace(/\b\p{L}/gu, (ch) => ch.toUpperCase()) : name)

/** "a, b or c": a list the way a sentence says it. */
export function spokenList(items: string[], conjunction = 'or'): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`
}

/** Quoted the way summaries quote a record's title. */
export const quoted = (title: string) => `“${title}”`
