import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { timeEntries } from '../../db/schema'
import { entrySeconds, hoursFromSeconds } from './hours'
import { selectTimeEntries, toTimeEntry } from './time-entry-rows'

type Options = {
  tx: Tx
  companyId: string
  from?: Date
  to?: Date
  /** One person's entries. A tech's query reaches only their own rows whatever is asked (RLS). */
  userId?: string
  jobId?: string
  page: number
  pageSize: number
}

/** Entries running in the window, latest first, with their total hours across all pages. */
export async function listTimeEntries({ tx, companyId, from, to, userId, jobId, page, pageSize }: Options) {
  const conditions: SQL[] = [eq(timeEntries.companyId, companyId)]
  if (from) conditions.push(sql`coalesce(${timeEntries.clockOut}, now()) > ${from.toISOString()}::timestamptz`)
  if (to) conditions.push(sql`${timeEntries.clockIn} < ${to.toISOString()}::timestamptz`)
  if (userId) conditions.push(eq(timeEntries.userId, userId))
  if (jobId) conditions.push(eq(timeEntries.jobId, jobId))
  const where = and(...conditions)
  const [rows, [totals]] = await Promise.all([
    selectTimeEntries(tx)
      .where(where)
      .orderBy(desc(timeEntries.clockIn), desc(timeEntries.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx
      .select({ total: count(), seconds: sql<number>`coalesce(sum(${entrySeconds()}), 0)`.mapWith(Number) })
      .from(timeEntries)
      .where(where),
  ])
  return { data: rows.map(toTimeEntry), page, pageSize, total: totals?.total ?? 0, totalHours: hoursFromSeconds(totals?.seconds ?? 0) }
}
