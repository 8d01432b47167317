import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { jobs, timeEntries } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ApiError, constraintOf } from '../lib/errors'
import type { ClockInInput, TimeEntry } from './schemas'
import { findTimeEntry } from './time-entry-rows'

type Options = {
  tx: Tx
  companyId: string
  /** The person clocking in: always the caller. */
  actorUserId: string
  input: ClockInInput
  requestId?: string
}

const alreadyIn = (entry: TimeEntry) =>
  new ApiError(
    'conflict',
    `You are already clocked in since ${entry.clockIn}${entry.jobTitle ? ` on “${entry.jobTitle}”` : ''}. Clock out first.`,
  )

/**
 * Starts the caller's clock, optionally on a job they can work on (a tech: one assigned to
 * them). One open entry per person; the database's partial unique index backs the check
 * when two clock-ins race. The time is the database's, the same clock that counts open hours.
 */
export async function clockIn({ tx, companyId, actorUserId, input, requestId }: Options): Promise<TimeEntry> {
  const open = await findTimeEntry(tx, and(eq(timeEntries.userId, actorUserId), isNull(timeEntries.clockOut))!)
  if (open) throw alreadyIn(open)
  if (input.jobId) {
    const [job] = await tx
      .select({ status: jobs.status, title: jobs.title })
      .from(jobs)
      .where(and(eq(jobs.id, input.jobId), eq(jobs.companyId, companyId)))
    if (!job) {
      throw new ApiError('validation_failed', 'That job is not one you can clock into.', {
        details: [{ path: 'jobId', message: 'No job with this id among the jobs you work on.' }],
      })
    }
    if (job.status === 'completed' || job.status === 'cancelled') {
      throw new ApiError('conflict', `“${job.title}” is ${job.status}; time can no longer be clocked to it. Ask the office to fix the entry if needed.`)
    }
  }
  let id: string
  try {
    const [row] = await tx
      .insert(timeEntries)
      .values({ companyId, userId: actorUserId, jobId: input.jobId ?? null, clockIn: sql`now()`, notes: input.notes ?? null })
      .returning({ id: timeEntries.id })
    if (!row) throw new Error('insert returned no row')
    id = row.id
  } catch (error) {
    if (constraintOf(error) === 'time_entries_one_open_key') throw new ApiError('conflict', 'You are already clocked in. Clock out first.')
    throw error
  }
  await recordAudit({ tx, companyId, actorUserId, action: 'time.clock_in', entityType: 'time_entry', entityId: id, changes: { jobId: input.jobId ?? null }, requestId })
  const entry = await findTimeEntry(tx, eq(timeEntries.id, id))
  if (!entry) throw new Error('new time entry not readable')
  return entry
}
