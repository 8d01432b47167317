/**
 * Raw `sql` results carry Postgres `numeric` and `bigint` as strings (postgres.js keeps them
 * exact); these turn them into JavaScript numbers only when that is exact.
 */

/** A whole number (cents, counts) from a raw SQL value; null and undefined count as 0. */
export function integerFrom(value: unknown): number {
  if (value === null || value === undefined) return 0
  const n = typeof value === 'number' ? value : Number(value)
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a safe integer from SQL: ${String(value)}`)
  return n
}

/** A decimal (hours already rounded in SQL) from a raw SQL value; null and undefined count as 0. */
export function decimalFrom(value: unknown): number {
  if (value === null || value === undefined) return 0
  const n = typeof value === 'number' ? value : Number(value)
  if (!Number.isFinite(n)) throw new RangeError(`Not a number from SQL: ${String(value)}`)
  return n
}

/** A nullable whole number from a raw SQL value (an unset hourly rate stays null). */
export const nullableIntegerFrom = (value: unknown): number | null => (value === null || value === undefined ? null : integerFrom(value))

/** Margin as a percentage of revenue with two decimals, or null when there is no revenue. */
export const marginPercentOf = (marginCents: number, revenueCents: number): number | null =>
  revenueCents === 0 ? null : Math.round((marginCents * 10_000) / revenueCents) / 100

/**
 * A text[] parameter for raw `sql` templates (drizzle expands a JS array into a list of
 * parameters): `= any (${textArray(trades)}::text[])`.
 */
export const textArray = (values: readonly string[]): string => `{${values.map((value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`

/** A pgvector parameter for raw `sql` templates: `${vectorLiteral(embedding)}::vector`. */
export const vectorLiteral = (values: readonly number[]): string => `[${values.join(',')}]`
