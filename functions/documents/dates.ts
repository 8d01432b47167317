/**
 * Calendar dates for money documents (issue, due, paid on, valid until) travel as
 * `YYYY-MM-DD` strings, the form Postgres `date` columns read and write. "Today" is the UTC
 * calendar day, the same on every host.
 */

/** Today as `YYYY-MM-DD` (UTC). */
export const todayIso = (now: Date = new Date()) => now.toISOString().slice(0, 10)

/** `date` plus `days` calendar days, as `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`)
  value.setUTCDate(value.getUTCDate() + days)
  return value.toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/** `Mar 4, 2026` from `2026-03-04`, for printed documents. */
export const printedDate = (date: string | null | undefined) =>
  date ? new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }) : '-'
