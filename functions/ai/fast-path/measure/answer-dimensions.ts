import type { FastAnswer } from '../../types'
import { fastAnswer } from '../fast-answer'
import { askedUnit, BULK, byId, NOT_ARITHMETIC, readFactors, type Factor } from './dimension-patterns'
import { formatFactor, formatMeasure } from './format-number'
import { unitLabel, type Unit } from './units'

const AREA_WORDS = /\b(?:area|square footage|sq footage|footage)\b/
const VOLUME_WORDS = /\b(?:volume|cubic)\b/
const IMPERIAL = new Set(['in', 'ft', 'yd', 'mi'])

const shown = (unit: Unit, value: number) => `${formatMeasure(value)} ${unitLabel(unit, value)}`

/** The length unit of a side, or of an area's side (`sq ft` → `ft`). */
const sideUnit = (factor: Factor, unit: Unit) => (factor.power === 1 ? unit : byId(unit.id.replace(/2$/, '')))

/**
 * Area or volume from dimensions (`how many square feet is a 12 by 14 room`, `cubic yards of
 * concrete for a 10 x 10 slab 4 inches thick`, `cubic yards of mulch for 300 sq ft at 3
 * inches deep`), with the arithmetic. Sides without a unit take the unit given next to them,
 * else feet (or metres when a metric answer is asked for).
 */
export function answerDimensions(text: string): FastAnswer | null {
  if (NOT_ARITHMETIC.test(text)) return null
  const target = askedUnit(text)
  if (!target && !AREA_WORDS.test(text) && !VOLUME_WORDS.test(text) && !BULK.test(text)) return null
  const factors = readFactors(text)
  if (!factors) return null
  const power = factors.reduce((sum, f) => sum + f.power, 0)
  const dimension = power === 2 ? 'area' : 'volume'
  if ((power !== 2 && power !== 3) || (target && target.dimension !== dimension)) return null
  const metricTarget = target !== undefined && !/sq|cu|gal|qt|pt|cup|fl|acre|roof/.test(target.symbol)
  const fallback = byId(metricTarget ? 'm' : 'ft')!
  // "12 by 14 feet": a unit carries over to the unitless sides of the same figure; a
  // thickness given apart ("4 inches thick") always has its own and does not carry over.
  const given = factors.filter((f) => !f.apart).map((f) => f.unit)
  const resolved = factors.map((f, i) => f.unit ?? given.slice(i + 1).find(Boolean) ?? given.slice(0, i).reverse().find(Boolean) ?? fallback)
  const working = sideUnit(factors[0]!, resolved[0]!)
  const workingPower = working && byId(`${working.id}${power}`)
  if (!working || !workingPower) return null
  const outputs = target ? [target] : IMPERIAL.has(working.id) ? (power === 2 ? ['ft2'] : ['ft3', 'yd3']).map((id) => byId(id)!) : [byId(power === 2 ? 'm2' : 'm3')!]

  const inWorking = factors.map((f, i) => (f.value * resolved[i]!.factor) / working.factor ** f.power)
  const product = inWorking.reduce((a, b) => a * b, 1)
  const shape = factors.map((f, i) => `${f.typed} ${resolved[i]!.symbol}`).join(' × ')
  const results = outputs.map((unit) => ({ unit, value: (product * workingPower.factor) / unit.factor }))

  const work: string[] = []
  factors.forEach((f, i) => {
    const inUnit = f.power === 1 ? working : byId(`${working.id}2`)!
    if (resolved[i] !== inUnit) work.push(`${f.typed} ${resolved[i]!.symbol} = ${formatMeasure(inWorking[i]!)} ${inUnit.symbol}`)
  })
  work.push(`${inWorking.map(formatMeasure).join(' × ')} = ${shown(workingPower, product)}`)
  for (const { unit, value } of results) {
    if (unit === workingPower) continue
    const ratio = unit.factor / workingPower.factor
    work.push(
      ratio >= 1
        ? `1 ${unitLabel(unit, 1)} = ${formatFactor(ratio)} ${workingPower.symbol}, so ${formatMeasure(product)} ÷ ${formatFactor(ratio)} = ${shown(unit, value)}`
        : `1 ${unitLabel(workingPower, 1)} = ${formatFactor(1 / ratio)} ${unit.symbol}, so ${formatMeasure(product)} × ${formatFactor(1 / ratio)} = ${shown(unit, value)}`,
    )
  }
  const formula = power === 2 ? 'Area = length × width' : factors.length === 2 ? 'Volume = area × depth' : 'Volume = length × width × depth'
  return fastAnswer(dimension, `${shape} = ${results.map((r) => shown(r.unit, r.value)).join(' = ')}\n\n${formula}: ${work.join('; ')}.`)
}
