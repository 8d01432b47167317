import type { FastAnswer } from '../../types'
import { answerConversion } from './answer-conversion'
import { answerDimensions } from './answer-dimensions'
import { answerInchFraction } from './answer-inch-fraction'
import { answerPercent } from './answer-percent'
import { answerPerimeter } from './answer-perimeter'
import { answerPowerLaw } from './answer-power-law'
import { normalizeMeasureWords } from './measure-words'

/**
 * Arithmetic any persona may ask for, with no data behind it: inch fractions, area, volume
 * and perimeter from dimensions, percentages, watts-volts-amps, and unit conversions. Null
 * when the message is none of these.
 */
export function answerMeasurement(text: string): FastAnswer | null {
  const measured = normalizeMeasureWords(text)
  return answerInchFraction(measured) ?? answerPerimeter(measured) ?? answerDimensions(measured) ?? answerPercent(measured) ?? answerPowerLaw(measured) ?? answerConversion(measured)
}
