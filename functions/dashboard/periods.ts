/**
 * The calendar periods the dashboard reports on, all in UTC: a company's figures must not
 * shift with the viewer's or the server's time zone. Weeks start on Monday (ISO 8601).
 * Every period runs up to and including the `asOf` day.
 */
export type DashboardPeriods = {
  asOf: string
  /** Monday of the `asOf` week. */
  weekStart: string
  monthStart: string
  quarterStart: string
  yearStart: string
  /** First day of the month eleven months before `asOf`'s: the 12-month series and top customers. */
  last12MonthsStart: string
  /** The 90 days ending on `asOf` (inclusive) for the bid win rate. */
  winRateSince: string
  /** Midnight UTC after `asOf`, where "this week so far" ends for hours. */
  endExclusive: string
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The UTC day of `now` as `YYYY-MM-DD`. */
export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10)

export function dashboardPeriods(asOf: string): DashboardPeriods {
  const date = new Date(`${asOf}T00:00:00Z`)
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth()
  const dayOfMonth = date.getUTCDate()
  const sinceMonday = (date.getUTCDay() + 6) % 7
  return {
    asOf,
    weekStart: day(Date.UTC(year, month, dayOfMonth - sinceMonday)),
    monthStart: day(Date.UTC(year, month, 1)),
    quarterStart: day(Date.UTC(year, month - (month % 3), 1)),
    yearStart: day(Date.UTC(year, 0, 1)),
    last12MonthsStart: day(Date.UTC(year, month - 11, 1)),
    winRateSince: day(Date.UTC(year, month, dayOfMonth - 89)),
    endExclusive: day(Date.UTC(year, month, dayOfMonth + 1)),
  }
}
