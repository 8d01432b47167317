/**
 * Calendar arithmetic for the demo data, on the company's wall clock (Connecticut, Eastern
 * time). Days are counted from "today" so the seeded history always ends now and the
 * dashboard's month, quarter and year are never empty.
 */
const ZONE = 'America/New_York'
const DAY_MS = 86_400_000

const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

/** Wall-clock fields of an instant in Eastern time. */
function wallClock(ms: number) {
  const fields = parts.formatToParts(ms)
  const value = (type: string) => Number(fields.find((p) => p.type === type)!.value)
  return { year: value('year'), month: value('month'), day: value('day'), hour: value('hour'), minute: value('minute'), second: value('second') }
}

/** Minutes Eastern time is ahead of UTC at an instant (−240 in summer, −300 in winter). */
function offsetMinutes(ms: number): number {
  const w = wallClock(ms)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000)
}

/** `YYYY-MM-DD` plus whole days. */
export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`)
  value.setUTCDate(value.getUTCDate() + days)
  return value.toISOString().slice(0, 10)
}

/** New Year's Day, Memorial Day, Independence Day, Labor Day, Thanksgiving and Christmas. */
function isHoliday(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
  const md = date.slice(5)
  if (md === '01-01' || md === '07-04' || md === '12-25') return true
  if (month === 5 && weekday === 1 && day + 7 > 31) return true // last Monday of May
  if (month === 9 && weekday === 1 && day <= 7) return true // first Monday of September
  if (month === 11 && weekday === 4 && day >= 22 && day <= 28) return true // fourth Thursday of November
  return false
}

const isoDay = (utcMidnightMs: number) => new Date(utcMidnightMs).toISOString().slice(0, 10)

export class SeedClock {
  readonly now: Date
  /** Today in Eastern time, `YYYY-MM-DD`. */
  readonly today: string
  private readonly todayMs: number
  private readonly offsets = new Map<number, number>()

  constructor(now: Date) {
    this.now = now
    const w = wallClock(now.getTime())
    this.todayMs = Date.UTC(w.year, w.month - 1, w.day)
    this.today = isoDay(this.todayMs)
  }

  /** The date `offset` days from today (negative = past), `YYYY-MM-DD`. */
  date(offset: number): string {
    return isoDay(this.todayMs + offset * DAY_MS)
  }

  /** 0 = Sunday … 6 = Saturday. */
  weekday(offset: number): number {
    return new Date(this.todayMs + offset * DAY_MS).getUTCDay()
  }

  /** 1–12. */
  month(offset: number): number {
    return new Date(this.todayMs + offset * DAY_MS).getUTCMonth() + 1
  }

  /** Monday to Friday, except the holidays the shop closes for. */
  isBusinessDay(offset: number): boolean {
    const day = this.weekday(offset)
    return day !== 0 && day !== 6 && !isHoliday(this.date(offset))
  }

  /** The nearest business day: from a Saturday backwards, otherwise forwards. */
  businessDay(offset: number): number {
    const step = this.weekday(offset) === 6 ? -1 : 1
    let day = offset
    while (!this.isBusinessDay(day)) day += step
    return day
  }

  /** This day or the closest business day before it. */
  businessDayOnOrBefore(offset: number): number {
    let day = offset
    while (!this.isBusinessDay(day)) day--
    return day
  }

  /** This day or the closest business day after it. */
  businessDayOnOrAfter(offset: number): number {
    let day = offset
    while (!this.isBusinessDay(day)) day++
    return day
  }

  /** The business day `steps` business days after (or, negative, before) `offset`. */
  addBusinessDays(offset: number, steps: number): number {
    let day = offset
    const direction = Math.sign(steps)
    for (let left = Math.abs(steps); left > 0; ) {
      day += direction
      if (this.isBusinessDay(day)) left--
    }
    return day
  }

  /** The instant of a wall-clock time (`hours` may be fractional: 7.5 = 07:30) on a day. */
  at(offset: number, hours: number): Date {
    const minutes = Math.round(hours * 60)
    const wall = this.todayMs + offset * DAY_MS + minutes * 60_000
    let zone = this.offsets.get(offset)
    if (zone === undefined) {
      // The offset at noon that day; DST switches happen at 2 a.m., outside working hours.
      zone = offsetMinutes(this.todayMs + offset * DAY_MS + 12 * 3_600_000 + 5 * 3_600_000)
      this.offsets.set(offset, zone)
    }
    return new Date(wall - zone * 60_000)
  }

  /** The Eastern-time calendar date of an instant, `YYYY-MM-DD`. */
  dateOf(instant: Date): string {
    const w = wallClock(instant.getTime())
    return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`
  }

  /** Whole days from today to a `YYYY-MM-DD` date. */
  daysFromToday(date: string): number {
    return Math.round((Date.parse(`${date}T00:00:00Z`) - this.todayMs) / DAY_MS)
  }

  /** The instant, or now when it would be in the future. */
  notAfterNow(instant: Date): Date {
    return instant.getTime() > this.now.getTime() ? new Date(this.now) : instant
  }
}
