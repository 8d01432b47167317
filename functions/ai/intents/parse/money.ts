/**
 * Dollar amounts in a sentence, read exactly into integer cents: digits are read as text and
 * never pass through a float, so `$3,200.50` is 320050 and `$0.10` is 10.
 */

export type AmountMention = {
  cents: number
  /** Where the amount starts and ends in the text (to cut it out or read around it). */
  index: number
  end: number
}

// `$3,200.50`, `$45`, `$3.2k`. The lookahead refuses a partial read of `$1,2345` or `$4.505`.
const DOLLAR_SIGN = /\$\s?(\d{1,3}(?:,\d{3}){1,3}|\d{1,10})(?:\.(\d{1,2}))?(?![\d,.]?\d)(\s?k\b)?/gi
// `120 dollars`, `45.20 usd`, `60 bucks`.
const DOLLAR_WORD = /(?<![\w$.,])(\d{1,3}(?:,\d{3}){1,3}|\d{1,10})(?:\.(\d{1,2}))?\s?(?:dollars?|bucks|usd)\b/gi

function toCents(whole: string, fraction: string | undefined, thousands: boolean): number {
  const cents = Number(whole.replaceAll(',', '')) * 100 + Number((fraction ?? '').padEnd(2, '0'))
  return thousands ? cents * 1000 : cents
}

/**
 * Every dollar amount in `text`, in order of appearance.
 *
 * @example findAmounts('panel $3,200.50 and permit 150 dollars').map((a) => a.cents) // [320050, 15000]
 */
export function findAmounts(text: string): AmountMention[] {
  const found: AmountMention[] = []
  for (const match of text.matchAll(DOLLAR_SIGN)) {
    found.push({ cents: toCents(match[1]!, match[2], Boolean(match[3])), index: match.index, end: match.index + match[0].length })
  }
  for (const match of text.matchAll(DOLLAR_WORD)) {
    found.push({ cents: toCents(match[1]!, match[2], false), index: match.index, end: match.index + match[0].length })
  }
  return found.sort((a, b) => a.index - b.index)
}

/** `text` with the amounts cut out (each replaced by a space), for reading the words around them. */
export const withoutAmounts = (text: string, amounts: AmountMention[]) =>
  amounts.reduceRight((rest, amount) => `${rest.slice(0, amount.index)} ${rest.slice(amount.end)}`, text)
