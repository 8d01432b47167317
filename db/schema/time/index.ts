import { sql } from 'drizzle-orm'
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { id, timestamps, userRef } from '../_columns'
import { companyId } from '../_tenant'
import { authUsers } from '../auth'
import { jobs } from '../jobs'

export const timeEntries = pgTable(
  'time_entries',
  {
    id: id(),
    companyId: companyId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => authUsers.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    clockIn: timestamp('clock_in', { withTimezone: true }).notNull(),
    clockOut: timestamp('clock_out', { withTimezone: true }),
    notes: text('notes'),
    editedBy: userRef('edited_by'),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    // One open entry per person: clocking in twice is refused by the database itself.
    uniqueIndex('time_entries_one_open_key').on(t.userId).where(sql`${t.clockOut} is null`),
    index('time_entries_company_clock_in_idx').on(t.companyId, t.clockIn),
  ],
)
