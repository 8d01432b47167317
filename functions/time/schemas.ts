import { z } from '@hono/zod-openapi'
import { optionalText, paginated, PaginationQuery } from '../lib/openapi'

/** An instant: an ISO date-time with offset, or a plain date (midnight UTC). */
export const Instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'Use an ISO date-time like 2026-03-02T08:00:00Z (or a date, 2026-03-02).' })
  .transform((v) => new Date(v))
  .openapi({ type: 'string', format: 'date-time', example: '2026-03-02T07:30:00Z' })

export const ClockInInput = z
  .object({
    jobId: z.uuid({ error: 'Must be the id of a job you work on.' }).nullable().optional(),
    notes: optionalText(2000).openapi({ type: 'string' }),
  })
  .strict()
  .openapi('ClockInInput')

export const ClockOutInput = z
  .object({ notes: optionalText(2000).openapi({ type: 'string', description: 'Added to the entry’s notes' }) })
  .strict()
  .openapi('ClockOutInput')

export const TimeEntryPatch = z
  .object({
    clockIn: Instant.optional(),
    clockOut: Instant.optional().openapi({ description: 'Closes an open entry too; an entry cannot be reopened' }),
    jobId: z.uuid({ error: 'Must be the id of one of your company’s jobs.' }).nullable().optional(),
    notes: optionalText(2000).openapi({ type: 'string' }),
    reason: z
      .string()
      .trim()
      .max(500)
      .optional()
      .openapi({ description: 'Why the entry was fixed; kept in the audit log with the before and after, not in the entry’s notes', example: 'Forgot to clock out' }),
  })
  .strict()
  .refine((patch) => Object.keys(patch).some((key) => key !== 'reason'), { error: 'Send at least one of clockIn, clockOut, jobId, notes.' })
  .openapi('TimeEntryPatch')

export const TimeEntry = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    email: z.string().nullable(),
    jobId: z.uuid().nullable(),
    jobTitle: z.string().nullable().openapi({ description: 'Null without a job, or when the caller cannot see that job' }),
    clockIn: z.iso.datetime(),
    clockOut: z.iso.datetime().nullable(),
    open: z.boolean().openapi({ description: 'Still running (not clocked out)' }),
    hours: z.number().openapi({ description: 'Two decimals; an open entry counts up to now' }),
    notes: z.string().nullable(),
    editedBy: z.uuid().nullable(),
    editedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('TimeEntry')

export const TimeEntryList = paginated(TimeEntry, 'TimeEntryList')
  .extend({ totalHours: z.number().openapi({ description: 'Hours of every entry matching the filters (not only this page)' }) })
  .openapi('TimeEntryList')

export const TimeEntryQuery = PaginationQuery.extend({
  from: Instant.optional().openapi({ description: 'Entries running at or after this instant' }),
  to: Instant.optional().openapi({ description: 'Entries that started before this instant' }),
  userId: z.uuid({ error: 'Must be a UUID.' }).optional().openapi({ description: 'Staff: one person’s entries. A tech only ever sees their own.' }),
  jobId: z.uuid({ error: 'Must be a UUID.' }).optional(),
})

export const SummaryQuery = z.object({
  from: Instant,
  to: Instant,
  userId: z.uuid({ error: 'Must be a UUID.' }).optional().openapi({ description: 'Staff: one person only' }),
})

const Bucket = { hours: z.number(), entries: z.number().int(), open: z.boolean().openapi({ description: 'Includes an entry still running (counted up to now)' }) }

export const TimeSummary = z
  .object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    totalHours: z.number(),
    openEntries: z.number().int(),
    byJob: z.array(z.object({ jobId: z.uuid().nullable(), jobTitle: z.string().nullable(), ...Bucket })),
    byTech: z.array(z.object({ userId: z.uuid(), email: z.string().nullable(), ...Bucket })),
  })
  .openapi('TimeSummary')

export type ClockInInput = z.output<typeof ClockInInput>
export type TimeEntryPatch = z.output<typeof TimeEntryPatch>
export type TimeEntry = z.output<typeof TimeEntry>
export type TimeSummary = z.output<typeof TimeSummary>
