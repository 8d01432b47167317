import { and, asc, eq, isNotNull, lt, ne, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers, jobs } from '../../db/schema'
import { ApiError } from '../lib/errors'
import { describeJobs, jobWithCustomer } from './describe-jobs'
import { assignedTo } from './job-filters'

type Options = {
  tx: Tx
  companyId: string
  from: Date
  to: Date
  /** Only this person's jobs. */
  techId?: string
  includeCancelled?: boolean
}

const MAX_DAYS = 62
const MAX_JOBS = 2000

/**
 * Scheduled jobs that overlap [from, to) — a job without an end counts at its start — in
 * start order, with their crews. A tech sees only their own (RLS).
 */
export async function listCalendarJobs({ tx, companyId, from, to, techId, includeCancelled }: Options) {
  if (to <= from) throw new ApiError('validation_failed', 'The end of the range must be after its start.', { details: [{ path: 'to', message: 'Must be after from.' }] })
  if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) {
    throw new ApiError('validation_failed', `Ask for at most ${MAX_DAYS} days at a time.`, { details: [{ path: 'to', message: `At most ${MAX_DAYS} days after from.` }] })
  }
  const conditions: SQL[] = [
    eq(jobs.companyId, companyId),
    isNotNull(jobs.scheduledStart),
    lt(jobs.scheduledStart, to),
    sql`coalesce(${jobs.scheduledEnd}, ${jobs.scheduledStart}) >= ${from.toISOString()}::timestamptz`,
  ]
  if (!includeCancelled) conditions.push(ne(jobs.status, 'cancelled'))
  if (techId) conditions.push(assignedTo(techId))
  const rows = await tx
    .select(jobWithCustomer)
    .from(jobs)
    .innerJoin(customers, eq(customers.id, jobs.customerId))
    .where(and(...conditions))
    .orderBy(asc(jobs.scheduledStart), asc(jobs.id))
    .limit(MAX_JOBS)
  return { from: from.toISOString(), to: to.toISOString(), data: await describeJobs(tx, rows) }
}
