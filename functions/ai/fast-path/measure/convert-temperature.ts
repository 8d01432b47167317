import { formatTemperature as t } from './format-number'

type Scale = 'c' | 'f' | 'k'

/**
 * A temperature in another scale with the formula filled in, e.g. 100 °C →
 * `°F = °C × 9/5 + 32 = 100 × 9/5 + 32 = 212`.
 */
export function convertTemperature(value: number, from: Scale, to: Scale): { result: number; formula: string } {
  const celsius = from === 'c' ? value : from === 'f' ? ((value - 32) * 5) / 9 : value - 273.15
  const result = to === 'c' ? celsius : to === 'f' ? (celsius * 9) / 5 + 32 : celsius + 273.15
  const v = t(value)
  const formulas: Record<`${Scale}${Scale}`, string> = {
    cc: `${v} °C`,
    ff: `${v} °F`,
    kk: `${v} K`,
    cf: `°F = °C × 9/5 + 32 = ${v} × 9/5 + 32 = ${t(result)}`,
    fc: `°C = (°F − 32) × 5/9 = (${v} − 32) × 5/9 = ${t(result)}`,
    ck: `K = °C + 273.15 = ${v} + 273.15 = ${t(result)}`,
    kc: `°C = K − 273.15 = ${v} − 273.15 = ${t(result)}`,
    fk: `K = (°F − 32) × 5/9 + 273.15 = (${v} − 32) × 5/9 + 273.15 = ${t(result)}`,
    kf: `°F = (K − 273.15) × 9/5 + 32 = (${v} − 273.15) × 9/5 + 32 = ${t(result)}`,
  }
  return { result, formula: formulas[`${from}${to}`] }
}
