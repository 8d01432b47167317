/**
 * Tokens each prompt block or message is charged on top of its text, for the heading or
 * message boundary the prompt builder wraps it in.
 */
export const FRAMING_TOKENS = 4

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
const isDigit = (c: number) => c >= 48 && c <= 57
/** Space, tab, carriage return, vertical tab, form feed, no-break space. */
const isBlank = (c: number) => c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 160

/**
 * A deterministic, deliberately high estimate of how many tokens `text` costs a model.
 * Under-estimating would overflow the context window; over-estimating only leaves a little
 * room unused. Run by run:
 *
 * - ASCII letters cost one token per 4 letters, rounded up (every word at least 1);
 * - digits cost one token per 2 digits, rounded up (tokenizers split numbers finely);
 * - a single space or tab is free (tokenizers fold it into the next word); longer runs cost
 *   one token per 4 characters, rounded up;
 * - line breaks cost one token per 2 breaks, rounded up;
 * - every other character (punctuation, symbols, accented and non-Latin letters) costs 1,
 *   and a character outside the Basic Multilingual Plane (emoji and the like) costs 3.
 *
 * The result is never below a quarter of the string's length, the usual rule of thumb.
 * English prose comes out near 1.5 tokens per word, above the 1.2–1.35 real tokenizers use.
 *
 * @example estimateTokens('Size the feeder.') // 5: "Size" 1 + "the" 1 + "feeder" 2 + "." 1
 */
export function estimateTokens(text: string): number {
  let tokens = 0
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    const start = i
    if (isLetter(c)) {
      while (i < text.length && isLetter(text.charCodeAt(i))) i++
      tokens += Math.ceil((i - start) / 4)
    } else if (isDigit(c)) {
      while (i < text.length && isDigit(text.charCodeAt(i))) i++
      tokens += Math.ceil((i - start) / 2)
    } else if (c === 10) {
      while (i < text.length && text.charCodeAt(i) === 10) i++
      tokens += Math.ceil((i - start) / 2)
    } else if (isBlank(c)) {
      while (i < text.length && isBlank(text.charCodeAt(i))) i++
      tokens += i - start === 1 ? 0 : Math.ceil((i - start) / 4)
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      tokens += 3
      i += 2
    } else {
      tokens += 1
      i++
    }
  }
  return Math.max(tokens, Math.ceil(text.length / 4))
}
