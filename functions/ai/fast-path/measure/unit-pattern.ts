import { units, type Unit } from './units'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

const byName = new Map<string, Unit[]>()
for (const unit of units) {
  for (const name of unit.names) byName.set(name, [...(byName.get(name) ?? []), unit])
}

/** One alternative: word-like names must not run into letters (`in` is not the start of `inch`). */
function alternative(name: string): string {
  const before = /^[a-z]/.test(name) ? '(?<![a-z])' : ''
  const after = /[a-z0-9]$/.test(name) ? '(?![a-z0-9])' : ''
  return `${before}${escape(name)}${after}`
}

/**
 * A regular-expression source matching the names of the units `keep` accepts (all by
 * default), longest first so `sq ft` wins over `ft` and `fl oz` over `oz`.
 */
export function unitPattern(keep: (unit: Unit) => boolean = () => true): string {
  const names = [...byName.entries()].filter(([, named]) => named.some(keep)).map(([name]) => name)
  return `(?:${names
    .sort((a, b) => b.length - a.length)
    .map(alternative)
    .join('|')})`
}

/** Any unit name; use it inside a capture group. */
export const UNIT = unitPattern()

/** A number as people type it: `25`, `12,000`, `0.375`, `.5`, `3/8`, `1 1/2`, `3-1/2`, `-40`. */
export const NUMBER = String.raw`(?:-\s?)?(?:\d+(?:\s+|-)\d+\/\d+|\d+\/\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`

/** The units a matched name may mean, in order of preference. */
export const unitsNamed = (name: string): Unit[] => byName.get(name.trim()) ?? []

/** The value of a string matched by `NUMBER`. */
export function parseNumber(text: string): number {
  const compact = text.replace(/,/g, '').replace(/^-\s+/, '-')
  const sign = compact.startsWith('-') ? -1 : 1
  const body = compact.replace(/^-/, '')
  const mixed = /^(\d+)(?:\s+|-)(\d+)\/(\d+)$/.exec(body)
  if (mixed) return sign * (Number(mixed[1]) + Number(mixed[2]) / Number(mixed[3]))
  const fraction = /^(\d+)\/(\d+)$/.exec(body)
  if (fraction) return sign * (Number(fraction[1]) / Number(fraction[2]))
  return sign * Number(body)
}
