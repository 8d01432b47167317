/**
 * Calendar days in the person's time zone: "today" for a tech in Denver at 6 pm is not the UTC
 * day. Days travel as `YYYY-MM-DD` strings; instants as Dates.
 */

const partsFormat = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })

function wallClock(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(partsFormat(timeZone).formatToParts(instant).map((p) => [p.type, p.value]))
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) }
}

/** `YYYY-MM-DD` of `instant` in `timeZone`. */
export function localDay(instant: Date, timeZone: string): string {
  const { year, month, day } = wallClock(instant, timeZone)
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Milliseconds `timeZone` is ahead of UTC at `instant`. */
function offset(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone)
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant.getTime() / 1000) * 1000
}

/** The instant `day` begins in `timeZone` (its local midnight), daylight saving included. */
export function startOfDay(day: string, timeZone: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`)
  const guess = utcMidnight - offset(new Date(utcMidnight), timeZone)
  // The offset at the guess is the right one unless a clock change falls in between.
  return new Date(utcMidnight - offset(new Date(guess), timeZone))
}

/** 0 = Sunday … 6 = Saturday, for a `YYYY-MM-DD` day. */
export const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay()

/** `Fri, Mar 6` for a `YYYY-MM-DD` day. */
export const dayLabel = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' })

/** `9:30 AM` of an instant in `timeZone`. */
export const timeLabel = (instant: Date, timeZone: string) => instant.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', timeZone })
