import type { FastAnswer } from '../../types'
import { fastAnswer } from '../fast-answer'
import { formatMeasure } from './format-number'
import { wordsOutside } from './measure-words'
import { NUMBER, parseNumber } from './unit-pattern'

const PERCENT = String.raw`\s*(?:%|percent|per cent)`
const percentOf = new RegExp(String.raw`(${NUMBER})${PERCENT} of (\$)?\s*(${NUMBER})`)
const whatPercent = new RegExp(String.raw`(\$)?\s*(${NUMBER}) (?:is|as a) (?:what )?(?:percent(?:age)?|%) of \$?\s*(${NUMBER})`)
const MAX_OTHER_WORDS = 4

const amount = (value: number, dollars: boolean) => (dollars ? `$${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}` : formatMeasure(value))

/** "15 percent of 2,340", "35% of $18,500", "450 is what percent of 1,800". Null otherwise. */
export function answerPercent(text: string): FastAnswer | null {
  const of = percentOf.exec(text)
  if (of && wordsOutside(text, of) <= MAX_OTHER_WORDS) {
    const [rate, dollars, base] = [parseNumber(of[1]!), Boolean(of[2]), parseNumber(of[3]!)]
    const result = (rate * base) / 100
    return fastAnswer('percent', `${formatMeasure(rate)}% of ${amount(base, dollars)} = ${amount(result, dollars)}\n\n${formatMeasure(base)} × ${formatMeasure(rate / 100)} = ${formatMeasure(result)}`)
  }
  const what = whatPercent.exec(text)
  if (what && wordsOutside(text, what) <= MAX_OTHER_WORDS) {
    const [part, whole] = [parseNumber(what[2]!), parseNumber(what[3]!)]
    if (whole === 0) return null
    const share = (part / whole) * 100
    return fastAnswer('percent', `${amount(part, Boolean(what[1]))} is ${formatMeasure(share)}% of ${amount(whole, Boolean(what[1]))}\n\n${formatMeasure(part)} ÷ ${formatMeasure(whole)} × 100 = ${formatMeasure(share)}%`)
  }
  return null
}
