import { getCurrentEntry } from '../../../time/get-current-entry'
import { summarizeTime } from '../../../time/summarize-time'
import type { FastAnswer, Source, SuggestedAction } from '../../types'
import { fastAnswer } from '../fast-answer'
import type { FastContext } from '../fast-context'
import { findMember } from './find-member'
import { bullets } from './format-list'
import { maySee } from './may-see'
import { parseDayRange, thisWeek, type DayRange } from './parse-day-range'
import { recordUrl } from './record-links'
import { redirectAnswer } from './redirect'
import { isLookup } from './request-shape'
import { localDay, startOfDay, timeLabel } from './zoned-time'

const OWN =
  /\b(?:my (?:hours|time ?sheet|time ?card|time (?:this|last) week|time today)|hours (?:have |did )?i (?:worked|work|logged|clocked|put in)|(?:have|did) i (?:work|worked|clock|clocked|log|logged|put in)|i(?:'ve| have)? (?:worked|clocked|logged|put in)|how long (?:have|did) i work(?:ed)?)\b/
const CLOCKED_IN = /\bam i (?:still )?(?:clocked|punched) (?:in|on)\b|\bam i on the clock\b/
const TEAM =
  /\b(?:team|crew|everyone|everybody|employees?|techs?|staff|guys|people)(?:'s|s'|’s)? (?:hours|time)\b|\bhours (?:for|of|by|per) (?:the |my |each |every )?(?:team|crew|everyone|everybody|techs?|employees?|staff|person)\b|\bhow many hours (?:has|have|did) (?:the |my )?(?:team|crew|everyone|everybody|techs|guys|staff)\b|\bwho (?:worked|clocked|logged) (?:the )?most\b/
const NAMED = /\bhow many hours (?:has|have|did) ([a-z][a-z.'-]+) (?:work|worked|clock|clocked|log|logged|put in)\b|\b([a-z][a-z.-]+)(?:'s|’s) hours\b/

const hours = (value: number) => `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })} h`
const myHoursChip: SuggestedAction = { kind: 'ask', label: 'My hours this week', message: 'How many hours have I worked this week?' }
const timeClock: SuggestedAction = { kind: 'navigate', label: 'Open Time clock', href: '/crm/time/' }

type Who = { kind: 'own' } | { kind: 'team' } | { kind: 'member'; userId: string; email: string }

async function whoIsAsked(ctx: FastContext): Promise<Who | null> {
  if (OWN.test(ctx.text)) return { kind: 'own' }
  if (TEAM.test(ctx.text)) return { kind: 'team' }
  const named = NAMED.exec(ctx.text)
  const member = named && (await findMember(ctx, (named[1] ?? named[2])!))
  if (!member) return null
  return member.userId === ctx.identity.userId ? { kind: 'own' } : { kind: 'member', ...member }
}

async function clockStatus(ctx: FastContext): Promise<FastAnswer> {
  const entry = await getCurrentEntry({ tx: ctx.tx, companyId: ctx.companyId!, actorUserId: ctx.identity.userId })
  const response = entry
    ? `Yes: on the clock since ${timeLabel(new Date(entry.clockIn), ctx.timeZone)}${entry.jobTitle ? ` on ${entry.jobTitle}` : ''} (${hours(entry.hours)} so far).`
    : 'No, you’re clocked out.'
  const sources: Source[] = entry?.jobId ? [{ kind: 'record', title: entry.jobTitle ?? 'Job', url: recordUrl.job(entry.jobId) }] : []
  return fastAnswer('clock_status', response, { sources, actions: [timeClock] })
}

async function summary(ctx: FastContext, range: DayRange, userId: string | undefined) {
  return summarizeTime({ tx: ctx.tx, companyId: ctx.companyId!, from: startOfDay(range.from, ctx.timeZone), to: startOfDay(range.to, ctx.timeZone), userId })
}

/**
 * Clocked hours: the person's own (any role), or the team's and a named member's for those
 * who may see employee performance (Layer 6). The window defaults to this week, Monday on,
 * in the person's time zone; a running entry counts up to now.
 */
export async function answerHours(ctx: FastContext): Promise<FastAnswer | null> {
  if (!ctx.role || !isLookup(ctx.text)) return null
  if (CLOCKED_IN.test(ctx.text) && maySee.ownHours(ctx)) return clockStatus(ctx)
  const who = await whoIsAsked(ctx)
  if (!who) return null
  const today = localDay(ctx.now, ctx.timeZone)
  const range = parseDayRange(ctx.text, today) ?? thisWeek(today)
  if (who.kind === 'own') {
    if (!maySee.ownHours(ctx)) return null
    const time = await summary(ctx, range, ctx.identity.userId)
    const lines = time.byJob.map((job) => `${job.jobTitle ?? 'No job'}: ${hours(job.hours)}${job.open ? ' (running)' : ''}`)
    const head = `You’ve clocked ${hours(time.totalHours)} ${range.label}.${time.openEntries > 0 ? ' You’re on the clock now.' : ''}`
    return fastAnswer('my_hours', lines.length ? `${head}\n${bullets(lines, lines.length)}` : head, {
      sources: time.byJob.filter((job) => job.jobId).map((job) => ({ kind: 'record', title: job.jobTitle ?? 'Job', url: recordUrl.job(job.jobId!), snippet: hours(job.hours) })),
      actions: [timeClock],
    })
  }
  if (!maySee.teamHours(ctx)) {
    const lead = ctx.role === 'tech' ? 'Your office keeps track of the team’s hours.' : 'Other people’s hours go through your company’s owner.'
    return redirectAnswer(ctx, 'hours_redirect', lead, myHoursChip)
  }
  const time = await summary(ctx, range, who.kind === 'member' ? who.userId : undefined)
  const people = time.byTech.map((person) => `${person.email ?? 'Former member'}: ${hours(person.hours)}${person.open ? ' (on the clock)' : ''}`)
  const subject = who.kind === 'member' ? who.email : 'The team'
  const head = `${subject} clocked ${hours(time.totalHours)} ${range.label}.`
  return fastAnswer(who.kind === 'member' ? 'member_hours' : 'team_hours', who.kind === 'team' && people.length ? `${head}\n${bullets(people, people.length)}` : head, {
    actions: [timeClock],
  })
}
