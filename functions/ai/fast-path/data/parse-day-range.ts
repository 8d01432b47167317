import { addDays } from '../../../documents/dates'
import { dayLabel, weekday } from './zoned-time'

/** Days `from` (included) to `to` (excluded), in the person's time zone, and how to say them. */
export type DayRange = { from: string; to: string; label: string }

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`
const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)?`

/** One day; a relative name (`tomorrow`) gets its date in brackets. */
const single = (day: string, label: string): DayRange => ({ from: day, to: addDays(day, 1), label: `${label} (${dayLabel(day)})` })
const mondayOf = (day: string) => addDays(day, -((weekday(day) + 6) % 7))
const week = (monday: string, label: string): DayRange => ({ from: monday, to: addDays(monday, 7), label: `${label} (${dayLabel(monday)} – ${dayLabel(addDays(monday, 6))})` })

/** Monday to Sunday of the week holding `today`. */
export const thisWeek = (today: string) => week(mondayOf(today), 'this week')

function calendarDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return date.toISOString().slice(0, 10)
}

/** `on march 5`, `5 march`, `3/5`, `2026-03-05`: a date the person named. */
function namedDate(text: string, today: string): string | null {
  const year = Number(today.slice(0, 4))
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text)
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const monthFirst = new RegExp(String.raw`\b${MONTH}\.? ${ORDINAL}\b(?:,? (\d{4}))?`).exec(text)
  if (monthFirst) return calendarDay(Number(monthFirst[3] ?? year), MONTHS.indexOf(monthFirst[1]!.slice(0, 3)) + 1, Number(monthFirst[2]))
  const dayFirst = new RegExp(String.raw`\b${ORDINAL} (?:of )?${MONTH}\b(?:,? (\d{4}))?`).exec(text)
  if (dayFirst) return calendarDay(Number(dayFirst[3] ?? year), MONTHS.indexOf(dayFirst[2]!.slice(0, 3)) + 1, Number(dayFirst[1]))
  // m/d only after "on" or "for", so 3/8 (an inch fraction) is never read as a date.
  const slashed = /\b(?:on|for) (\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?\b/.exec(text)
  if (slashed) {
    const y = slashed[3] ? Number(slashed[3].length === 2 ? `20${slashed[3]}` : slashed[3]) : year
    return calendarDay(y, Number(slashed[1]), Number(slashed[2]))
  }
  return null
}

/**
 * The days a question is about: today, tomorrow, yesterday, the day after tomorrow, this,
 * next or last week or month, the weekend, a weekday (the next one, today included), or a
 * date. Weeks start on Monday, as in the CRM's calendar. Null when the message names no day.
 */
export function parseDayRange(text: string, today: string): DayRange | null {
  if (/\bday after tomorrow\b/.test(text)) return single(addDays(today, 2), 'the day after tomorrow')
  if (/\b(?:tomorrow|tmrw|tmr)(?:'s)?\b/.test(text)) return single(addDays(today, 1), 'tomorrow')
  if (/\byesterday(?:'s)?\b/.test(text)) return single(addDays(today, -1), 'yesterday')
  if (/\b(?:today|tonight|this (?:morning|afternoon|evening))(?:'s)?\b/.test(text)) return single(today, 'today')
  if (/\bnext week(?:'s)?\b/.test(text)) return week(addDays(mondayOf(today), 7), 'next week')
  if (/\blast week(?:'s)?\b/.test(text)) return week(addDays(mondayOf(today), -7), 'last week')
  if (/\b(?:this|the) week(?:'s)?\b|\bweek'?s (?:jobs|schedule)\b/.test(text)) return thisWeek(today)
  const month = /\b(this|next|last) month(?:'s)?\b/.exec(text)
  if (month) {
    const [year, monthIndex] = [Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 + { this: 0, next: 1, last: -1 }[month[1] as 'this' | 'next' | 'last']]
    const first = new Date(Date.UTC(year, monthIndex, 1)).toISOString().slice(0, 10)
    const after = new Date(Date.UTC(year, monthIndex + 1, 1)).toISOString().slice(0, 10)
    return { from: first, to: after, label: `${month[1]} month (${dayLabel(first)} – ${dayLabel(addDays(after, -1))})` }
  }
  if (/\b(?:this )?weekend\b/.test(text)) {
    const todayWeekday = weekday(today)
    // On a Saturday or Sunday, "this weekend" is what is left of it.
    const start = todayWeekday === 0 || todayWeekday === 6 ? today : addDays(today, 6 - todayWeekday)
    const end = todayWeekday === 0 ? addDays(today, 1) : addDays(start, 2)
    return { from: start, to: end, label: `this weekend (${dayLabel(start)} – ${dayLabel(addDays(end, -1))})` }
  }
  const named = new RegExp(String.raw`\b(next |this |on )?(${WEEKDAYS.join('|')})(?:'s)?\b`).exec(text)
  if (named) {
    const target = WEEKDAYS.indexOf(named[2]!)
    const ahead = (target - weekday(today) + 7) % 7
    const day = addDays(today, named[1] === 'next ' && ahead === 0 ? 7 : ahead)
    return single(day, `on ${named[2]!.charAt(0).toUpperCase()}${named[2]!.slice(1)}`)
  }
  const date = namedDate(text, today)
  return date ? { from: date, to: addDays(date, 1), label: `on ${dayLabel(date)}` } : null
}
