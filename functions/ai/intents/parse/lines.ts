import { findAmounts } from './money'
import { capitalize, trimPhrase } from './text'

/** One priced line as Z reads it: what, how many, and the price of one. */
export type DescribedLine = { description: string; quantity: string; unitPriceCents: number }

/** What a list of lines said: the lines, or the amount a description is missing for. */
export type ReadLines = { lines: DescribedLine[]; undescribedCents: number | null }

const EACH = /^\s*(?:each|ea\.?|apiece|per (?:unit|piece|item))\b/i
const COUNT = /^(\d{1,6}(?:\.\d{1,3})?)\s*(?:x\s+|×\s*)?(.+)$/i

/** "3 outlets" with a per-unit price: quantity 3 of "Outlets". */
function line(description: string, cents: number, perUnit: boolean): DescribedLine {
  const counted = perUnit ? COUNT.exec(description) : null
  const text = counted ? trimPhrase(counted[2]!) : description
  return { description: capitalize(text), quantity: counted ? counted[1]! : '1', unitPriceCents: cents }
}

/**
 * Reads described amounts: "200A panel upgrade $3,200 and permit $150" (the words before each
 * amount) or "$450 for the service call" (the words after). "3 outlets at $85 each" is three
 * of one. Every amount needs words saying what it is for.
 *
 * @example readLines('panel upgrade $3,200 and permit $150').lines.length // 2
 */
export function readLines(text: string): ReadLines {
  const amounts = findAmounts(text)
  if (amounts.length === 0) return { lines: [], undescribedCents: null }
  // The words between amounts; a leading "each" belongs to the amount before it.
  const gaps = amounts.map((amount, i) => text.slice(i === 0 ? 0 : amounts[i - 1]!.end, amount.index))
  gaps.push(text.slice(amounts.at(-1)!.end))
  const perUnit = gaps.slice(1).map((gap) => EACH.test(gap))
  const words = gaps.map((gap) => trimPhrase(gap.replace(EACH, '')))
  const wordsBefore = words[0] !== ''
  const lines: DescribedLine[] = []
  for (const [i, amount] of amounts.entries()) {
    const description = wordsBefore ? words[i]! : words[i + 1]!
    if (!description) return { lines: [], undescribedCents: amount.cents }
    lines.push(line(description, amount.cents, perUnit[i]!))
  }
  return { lines, undescribedCents: null }
}
