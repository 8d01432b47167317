import { addDays } from '../../../documents/dates'

/**
 * Calendar days named in a sentence ("next Tuesday", "tomorrow", "March 10", "3/10",
 * "2026-03-10"), as `YYYY-MM-DD` UTC days like every other date in the product.
 */

export type DayMention = { date: string; index: number; end: number }

/** A day without a year, or a bare weekday, is the next one (scheduling) or the last one (spending). */
export type DayDirection = 'future' | 'past'

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

const RELATIVE = /\b(?:on\s+)?(today|tonight|tomorrow|yesterday)\b/i
const WEEKDAY = /\b(?:(?:on|this|next|last)\s+)*(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i
const ISO = /\b(?:on\s+)?(\d{4})-(\d{2})-(\d{2})\b/
const MONTH_DAY = /\b(?:on\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b/i
// `3/10` alone reads like a size (3/4 conduit), so a slashed day needs its year or an "on".
const SLASHED = /\b(?:on\s+(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?|(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2}))\b/i

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/** The date if it exists on the calendar (no February 30th). */
function realDate(year: number, month: number, day: number): string | null {
  const value = new Date(Date.UTC(year, month - 1, day))
  return value.getUTCFullYear() === year && value.getUTCMonth() === month - 1 && value.getUTCDate() === day ? iso(year, month, day) : null
}

/** A month and day without a year: this year's, moved a year in the direction asked when needed. */
function yearless(month: number, day: number, today: string, direction: DayDirection): string | null {
  const year = Number(today.slice(0, 4))
  const date = realDate(year, month, day)
  if (!date) return null
  if (direction === 'future' && date < today) return realDate(year + 1, month, day)
  if (direction === 'past' && date > today) return realDate(year - 1, month, day)
  return date
}

function weekday(name: string, today: string, direction: DayDirection): string {
  const target = WEEKDAYS.indexOf(name.toLowerCase())
  const current = new Date(`${today}T00:00:00Z`).getUTCDay()
  // The next such day after today (a week ahead when it is today), or the last one before today.
  const ahead = (target - current + 7) % 7 || 7
  return addDays(today, direction === 'future' ? ahead : ahead - 7)
}

function read(match: RegExpExecArray, pattern: RegExp, today: string, direction: DayDirection): string | null {
  if (pattern === RELATIVE) {
    const word = match[1]!.toLowerCase()
    return addDays(today, word === 'tomorrow' ? 1 : word === 'yesterday' ? -1 : 0)
  }
  if (pattern === WEEKDAY) {
    const said = /\blast\b/i.test(match[0]) ? 'past' : /\bnext\b/i.test(match[0]) ? 'future' : direction
    return weekday(match[1]!, today, said)
  }
  if (pattern === ISO) return realDate(Number(match[1]), Number(match[2]), Number(match[3]))
  if (pattern === MONTH_DAY) {
    const month = MONTHS.indexOf(match[1]!.toLowerCase().slice(0, 3)) + 1
    return match[3] ? realDate(Number(match[3]), month, Number(match[2])) : yearless(month, Number(match[2]), today, direction)
  }
  const [month, day, yearText] = match[1] ? [match[1], match[2]!, match[3]] : [match[4]!, match[5]!, match[6]]
  const year = yearText ? Number(yearText.length === 2 ? `20${yearText}` : yearText) : null
  return year ? realDate(year, Number(month), Number(day)) : yearless(Number(month), Number(day), today, direction)
}

/**
 * The first day named in `text`, relative to `today` (`YYYY-MM-DD`), or null.
 *
 * @example findDay('replace water heater next Tuesday', '2026-03-04', 'future') // { date: '2026-03-10', ... }
 */
export function findDay(text: string, today: string, direction: DayDirection): DayMention | null {
  let first: DayMention | null = null
  for (const pattern of [ISO, MONTH_DAY, SLASHED, RELATIVE, WEEKDAY]) {
    const match = pattern.exec(text)
    if (!match || (first && first.index <= match.index)) continue
    const date = read(match, pattern, today, direction)
    if (date) first = { date, index: match.index, end: match.index + match[0].length }
  }
  return first
}

/** `Tue, Mar 10, 2026` from `2026-03-10`, for summaries. */
export const spokenDay = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
