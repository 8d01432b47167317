import type { FastAnswer } from '../../types'
import { fastAnswer } from '../fast-answer'
import { formatMeasure } from './format-number'
import { NUMBER, parseNumber } from './unit-pattern'

const WATTS = new RegExp(String.raw`(?<![\d.,/])(${NUMBER})\s*(kw|kilowatts?|w|watts?)(?![a-z])`)
const VOLTS = new RegExp(String.raw`(?<![\d.,/])(${NUMBER})\s*(?:v|volts?)(?![a-z])`)
const AMPS = new RegExp(String.raw`(?<![\d.,/])(${NUMBER})\s*(?:a|amps?|amperes?)(?![a-z])`)

/**
 * Sizing, voltage drop, three-phase and motor loads need more than P = V × I (conductors,
 * distances, power factor): those are for the model.
 */
const NOT_SIMPLE = /\b(?:size|sizing|wire|gauge|awg|breaker|circuit|panel|subpanel|service|feeder|drop|run|feet|ft|three[- ]phase|3[- ]phase|motor|power factor|pf|hp|horsepower|va|kva)\b/

/** "how many amps does a 5 kW heater draw at": the words around the two quantities. */
const MAX_OTHER_WORDS = 8

const count = (pattern: RegExp, text: string) => text.match(new RegExp(pattern.source, 'g'))?.length ?? 0

/**
 * Watts, volts and amps for a single-phase resistive load (P = V × I): two of them given, the
 * third worked out ("how many amps is 5000 watts at 240 volts", "240 volts times 30 amps").
 * Null for anything involving wire sizing, breakers, distance, motors or three-phase power.
 */
export function answerPowerLaw(text: string): FastAnswer | null {
  if (NOT_SIMPLE.test(text)) return null
  if ([WATTS, VOLTS, AMPS].some((pattern) => count(pattern, text) > 1)) return null
  const [watts, volts, amps] = [WATTS.exec(text), VOLTS.exec(text), AMPS.exec(text)]
  const given = [watts, volts, amps].filter(Boolean)
  if (given.length !== 2) return null
  let rest = text
  for (const match of given) rest = rest.replace(match![0], ' ')
  if (rest.split(/\s+/).filter((word) => /[a-z]/.test(word)).length > MAX_OTHER_WORDS) return null
  const p = watts ? parseNumber(watts[1]!) * (watts[2]!.startsWith('k') ? 1000 : 1) : null
  const v = volts ? parseNumber(volts[1]!) : null
  const i = amps ? parseNumber(amps[1]!) : null
  const note = 'single-phase, resistive load'
  if (p !== null && v !== null) {
    if (v === 0) return null
    return fastAnswer('power', `${formatMeasure(p)} W at ${formatMeasure(v)} V = ${formatMeasure(p / v)} A\n\nI = P ÷ V = ${formatMeasure(p)} ÷ ${formatMeasure(v)} = ${formatMeasure(p / v)} A (${note}).`)
  }
  if (v !== null && i !== null) {
    return fastAnswer('power', `${formatMeasure(v)} V × ${formatMeasure(i)} A = ${formatMeasure(v * i)} W\n\nP = V × I = ${formatMeasure(v)} × ${formatMeasure(i)} = ${formatMeasure(v * i)} W (${note}).`)
  }
  if (i === 0) return null
  return fastAnswer('power', `${formatMeasure(p!)} W at ${formatMeasure(i!)} A = ${formatMeasure(p! / i!)} V\n\nV = P ÷ I = ${formatMeasure(p!)} ÷ ${formatMeasure(i!)} = ${formatMeasure(p! / i!)} V (${note}).`)
}
