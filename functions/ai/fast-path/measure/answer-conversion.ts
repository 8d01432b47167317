import type { FastAnswer } from '../../types'
import { fastAnswer } from '../fast-answer'
import { convertTemperature } from './convert-temperature'
import { formatFactor, formatMeasure, formatTemperature } from './format-number'
import { wordsOutside } from './measure-words'
import { NUMBER, parseNumber, UNIT, unitsNamed } from './unit-pattern'
import { unitLabel, type Unit } from './units'

const SEPARATOR = String.raw`(?:\s*(?:=|->|→)\s*|\s+(?:to|in|into|as|equals?|is|are|in terms of)\s+)`

/** `25 m to ft`, `5' 6" in cm`, `what is 72 °f in celsius`, `12,000 btu/h = ? kw`. */
const valueFirst = new RegExp(
  String.raw`(?<![\d/.,])(${NUMBER})\s*(${UNIT})(?:\s*(${NUMBER})\s*(${UNIT}))?${SEPARATOR}(?:how many\s+|what\s+(?:in\s+)?|\?\s*)?(?:an?\s+)?(${UNIT})`,
)

/** `how many feet in 25 meters`, `how many btu in a ton`, `how many square feet is an acre`. */
const targetFirst = new RegExp(
  String.raw`how many\s+(${UNIT})\s+(?:(?:are|is|go|make|fit)\s+)?(?:in|is|are|per|make up|equals?|to|in one)\s+(?:(?:a|an|one)\s+)?(?:(${NUMBER})\s*)?(${UNIT})`,
)

/** The most words a question may have besides the conversion itself (`convert`, `what is`, `please`...). */
const MAX_OTHER_WORDS = 6

type Request = {
  value: number
  /** How the person wrote the amount when it is not a plain number (`5 ft 6 in`, `3/8`). */
  typed?: { text: string; withUnit: boolean }
  from: Unit[]
  to: Unit[]
}

const typedFraction = (number: string) => (number.includes('/') ? { text: number.replace(/\s+/g, ' '), withUnit: false } : undefined)

function readRequest(text: string): Request | null {
  const first = valueFirst.exec(text)
  if (first && wordsOutside(text, first) <= MAX_OTHER_WORDS) {
    const [, number, unit, secondNumber, secondUnit, target] = first
    const from = unitsNamed(unit!)
    if (secondNumber && secondUnit) {
      // Feet and inches (5' 6"): one length, in inches.
      const feet = from.find((u) => u.id === 'ft')
      const inches = unitsNamed(secondUnit).find((u) => u.id === 'in')
      if (!feet || !inches) return null
      const value = parseNumber(number!) * 12 + parseNumber(secondNumber)
      return { value, typed: { text: `${number} ft ${secondNumber} in`, withUnit: true }, from: [inches], to: unitsNamed(target!) }
    }
    return { value: parseNumber(number!), typed: typedFraction(number!), from, to: unitsNamed(target!) }
  }
  const second = targetFirst.exec(text)
  if (second && wordsOutside(text, second) <= MAX_OTHER_WORDS) {
    const [, target, number, unit] = second
    return { value: number ? parseNumber(number) : 1, typed: number ? typedFraction(number) : undefined, from: unitsNamed(unit!), to: unitsNamed(target!) }
  }
  return null
}

/** The first reading of the two spellings that measures the same thing. */
function pairUnits(from: Unit[], to: Unit[]): [Unit, Unit] | null {
  for (const a of from) {
    const b = to.find((candidate) => candidate.dimension === a.dimension && candidate.id !== a.id)
    if (b) return [a, b]
  }
  return null
}

/**
 * Converts a quantity between units of length, area, volume, mass, temperature, pressure,
 * flow, power (BTU/h, kW, tons) or energy, showing the factor and the arithmetic. Null when
 * the message is not a conversion.
 */
export function answerConversion(text: string): FastAnswer | null {
  const request = readRequest(text)
  if (!request) return null
  const pair = pairUnits(request.from, request.to)
  if (!pair) return null
  const [from, to] = pair
  if (from.dimension === 'temperature') {
    const { result, formula } = convertTemperature(request.value, from.id as 'c' | 'f' | 'k', to.id as 'c' | 'f' | 'k')
    return fastAnswer('conversion', `${formatTemperature(request.value)} ${from.symbol} = ${formatTemperature(result)} ${to.symbol}\n\n${formula} ${to.symbol}`)
  }
  const factor = from.factor / to.factor
  const result = request.value * factor
  const amount = formatMeasure(request.value)
  const answer = `${formatMeasure(result)} ${unitLabel(to, result)}`
  const typed = request.typed && (request.typed.withUnit ? request.typed.text : `${request.typed.text} ${from.symbol}`)
  const head = typed ?? `${amount} ${unitLabel(from, request.value)}`
  // Small factors read better the other way round: 1 kW = 3,412.14 BTU/h, so 12,000 ÷ 3,412.14.
  const work =
    factor >= 0.1
      ? `1 ${unitLabel(from, 1)} = ${formatFactor(factor)} ${to.symbol}, so ${amount} × ${formatFactor(factor)} = ${answer}.`
      : `1 ${unitLabel(to, 1)} = ${formatFactor(1 / factor)} ${from.symbol}, so ${amount} ÷ ${formatFactor(1 / factor)} = ${answer}.`
  const lines = [`${head} = ${answer}`]
  if (typed) lines.push('', `${typed} = ${amount} ${from.symbol}; ${work}`)
  else if (request.value !== 1) lines.push('', work)
  return fastAnswer('conversion', lines.join('\n'))
}
