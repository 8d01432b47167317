/**
 * Money is integer cents everywhere; quantities are decimals with up to 3 places, kept as
 * strings (Postgres numeric) and multiplied exactly with BigInt so totals never drift.
 */

export type PricedLine = { quantity: string; unitPriceCents: number }

export type DocumentTotals = {
  subtotalCents: number
  discountCents: number
  taxRateBps: number
  taxCents: number
  totalCents: number
}

const QUANTITY = /^\d{1,9}(\.\d{1,3})?$/

/** Thousandths of a unit, exactly (`"2.5"` → 2500n). Throws on anything but a plain non-negative decimal. */
export function quantityInThousandths(quantity: string): bigint {
  if (!QUANTITY.test(quantity)) throw new RangeError(`Not a quantity: ${quantity}`)
  const [whole, fraction = ''] = quantity.split('.')
  return BigInt(whole!) * 1000n + BigInt(fraction.padEnd(3, '0'))
}

/** `a / b` rounded half up, for non-negative integers. */
const divideRounded = (a: bigint, b: bigint) => (a + b / 2n) / b

/** A line's total: quantity × unit price, rounded half up to the cent. */
export function lineTotalCents({ quantity, unitPriceCents }: PricedLine): number {
  return Number(divideRounded(quantityInThousandths(quantity) * BigInt(unitPriceCents), 1000n))
}

/**
 * Subtotal of the lines, less the discount, plus tax on the discounted amount (basis points,
 * rounded half up). The caller validates that the discount does not exceed the subtotal.
 */
export function documentTotals(lines: PricedLine[], discountCents: number, taxRateBps: number): DocumentTotals {
  const subtotalCents = lines.reduce((sum, line) => sum + lineTotalCents(line), 0)
  const taxable = Math.max(0, subtotalCents - discountCents)
  const taxCents = Number(divideRounded(BigInt(taxable) * BigInt(taxRateBps), 10_000n))
  return { subtotalCents, discountCents, taxRateBps, taxCents, totalCents: taxable + taxCents }
}

/** `$1,234.50` from 123450. */
export const formatCents = (cents: number) =>
  `${cents < 0 ? '-' : ''}$${(Math.abs(cents) / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

/** Postgres numeric text without trailing zeros (`"2.500"` → `"2.5"`). */
export const tidyQuantity = (quantity: string) => (quantity.includes('.') ? quantity.replace(/\.?0+$/, '') : quantity)
