import { and, eq, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyMembers, jobs, timeEntries } from '../../db/schema'
import { ApiError } from '../lib/errors'
import { entrySeconds, hoursFromSeconds, overlapsWindow } from './hours'
import { TimeSummary } from './schemas'

type Options = {
  tx: Tx
  companyId: string
  from: Date
  to: Date
  /** One person only. A tech's summary holds only their own time whatever is asked (RLS). */
  userId?: string
}

const MAX_DAYS = 400

/**
 * Hours per job and per person in [from, to): each entry counts only for its part inside
 * the window, and one still running counts up to now (its bucket is flagged `open`).
 */
export async function summarizeTime({ tx, companyId, from, to, userId }: Options): Promise<TimeSummary> {
  if (to <= from) throw new ApiError('validation_failed', 'The end of the range must be after its start.', { details: [{ path: 'to', message: 'Must be after from.' }] })
  if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) {
    throw new ApiError('validation_failed', `Ask for at most ${MAX_DAYS} days at a time.`, { details: [{ path: 'to', message: `At most ${MAX_DAYS} days after from.` }] })
  }
  const window = { from, to }
  const conditions: SQL[] = [eq(timeEntries.companyId, companyId), overlapsWindow(window)]
  if (userId) conditions.push(eq(timeEntries.userId, userId))
  const where = and(...conditions)
  const bucket = {
    seconds: sql<number>`sum(${entrySeconds(window)})`.mapWith(Number),
    entries: sql<number>`count(*)::int`.mapWith(Number),
    open: sql<boolean>`bool_or(${timeEntries.clockOut} is null)`,
  }
  const [byJob, byTech] = await Promise.all([
    tx
      .select({ jobId: timeEntries.jobId, jobTitle: jobs.title, ...bucket })
      .from(timeEntries)
      .leftJoin(jobs, eq(jobs.id, timeEntries.jobId))
      .where(where)
      .groupBy(timeEntries.jobId, jobs.title),
    tx
      .select({ userId: timeEntries.userId, email: companyMembers.email, ...bucket })
      .from(timeEntries)
      .leftJoin(companyMembers, eq(companyMembers.userId, timeEntries.userId))
      .where(where)
      .groupBy(timeEntries.userId, companyMembers.email),
  ])
  const shape = <T extends { seconds: number; entries: number; open: boolean }>({ seconds, ...rest }: T) => ({ ...rest, hours: hoursFromSeconds(seconds) })
  const byHours = (a: { hours: number }, b: { hours: number }) => b.hours - a.hours
  const totalSeconds = byTech.reduce((sum, t) => sum + t.seconds, 0)
  return TimeSummary.parse({
    from: from.toISOString(),
    to: to.toISOString(),
    totalHours: hoursFromSeconds(totalSeconds),
    openEntries: byTech.filter((t) => t.open).length,
    byJob: byJob.map(shape).sort(byHours),
    byTech: byTech.map(shape).sort(byHours),
  })
}
