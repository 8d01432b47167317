import { addDays } from '../../../documents/dates'
import { listCalendarJobs } from '../../../jobs/list-calendar-jobs'
import { listJobs } from '../../../jobs/list-jobs'
import type { JobSummary } from '../../../jobs/schemas'
import type { FastAnswer, Source } from '../../types'
import type { jobStatuses } from '../../../../db/schema'
import { fastAnswer } from '../fast-answer'
import type { FastContext } from '../fast-context'
import { bullets, LIST_LIMIT, plural } from './format-list'
import { findMember } from './find-member'
import { maySee } from './may-see'
import { parseDayRange, type DayRange } from './parse-day-range'
import { readCustomerFilter } from './read-customer-filter'
import { jobListUrl, recordUrl } from './record-links'
import { redirectAnswer } from './redirect'
import { asksToSee, isLookup } from './request-shape'
import { dayLabel, localDay, startOfDay, timeLabel } from './zoned-time'

type JobStatus = (typeof jobStatuses)[number]

const JOBS = String.raw`(?:jobs?|schedule|appointments?|work ?orders?|visits?|calendar|agenda)`
const WHERE_AM_I =
  /\b(?:where am i (?:going|working|headed|supposed to be)|what am i (?:doing|working on)|what(?:'s| is) on (?:my|the) (?:plate|schedule|calendar|agenda)|who(?:'s| is) working|what(?:'s| is) my next job)\b/
/** "job 4521": one job by number, which jobs do not have. */
const ONE_JOB = /\bjob (?:#\s?)?\d+\b/
/** "do I have anything tomorrow?": a day asked about without saying "jobs". */
const DAY_QUESTION = /\b(?:do (?:i|we) have|have (?:i|we) got|what do (?:i|we) have|what(?:'s| is) happening|what(?:'s| is) going on|anything (?:on|scheduled|booked))\b/
/** "the jobs Mike has", "what jobs does Carlos have", "Maria's jobs", "what is Mike doing tomorrow". */
const SOMEONES =
  /\bjobs? (?:that )?([a-z]+) (?:has|have|is on|got)\b|\b(?:jobs?|schedule) (?:does|do|has|is) ([a-z]+) (?:have|got|on|doing|working)\b|\b([a-z]+)(?:'s|s') (?:jobs?|schedule)\b|\b(?:what|where) (?:is|'s) ([a-z]+) (?:doing|working|going|headed)\b/
const MINE = /\b(?:my|i|i'm|am i|i've|mine)\b/
const UPCOMING_DAYS = 14

function askedStatuses(text: string): JobStatus[] | undefined {
  if (/\b(?:in progress|active|ongoing|started|underway)\b/.test(text)) return ['in_progress']
  if (/\b(?:completed|complete|done|finished)\b/.test(text)) return ['completed']
  if (/\bcancel(?:l)?ed\b/.test(text)) return ['cancelled']
  return undefined
}

function describe(job: JobSummary, ctx: FastContext, multiDay: boolean, staff: boolean): { line: string; source: Source } {
  const start = job.scheduledStart ? new Date(job.scheduledStart) : null
  const when = start ? `${multiDay ? `${dayLabel(localDay(start, ctx.timeZone))} ` : ''}${timeLabel(start, ctx.timeZone)}` : 'unscheduled'
  const where = [job.customer.name, job.address].filter(Boolean).join(', ')
  const status = job.status === 'scheduled' ? '' : ` · ${job.status.replace('_', ' ')}`
  const crew = staff ? ` · crew: ${job.assignees.map((a) => a.email ?? 'former member').join(', ') || 'nobody yet'}` : ''
  return {
    line: `${when} · ${job.title} — ${where}${status}${crew}`,
    source: { kind: 'record', title: job.title, url: recordUrl.job(job.id), snippet: `${when} · ${where}` },
  }
}

/** Days to list; "upcoming" starts now rather than at midnight, so this morning's jobs are not next. */
type Window = DayRange & { fromNow?: boolean }

async function jobsIn(ctx: FastContext, range: Window, techId: string | undefined, statuses: JobStatus[] | undefined) {
  const { data } = await listCalendarJobs({
    tx: ctx.tx,
    companyId: ctx.companyId!,
    from: range.fromNow ? ctx.now : startOfDay(range.from, ctx.timeZone),
    to: startOfDay(range.to, ctx.timeZone),
    techId,
    includeCancelled: statuses?.includes('cancelled'),
  })
  const kept = statuses ? data.filter((job) => statuses.includes(job.status)) : data
  return { data: kept, total: kept.length }
}

/** `You have 2 jobs today (…)`, `No jobs are scheduled tomorrow (…)`, `mike@… has 1 open job for Dana`. */
function headline(p: { who: string | null; total: number; range: DayRange | null; statuses: JobStatus[] | undefined; customer: { name: string } | undefined }): string {
  const noun = p.statuses ? `${p.statuses[0]!.replace('_', '-')} job` : p.range ? 'job' : 'open job'
  const count = p.total === 0 ? `no ${noun}s` : plural(p.total, noun)
  const span = `${p.range ? ` ${p.range.label}` : ''}${p.customer ? ` for ${p.customer.name}` : ''}`
  const verb = p.total === 1 ? 'is' : 'are'
  if (p.who) return `${p.who} ${p.who === 'You' ? 'have' : 'has'} ${count}${span}`
  if (p.range && !p.statuses) return `${count.charAt(0).toUpperCase()}${count.slice(1)} ${verb} scheduled${span}`
  return `There ${verb} ${count}${span}`
}

/**
 * Jobs on a day or in a week (in the person's time zone), open jobs, or upcoming ones, with
 * crew and address. A tech sees only their own jobs (RLS); for anyone else "my jobs" means
 * jobs they are on the crew of, falling back to the whole company's when they are on none.
 */
export async function answerJobs(ctx: FastContext): Promise<FastAnswer | null> {
  const { text } = ctx
  if (!maySee.jobs(ctx) || ONE_JOB.test(text) || !isLookup(text)) return null
  const today = localDay(ctx.now, ctx.timeZone)
  const upcoming = /\b(?:upcoming|next)\b/.test(text) && !/\bnext week\b/.test(text)
  const range: Window | null =
    parseDayRange(text, today) ?? (upcoming ? { from: today, to: addDays(today, UPCOMING_DAYS), label: `in the next ${UPCOMING_DAYS} days`, fromNow: true } : null)
  const someone = SOMEONES.exec(text)
  if (!asksToSee(text, JOBS) && !WHERE_AM_I.test(text) && !(range && DAY_QUESTION.test(text)) && !(range && someone)) return null
  const found = await readCustomerFilter(ctx, JOBS, today)
  // A team member named instead of a customer ("the jobs Mike has", "Maria's jobs"): one we
  // know narrows the list; a name that is neither is the model's question.
  const named = !found && someone ? (someone.slice(1).find(Boolean) ?? null) : null
  const member = named && !MINE.test(named) ? await findMember(ctx, named) : undefined
  if (member === null || (found === null && !member)) return null
  const customer = found ?? undefined
  const tech = ctx.role === 'tech'
  if (member && tech && member.userId !== ctx.identity.userId) {
    return redirectAnswer(ctx, 'jobs_redirect', 'Your office keeps the team’s schedule.', { kind: 'ask', label: 'My jobs this week', message: 'What are my jobs this week?' })
  }
  const statuses = askedStatuses(text)
  const mine = tech || MINE.test(text)
  const techId = member ? member.userId : mine && !tech ? ctx.identity.userId : undefined

  const load = async (crewOf: string | undefined) => {
    if (range) {
      const found = await jobsIn(ctx, range, crewOf, statuses)
      const kept = customer ? found.data.filter((job) => job.customer.id === customer.id) : found.data
      return { data: kept, total: kept.length }
    }
    const page = await listJobs({
      tx: ctx.tx,
      companyId: ctx.companyId!,
      status: statuses ?? ['scheduled', 'in_progress'],
      techId: crewOf,
      customerId: customer?.id,
      page: 1,
      pageSize: LIST_LIMIT,
    })
    return { data: page.data, total: page.total }
  }
  let result = await load(techId)
  let note = ''
  if (techId && !member && result.total === 0) {
    result = await load(undefined)
    if (result.total > 0) note = 'None are assigned to you; here is the whole company’s schedule.\n'
  }
  const scoped = Boolean(techId && !note) || tech
  const who = member && member.userId !== ctx.identity.userId ? member.email : scoped ? 'You' : null
  const head = headline({ who, total: result.total, range, statuses, customer })
  const described = result.data.map((job) => describe(job, ctx, range ? range.to !== addDays(range.from, 1) : true, !tech))
  const list = bullets(described.map((d) => d.line), result.total)
  const url = jobListUrl({ range: range ?? undefined, customerId: customer?.id, techId: scoped && !tech ? techId : undefined, status: range ? undefined : (statuses ?? ['scheduled', 'in_progress']).join(',') })
  return fastAnswer('jobs', `${note}${head}${result.total === 0 ? '.' : `:\n${list}`}`, {
    sources: described.slice(0, LIST_LIMIT).map((d) => d.source),
    actions: [{ kind: 'navigate', label: 'Open in Jobs', href: url }],
  })
}
