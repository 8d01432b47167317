import { and, eq, isNull } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { timeEntries } from '../../db/schema'
import type { TimeEntry } from './schemas'
import { findTimeEntry } from './time-entry-rows'

type Options = { tx: Tx; companyId: string; actorUserId: string }

/** The caller's running entry, or null when they are not clocked in. */
export function getCurrentEntry({ tx, companyId, actorUserId }: Options): Promise<TimeEntry | null> {
  return findTimeEntry(tx, and(eq(timeEntries.userId, actorUserId), eq(timeEntries.companyId, companyId), isNull(timeEntries.clockOut))!)
}
