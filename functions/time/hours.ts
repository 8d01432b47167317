import { sql, type SQL } from 'drizzle-orm'
import { timeEntries } from '../../db/schema'

/** A window of time, `from` included, `to` excluded. */
export type TimeWindow = { from: Date; to: Date }

const instant = (date: Date) => sql`${date.toISOString()}::timestamptz`

/**
 * Seconds a time entry has run: to its clock-out, or up to now (the transaction's start)
 * while it is still open. With a window, only the part inside it counts, so an overnight
 * shift splits correctly between two days.
 */
export function entrySeconds(window?: TimeWindow): SQL<number> {
  const end = sql`coalesce(${timeEntries.clockOut}, now())`
  if (!window) return sql<number>`greatest(0, extract(epoch from (${end} - ${timeEntries.clockIn})))::float8`.mapWith(Number)
  return sql<number>`greatest(0, extract(epoch from (least(${end}, ${instant(window.to)}) - greatest(${timeEntries.clockIn}, ${instant(window.from)}))))::float8`.mapWith(Number)
}

/** Entries that ran for at least part of the window (open ones up to now). */
export const overlapsWindow = (window: TimeWindow): SQL =>
  sql`(${timeEntries.clockIn} < ${instant(window.to)} and coalesce(${timeEntries.clockOut}, now()) > ${instant(window.from)})`

/** Hours with two decimals from seconds (summed first, rounded once). */
export const hoursFromSeconds = (seconds: number) => Math.round(seconds / 36) / 100
