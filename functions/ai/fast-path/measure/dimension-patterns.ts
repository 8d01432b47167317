import { NUMBER, parseNumber, unitPattern, unitsNamed } from './unit-pattern'
import { units, type Unit } from './units'

export const LENGTH = unitPattern((u) => u.dimension === 'length')
export const AREA = unitPattern((u) => u.dimension === 'area')
const AREA_OR_VOLUME = unitPattern((u) => u.dimension === 'area' || u.dimension === 'volume')
const DIM = String.raw`(${NUMBER})\s*(${LENGTH})?`
const BY = String.raw`\s*(?:x|by|\*)\s*`

/** `12 by 14`, `12' x 14'`, `4 x 6 x 2 ft`. */
const dims = new RegExp(String.raw`(?<![\d/.])${DIM}${BY}${DIM}(?:${BY}${DIM})?`)
/** `4 inches thick`, `depth of 6"`. */
const thickness = new RegExp(
  String.raw`(${NUMBER})\s*(${LENGTH})\s+(?:thick|deep|high|tall)\b|\b(?:thick(?:ness)?|deep|depth|height|high|tall)\s+(?:of\s+)?(${NUMBER})\s*(${LENGTH})`,
)
/** `300 sq ft at 3 inches`: an area given as such, and a depth. */
const areaAndDepth = new RegExp(String.raw`(?<![\d/.])(${NUMBER})\s*(${AREA})\s*(?:at|@|x|by|\*|,|and|to a depth of)?\s*(${NUMBER})\s*(${LENGTH})`)
const asked = new RegExp(String.raw`(?:how many|in|into|as|of)\s+(${AREA_OR_VOLUME})`)

export const BULK = /\byards? of (?:concrete|gravel|mulch|dirt|soil|topsoil|fill|stone|sand|rock)\b/

/**
 * Questions that need more than multiplying sides: materials by the piece, heating and
 * cooling loads, wiring, prices. Those are for the model.
 */
export const NOT_ARITHMETIC =
  /\b(?:sheets?|bags?|box(?:es)?|bundles?|rolls?|pieces?|tiles?|studs?|panels?|pavers?|blocks?|bricks?|shingles?|coats?|paint|btus?|tons?|loads?|wire|wiring|breakers?|circuits?|size|sizing|heat(?:ing)?|cool(?:ing)?|insulation|cost|price|charge|bid|quote)\b/

export const byId = (id: string) => units.find((u) => u.id === id)

/** One side (power 1) or a whole area (power 2) of a figure, as typed. */
export type Factor = { typed: string; value: number; unit: Unit | undefined; power: 1 | 2; apart?: boolean }

/**
 * The sides of the figure a message describes: two or three dimensions, a third given
 * apart as a thickness, or an area with a depth. Null when there is none.
 */
export function readFactors(text: string): Factor[] | null {
  const area = areaAndDepth.exec(text)
  if (area) {
    return [
      { typed: area[1]!, value: parseNumber(area[1]!), unit: unitsNamed(area[2]!).find((u) => u.dimension === 'area'), power: 2 },
      { typed: area[3]!, value: parseNumber(area[3]!), unit: unitsNamed(area[4]!)[0], power: 1, apart: true },
    ]
  }
  const match = dims.exec(text)
  if (!match) return null
  const found: Factor[] = []
  for (let i = 1; i < 7; i += 2) {
    if (match[i]) found.push({ typed: match[i]!, value: parseNumber(match[i]!), unit: match[i + 1] ? unitsNamed(match[i + 1]!)[0] : undefined, power: 1 })
  }
  if (found.length === 2) {
    const depth = thickness.exec(text.slice(match.index + match[0].length)) ?? thickness.exec(text.slice(0, match.index))
    if (depth) {
      const typed = depth[1] ?? depth[3]!
      found.push({ typed, value: parseNumber(typed), unit: unitsNamed(depth[2] ?? depth[4]!)[0], power: 1, apart: true })
    }
  }
  return found
}

/** What the person wants the answer in, if they said. */
export function askedUnit(text: string): Unit | undefined {
  if (BULK.test(text)) return byId('yd3')
  const match = asked.exec(text)
  return match ? unitsNamed(match[1]!).find((u) => u.dimension === 'area' || u.dimension === 'volume') : undefined
}
