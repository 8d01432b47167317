import { z } from '@hono/zod-openapi'
import { and, eq, isNull } from 'drizzle-orm'
import { timeEntries } from '../../../../db/schema'
import { clockOut } from '../../../time/clock-out'
import type { IntentAction } from '../intent-action'

const FORMS = [
  /^(?:(?:i'?m|i am)\s+)?(?:clock|clocking|punch|punching|sign|signing)\s+(?:me\s+)?out\b/i,
  /^(?:stop|end)\s+(?:my|the)\s+(?:clock|timer|time|shift|day)\b/i,
]

const Params = z.object({}).strict()

/** "clock out" → the caller's running clock stops, as POST /time/clock-out does. */
export const clockOutIntent: IntentAction<typeof Params> = {
  action: 'clock_out',
  permission: 'time:clock',
  params: Params,
  redirect: (who) => `Time is clocked by ${who}.`,
  recognize: (message) => (FORMS.some((form) => form.test(message)) ? {} : null),
  async translate(context) {
    const [open] = await context.tx
      .select({ id: timeEntries.id })
      .from(timeEntries)
      .where(and(eq(timeEntries.userId, context.userId), isNull(timeEntries.clockOut)))
    return open ? { params: {} } : { clarify: 'You are not clocked in, so there is nothing to clock out of. Say "clock me in" to start.' }
  },
  summarize: () => 'Clock you out',
  async execute(scope) {
    const entry = await clockOut({ ...scope })
    return { entityType: 'time_entry', id: entry.id, href: '/crm/time/', message: `Clocked out at ${entry.clockOut} after ${entry.hours} hours.` }
  },
}
