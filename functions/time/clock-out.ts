import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { timeEntries } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ApiError } from '../lib/errors'
import type { TimeEntry } from './schemas'
import { findTimeEntry } from './time-entry-rows'

type Options = {
  tx: Tx
  companyId: string
  /** The person clocking out: always the caller. */
  actorUserId: string
  /** Added to the entry's notes (on a new line when it has some). */
  notes?: string | null
  requestId?: string
}

/** Stops the caller's running clock. */
export async function clockOut({ tx, companyId, actorUserId, notes, requestId }: Options): Promise<TimeEntry> {
  const [row] = await tx
    .update(timeEntries)
    .set({
      clockOut: sql`now()`,
      updatedAt: new Date(),
      ...(notes ? { notes: sql`case when ${timeEntries.notes} is null or ${timeEntries.notes} = '' then ${notes} else ${timeEntries.notes} || E'\\n' || ${notes} end` } : {}),
    })
    .where(and(eq(timeEntries.userId, actorUserId), eq(timeEntries.companyId, companyId), isNull(timeEntries.clockOut)))
    .returning({ id: timeEntries.id })
  if (!row) throw new ApiError('conflict', 'You are not clocked in.')
  await recordAudit({ tx, companyId, actorUserId, action: 'time.clock_out', entityType: 'time_entry', entityId: row.id, requestId })
  const entry = await findTimeEntry(tx, eq(timeEntries.id, row.id))
  if (!entry) throw new Error('time entry not readable')
  return entry
}
