import type { FastAnswer } from '../../types'
import { fastAnswer } from '../fast-answer'
import { formatMeasure } from './format-number'
import { wordsOutside } from './measure-words'
import { parseNumber } from './unit-pattern'

const FRACTION = String.raw`\d+(?:[\s-]\d+)?\/\d+`
const DECIMAL = String.raw`\d*\.\d+|\d+`
const INCH = String.raw`(?:"|in\.?|inch(?:es)?)`
const LINK = String.raw`(?:(?:to|in|as|into|=|is|equals?)\s+)?(?:an?\s+)?`

const toDecimal = [
  new RegExp(String.raw`(?<![\d.])(${FRACTION})\s*${INCH}?\s*${LINK}decimals?`),
  new RegExp(String.raw`decimal (?:of|for|equivalent (?:of|for)|value of|is)\s+(${FRACTION})`),
]

/** `0.3125 to a fraction`, `.43 in in 16ths`, `what fraction is 0.375`, `10 mm as a fraction of an inch`. */
const toFraction = [
  new RegExp(String.raw`(?<![\d/.])(${DECIMAL})\s*(mm|cm|${INCH})?\s*${LINK}(?:(?:nearest\s+)?(\d+)(?:ths|nds|rds|th|nd|rd)|(?:inch\s+)?fractions?(?:\s+of an inch)?)`),
  new RegExp(String.raw`what fraction (?:of an inch )?is (${DECIMAL})\s*(mm|cm|${INCH})?`),
]

const DENOMINATORS = [2, 4, 8, 16, 32, 64]
const MAX_OTHER_WORDS = 6

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

/** `1 3/8` from 11/8; `3/8`; `2`. */
function mixed(numerator: number, denominator: number): string {
  const divisor = gcd(numerator, denominator)
  const [n, d] = [numerator / divisor, denominator / divisor]
  const whole = Math.floor(n / d)
  const rest = n % d
  if (rest === 0) return String(whole)
  return whole > 0 ? `${whole} ${rest}/${d}` : `${rest}/${d}`
}

const nearest = (inches: number, denominator: number) => Math.round(inches * denominator)

function decimalAnswer(typed: string): FastAnswer {
  const value = parseNumber(typed)
  const [whole, part] = typed.includes(' ') || typed.includes('-') ? typed.split(/[\s-]/) : [null, typed]
  const [n, d] = part!.split('/')
  const work = whole ? `${whole} + ${n} ÷ ${d} = ${formatMeasure(value)}` : `${n} ÷ ${d} = ${formatMeasure(value)}`
  return fastAnswer('conversion', `${typed} in = ${formatMeasure(value)} in (${formatMeasure(value * 25.4)} mm)\n\n${work}`)
}

function fractionAnswer(typed: string, unit: string | undefined, denominator: number | null): FastAnswer | null {
  const scale = unit === 'mm' ? 25.4 : unit === 'cm' ? 2.54 : 1
  const inches = parseNumber(typed) / scale
  const prefix = scale === 1 ? `${formatMeasure(inches)} in` : `${typed} ${unit} = ${formatMeasure(inches)} in`
  if (denominator !== null) {
    if (!DENOMINATORS.includes(denominator)) return null
    const count = nearest(inches, denominator)
    const exact = Math.abs(count / denominator - inches) < 1e-9
    const fraction = mixed(count, denominator)
    return fastAnswer('conversion', exact ? `${prefix} = ${fraction} in exactly.` : `${prefix} ≈ ${fraction} in (${formatMeasure(count / denominator)} in) to the nearest 1/${denominator}.`)
  }
  const exactDenominator = DENOMINATORS.find((d) => Math.abs(Math.round(inches * d) / d - inches) < 1e-9)
  if (exactDenominator) return fastAnswer('conversion', `${prefix} = ${mixed(nearest(inches, exactDenominator), exactDenominator)} in exactly.`)
  const sixteenths = nearest(inches, 16)
  const sixtyFourths = nearest(inches, 64)
  return fastAnswer(
    'conversion',
    `${prefix} ≈ ${mixed(sixteenths, 16)} in (${formatMeasure(sixteenths / 16)} in) to the nearest 1/16, or ${mixed(sixtyFourths, 64)} in (${formatMeasure(sixtyFourths / 64)} in) to the nearest 1/64.`,
  )
}

/**
 * Fractions of an inch to decimals (`3/8` → 0.375 in, with millimetres) and decimals (or
 * millimetres) to the nearest fraction a tape measure shows: sixteenths and sixty-fourths,
 * or the denominator asked for. Null when the message is not such a question.
 */
export function answerInchFraction(text: string): FastAnswer | null {
  for (const pattern of toDecimal) {
    const match = pattern.exec(text)
    if (match && wordsOutside(text, match) <= MAX_OTHER_WORDS) return decimalAnswer(match[1]!.replace(/\s+/g, ' '))
  }
  for (const pattern of toFraction) {
    const match = pattern.exec(text)
    if (!match || wordsOutside(text, match) > MAX_OTHER_WORDS) continue
    const unit = match[2] === 'mm' || match[2] === 'cm' ? match[2] : undefined
    return fractionAnswer(match[1]!, unit, match[3] ? Number(match[3]) : null)
  }
  return null
}
