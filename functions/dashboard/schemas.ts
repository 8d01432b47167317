import { z } from '@hono/zod-openapi'

export const DashboardQuery = z.object({
  asOf: z.iso
    .date({ error: 'Use a date like 2026-03-15.' })
    .optional()
    .openapi({ description: 'Report as if today were this UTC day (default: today, UTC)', example: '2026-03-15' }),
})

const Periods = z
  .object({
    weekStart: z.iso.date().openapi({ description: 'Monday of the asOf week' }),
    monthStart: z.iso.date(),
    quarterStart: z.iso.date(),
    yearStart: z.iso.date(),
    last12MonthsStart: z.iso.date().openapi({ description: 'Start of the 12-month series and of top customers' }),
    winRateSince: z.iso.date().openapi({ description: 'The win rate covers bids decided from this day to asOf (90 days)' }),
  })
  .openapi('DashboardPeriods')

const HoursPerson = z
  .object({ userId: z.uuid(), email: z.string(), role: z.string(), hours: z.number() })
  .openapi('DashboardHoursPerson')

export const Dashboard = z
  .object({
    asOf: z.iso.date(),
    timezone: z.literal('UTC').openapi({ description: 'Every period is a UTC calendar period ending on asOf (inclusive)' }),
    scope: z.enum(['company', 'own']).openapi({ description: '`own` for a tech: only their assigned jobs and their own hours, no money' }),
    periods: Periods,
    jobsByStatus: z.object({ scheduled: z.number().int(), in_progress: z.number().int(), completed: z.number().int(), cancelled: z.number().int() }),
    hoursThisWeek: z.object({
      totalHours: z.number().openapi({ description: 'Clocked from Monday to the end of asOf; open entries count up to now' }),
      people: z.array(HoursPerson).optional().openapi({ description: 'Staff only: each tech, and anyone else who clocked time this week' }),
    }),
    revenue: z
      .object({
        monthCents: z.number().int(),
        quarterCents: z.number().int(),
        yearCents: z.number().int(),
        last12Months: z.array(z.object({ month: z.string().openapi({ example: '2026-03' }), cents: z.number().int() })),
      })
      .optional()
      .openapi({ description: 'Payments received (by payment date). Absent for techs.' }),
    receivables: z
      .object({
        outstandingCents: z.number().int(),
        outstandingCount: z.number().int(),
        overdueCents: z.number().int(),
        overdueCount: z.number().int(),
      })
      .optional()
      .openapi({ description: 'Open balances of sent and partly paid invoices (current state); overdue: due before asOf. Absent for techs.' }),
    bidWinRate: z
      .object({
        accepted: z.number().int(),
        declined: z.number().int(),
        expired: z.number().int(),
        rate: z.number().nullable().openapi({ description: 'accepted / (accepted + declined + expired), 0–1 with four decimals; null when none was decided' }),
      })
      .optional()
      .openapi({ description: 'Absent for techs.' }),
    topCustomers: z
      .array(z.object({ customerId: z.uuid(), name: z.string(), revenueCents: z.number().int() }))
      .optional()
      .openapi({ description: 'The five customers who paid the most over the last 12 months. Absent for techs.' }),
  })
  .openapi('Dashboard')

export type Dashboard = z.output<typeof Dashboard>
