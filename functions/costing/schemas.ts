import { z } from '@hono/zod-openapi'
import { jobStatuses, memberRoles } from '../../db/schema'

const day = z.iso.date({ error: 'Use a date like 2026-03-15.' })

const Revenue = z
  .object({
    invoicedCents: z.number().int().openapi({ description: 'Sum of the job’s invoice totals, void invoices excluded: the revenue margins are computed on' }),
    collectedCents: z.number().int().openapi({ description: 'Payments received on those invoices' }),
    invoiceCount: z.number().int(),
    acceptedBidCents: z.number().int().nullable().openapi({ description: 'Total of the job’s accepted bid(s), or null when none' }),
  })
  .openapi('CostingRevenue')

const LaborPerson = z
  .object({
    userId: z.uuid(),
    /** null when the person has left the company. */
    email: z.string().nullable(),
    hours: z.number(),
    hourlyCostCents: z.number().int().nullable().openapi({ description: 'null: no rate set, so these hours cost nothing here (see missingRates)' }),
    costCents: z.number().int(),
  })
  .openapi('CostingLaborPerson')

const Labor = z
  .object({
    hours: z.number().openapi({ description: 'Clocked hours on the job (open entries count up to now), two decimals' }),
    costCents: z.number().int().openapi({ description: 'Each person’s hours × their hourly cost, rounded to the cent per person' }),
    missingRates: z.boolean().openapi({ description: 'Someone clocked time on the job without an hourly cost: labour cost is understated' }),
  })
  .openapi('CostingLabor')

const MaterialLine = z
  .object({
    id: z.uuid(),
    description: z.string(),
    quantity: z.string(),
    unit: z.string().nullable(),
    unitCostCents: z.number().int(),
    totalCents: z.number().int(),
  })
  .openapi('CostingMaterialLine')

const Costs = z.object({ costCents: z.number().int(), count: z.number().int() })

export const JobCostingSummary = z
  .object({
    jobId: z.uuid(),
    title: z.string(),
    status: z.enum(jobStatuses),
    customerId: z.uuid(),
    customerName: z.string(),
    completedAt: z.iso.datetime().nullable(),
    revenue: Revenue,
    labor: Labor,
    materials: Costs.openapi({ description: 'Job materials: quantity × unit cost, rounded half up per line' }),
    expenses: Costs.openapi({ description: 'Expenses linked to the job' }),
    totalCostCents: z.number().int(),
    marginCents: z.number().int().openapi({ description: 'Invoiced revenue less total cost' }),
    marginPercent: z.number().nullable().openapi({ description: 'Margin as a percentage of invoiced revenue (two decimals); null when nothing is invoiced' }),
  })
  .openapi('JobCostingSummary')

export const JobCosting = JobCostingSummary.extend({
  labor: Labor.extend({ people: z.array(LaborPerson) }),
  materials: Costs.extend({ lines: z.array(MaterialLine) }),
}).openapi('JobCosting')

export const JobCostingList = z
  .object({
    data: z.array(JobCostingSummary),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
    totals: z.object({
      revenueCents: z.number().int(),
      totalCostCents: z.number().int(),
      marginCents: z.number().int(),
      marginPercent: z.number().nullable(),
    }),
  })
  .openapi('JobCostingList')

export const JobCostingListQuery = z
  .object({
    from: day.optional().openapi({ description: 'Completed on or after this day (UTC)', example: '2026-01-01' }),
    to: day.optional().openapi({ description: 'Completed on or before this day (UTC)', example: '2026-03-31' }),
    order: z.enum(['desc', 'asc']).default('desc').openapi({ description: 'By margin in cents: `desc` best first, `asc` worst first' }),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(50),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: '`from` must be on or before `to`.', path: ['from'] })

export const HourlyCostInput = z
  .object({
    hourlyCostCents: z
      .number({ error: 'The hourly cost is a whole number of cents, or null to clear it.' })
      .int({ error: 'The hourly cost is a whole number of cents.' })
      .min(0, { error: 'The hourly cost cannot be negative.' })
      .max(100_000, { error: 'The hourly cost is at most $1,000.00.' })
      .nullable()
      .openapi({ example: 4_250, description: 'Loaded labour cost per hour (wage, taxes, insurance) in cents; null clears it' }),
  })
  .strict()
  .openapi('HourlyCostInput')

export const MemberRate = z
  .object({
    memberId: z.uuid(),
    userId: z.uuid(),
    email: z.string(),
    role: z.enum(memberRoles),
    hourlyCostCents: z.number().int().nullable(),
  })
  .openapi('MemberRate')

export const MemberRateList = z.object({ data: z.array(MemberRate) }).openapi('MemberRateList')

export const UserIdParams = z.object({
  userId: z.uuid({ error: 'Must be a UUID.' }).openapi({ param: { name: 'userId', in: 'path' } }),
})

export type JobCostingSummary = z.output<typeof JobCostingSummary>
export type JobCosting = z.output<typeof JobCosting>
export type JobCostingList = z.output<typeof JobCostingList>
export type MemberRate = z.output<typeof MemberRate>
