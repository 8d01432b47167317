import { z } from '@hono/zod-openapi'
import { and, eq, isNull } from 'drizzle-orm'
import { timeEntries } from '../../../../db/schema'
import { clockIn } from '../../../time/clock-in'
import { ClockInInput } from '../../../time/schemas'
import type { IntentAction } from '../intent-action'
import { quoted } from '../parse/text'
import { resolveJob } from '../resolve/resolve-job'
import { validated } from '../validated'

const FORMS = [
  /^(?:(?:i'?m|i am)\s+)?(?:clock|clocking|punch|punching|sign|signing)\s+(?:me\s+)?in\b(?:\s+(?:on|for|to|at)\s+(?<job>.+))?$/i,
  /^(?:start|begin)\s+(?:my|the)\s+(?:clock|timer|time|shift|day)\b(?:\s+(?:on|for|at)\s+(?<job>.+))?$/i,
]

const Params = z.object({ jobId: z.uuid().nullable(), jobTitle: z.string().nullable() }).strict()

/** "clock me in (on the Parker job)" → the caller's clock starts, as POST /time/clock-in does. */
export const clockInIntent: IntentAction<typeof Params> = {
  action: 'clock_in',
  permission: 'time:clock',
  params: Params,
  redirect: (who) => `Time is clocked by ${who}.`,
  recognize(message) {
    for (const form of FORMS) {
      const match = form.exec(message)
      if (match) return { job: match.groups?.job }
    }
    return null
  },
  async translate(context, parts) {
    const [open] = await context.tx
      .select({ clockIn: timeEntries.clockIn })
      .from(timeEntries)
      .where(and(eq(timeEntries.userId, context.userId), isNull(timeEntries.clockOut)))
    if (open) return { clarify: `You are already clocked in since ${open.clockIn.toISOString()}. Clock out first ("clock me out").` }
    if (!parts.job) return { params: { jobId: null, jobTitle: null } }
    const job = await resolveJob(context.tx, context.companyId, parts.job, { openOnly: true })
    if (!('found' in job)) return job
    return { params: { jobId: job.found.id, jobTitle: job.found.title } }
  },
  summarize: ({ jobTitle }) => (jobTitle ? `Clock you in on ${quoted(jobTitle)}` : 'Clock you in'),
  async execute(scope, { jobId }) {
    const entry = await clockIn({ ...scope, input: validated(ClockInInput, { jobId }) })
    const on = entry.jobTitle ? ` on ${quoted(entry.jobTitle)}` : ''
    return { entityType: 'time_entry', id: entry.id, href: '/crm/time/', message: `Clocked in at ${entry.clockIn}${on}.` }
  },
}
