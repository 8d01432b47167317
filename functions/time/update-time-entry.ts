import { and, eq, ne, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { jobs, timeEntries } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ApiError, notFound } from '../lib/errors'
import type { TimeEntry, TimeEntryPatch } from './schemas'
import { findTimeEntry } from './time-entry-rows'

type Options = {
  tx: Tx
  companyId: string
  /** The office person or manager fixing the entry; stamped as `editedBy`. */
  actorUserId: string
  entryId: string
  /** Only the fields present are changed; `reason` goes to the audit log only. */
  patch: TimeEntryPatch
  requestId?: string
}

/** Clock readings a little ahead of ours are tolerated (another host's clock); the future is not. */
const CLOCK_SKEW_MS = 60_000

const invalid = (path: string, message: string) => new ApiError('validation_failed', message, { details: [{ path, message }] })

const snapshot = (row: typeof timeEntries.$inferSelect) => ({
  clockIn: row.clockIn.toISOString(),
  clockOut: row.clockOut?.toISOString() ?? null,
  jobId: row.jobId,
  notes: row.notes,
})

/**
 * Fixes a time entry (a forgotten clock-out, the wrong job) and records who did it, when,
 * the values before and after, and the reason when one is given, in the audit log (the
 * reason never goes into the entry's notes). The result must end after it starts, not in
 * the future, and not overlap another entry of the same person.
 */
export async function updateTimeEntry({ tx, companyId, actorUserId, entryId, patch: { reason, ...patch }, requestId }: Options): Promise<TimeEntry> {
  const [current] = await tx
    .select()
    .from(timeEntries)
    .where(and(eq(timeEntries.id, entryId), eq(timeEntries.companyId, companyId)))
    .for('update')
  if (!current) throw notFound('Time entry')
  const clockIn = patch.clockIn ?? current.clockIn
  const clockOut = patch.clockOut ?? current.clockOut
  const latest = Date.now() + CLOCK_SKEW_MS
  if (clockIn.getTime() > latest) throw invalid('clockIn', 'Clock-in cannot be in the future.')
  if (clockOut && clockOut.getTime() > latest) throw invalid('clockOut', 'Clock-out cannot be in the future.')
  if (clockOut && clockOut <= clockIn) throw invalid('clockOut', 'Clock-out must be after clock-in.')
  if (patch.jobId) {
    const [job] = await tx.select({ id: jobs.id }).from(jobs).where(and(eq(jobs.id, patch.jobId), eq(jobs.companyId, companyId)))
    if (!job) throw invalid('jobId', 'No job with this id in your company.')
  }
  const [overlap] = await tx
    .select({ clockIn: timeEntries.clockIn, clockOut: timeEntries.clockOut })
    .from(timeEntries)
    .where(
      and(
        eq(timeEntries.userId, current.userId),
        ne(timeEntries.id, entryId),
        sql`${timeEntries.clockIn} < ${clockOut ? sql`${clockOut.toISOString()}::timestamptz` : sql`'infinity'::timestamptz`}`,
        sql`coalesce(${timeEntries.clockOut}, 'infinity'::timestamptz) > ${clockIn.toISOString()}::timestamptz`,
      ),
    )
    .limit(1)
  if (overlap) {
    const until = overlap.clockOut ? `to ${overlap.clockOut.toISOString()}` : '(still open)'
    throw new ApiError('conflict', `This would overlap another entry of the same person, from ${overlap.clockIn.toISOString()} ${until}.`)
  }
  const now = new Date()
  const [updated] = await tx
    .update(timeEntries)
    .set({ ...patch, editedBy: actorUserId, editedAt: now, updatedAt: now })
    .where(eq(timeEntries.id, entryId))
    .returning()
  if (!updated) throw notFound('Time entry')
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'time_entry.update',
    entityType: 'time_entry',
    entityId: entryId,
    changes: { userId: current.userId, before: snapshot(current), after: snapshot(updated), ...(reason ? { reason } : {}) },
    requestId,
  })
  const entry = await findTimeEntry(tx, eq(timeEntries.id, entryId))
  if (!entry) throw notFound('Time entry')
  return entry
}
