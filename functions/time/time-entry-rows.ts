import { eq, type SQL } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyMembers, jobs, timeEntries } from '../../db/schema'
import { entrySeconds, hoursFromSeconds } from './hours'
import { TimeEntry } from './schemas'

/** Time entries with their person's email, their job's title and how long they ran, as the API shows them. */
export function selectTimeEntries(tx: Tx) {
  return tx
    .select({ entry: timeEntries, email: companyMembers.email, jobTitle: jobs.title, seconds: entrySeconds() })
    .from(timeEntries)
    .leftJoin(companyMembers, eq(companyMembers.userId, timeEntries.userId))
    .leftJoin(jobs, eq(jobs.id, timeEntries.jobId))
    .$dynamic()
}

type Row = { entry: typeof timeEntries.$inferSelect; email: string | null; jobTitle: string | null; seconds: number }

/** The API's view of a time entry. */
export const toTimeEntry = ({ entry, email, jobTitle, seconds }: Row): TimeEntry =>
  TimeEntry.parse({
    id: entry.id,
    userId: entry.userId,
    email,
    jobId: entry.jobId,
    jobTitle,
    clockIn: entry.clockIn.toISOString(),
    clockOut: entry.clockOut?.toISOString() ?? null,
    open: entry.clockOut === null,
    hours: hoursFromSeconds(seconds),
    notes: entry.notes,
    editedBy: entry.editedBy,
    editedAt: entry.editedAt?.toISOString() ?? null,
    createdAt: entry.createdAt.toISOString(),
  })

/** One entry by a condition, in the API's shape. */
export async function findTimeEntry(tx: Tx, where: SQL): Promise<TimeEntry | null> {
  const [row] = await selectTimeEntries(tx).where(where)
  return row ? toTimeEntry(row) : null
}
