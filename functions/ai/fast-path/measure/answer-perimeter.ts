import type { FastAnswer } from '../../types'
import { fastAnswer } from '../fast-answer'
import { byId, NOT_ARITHMETIC, readFactors } from './dimension-patterns'
import { formatMeasure } from './format-number'

const LINEAR =
  /\blinear (?:feet|foot|ft|meters?|metres?)\b|\blf\b|\b(?:feet|ft|meters?|metres?) of (?:baseboard|trim|crown(?: molding)?|fenc(?:e|ing)|edging|gutters?|casing|molding|chair rail|border)\b|\bperimeter\b/
const ROOM_TRIM = /\b(?:baseboard|trim|crown|casing|molding|chair rail)\b/

/**
 * The perimeter of a rectangle for trim, fencing or edging (`how many linear feet of
 * baseboard for a 14 by 16 room`): 2 × (length + width), in the unit of the first side.
 */
export function answerPerimeter(text: string): FastAnswer | null {
  if (!LINEAR.test(text) || NOT_ARITHMETIC.test(text)) return null
  const factors = readFactors(text)
  if (!factors || factors.length !== 2 || factors.some((f) => f.power !== 1 || f.apart)) return null
  const unit = factors[0]!.unit ?? factors[1]!.unit ?? byId(/\bmet(?:er|re)s?\b/.test(text) ? 'm' : 'ft')!
  const [a, b] = factors.map((f) => (f.value * (f.unit ?? unit).factor) / unit.factor) as [number, number]
  const perimeter = 2 * (a + b)
  const shape = factors.map((f) => `${f.typed} ${(f.unit ?? unit).symbol}`).join(' × ')
  const openings = ROOM_TRIM.test(text) ? ', less any door openings' : ''
  return fastAnswer(
    'perimeter',
    `${shape}: perimeter = ${formatMeasure(perimeter)} ${unit.symbol}\n\nPerimeter = 2 × (length + width) = 2 × (${formatMeasure(a)} + ${formatMeasure(b)}) = ${formatMeasure(perimeter)} ${unit.symbol}${openings}.`,
  )
}
