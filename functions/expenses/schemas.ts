import { z } from '@hono/zod-openapi'
import { expenseCategories } from '../../db/schema'
import { FileInfo } from '../files/schemas'
import { optionalText, PaginationQuery } from '../lib/openapi'

/** The largest single expense accepted: $10,000,000.00 (the column is a 32-bit integer). */
export const MAX_EXPENSE_CENTS = 1_000_000_000

const categoryList = expenseCategories.join(', ')
const category = z.enum(expenseCategories, { error: `Category must be one of: ${categoryList}.` }).openapi({ example: 'materials' })
const day = z.iso.date({ error: 'Use a date like 2026-03-15.' })

export const ExpenseInput = z
  .object({
    category,
    vendor: optionalText(200).openapi({ type: 'string', example: 'City Electric Supply' }),
    description: optionalText(2000).openapi({ type: 'string', example: '200A panel and breakers' }),
    amountCents: z
      .number({ error: 'The amount is a whole number of cents.' })
      .int({ error: 'The amount is a whole number of cents.' })
      .positive({ error: 'The amount must be more than zero.' })
      .max(MAX_EXPENSE_CENTS, { error: 'The amount is larger than one expense can be ($10,000,000.00).' })
      .openapi({ example: 48_250 }),
    incurredOn: day.openapi({ example: '2026-03-15' }),
    jobId: z.uuid({ error: 'Must be a UUID.' }).nullable().optional().openapi({ description: 'A job of your company (for a tech, one assigned to them)' }),
  })
  .strict()
  .openapi('ExpenseInput')

export const ExpensePatch = ExpenseInput.partial().strict().openapi('ExpensePatch')

export const Expense = z
  .object({
    id: z.uuid(),
    category: z.enum(expenseCategories),
    vendor: z.string().nullable(),
    description: z.string().nullable(),
    amountCents: z.number().int(),
    incurredOn: z.iso.date(),
    jobId: z.uuid().nullable(),
    /** null when the job is linked but hidden from the caller (a tech no longer assigned). */
    jobTitle: z.string().nullable(),
    createdBy: z.uuid().nullable(),
    createdByEmail: z.string().nullable(),
    receipt: FileInfo.nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Expense')

export const ExpenseList = z
  .object({
    data: z.array(Expense),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int().openapi({ description: 'Expenses matching the filter' }),
    totalCents: z.number().int().openapi({ description: 'Sum of every expense matching the filter (all pages)' }),
    byCategory: z
      .array(z.object({ category, count: z.number().int(), totalCents: z.number().int() }))
      .openapi({ description: 'Per-category count and sum for the same filter without its category; categories with no expenses are absent' }),
  })
  .openapi('ExpenseList')

const periodFilter = {
  from: day.optional().openapi({ description: 'First day, inclusive', example: '2026-03-01' }),
  to: day.optional().openapi({ description: 'Last day, inclusive', example: '2026-03-31' }),
  category: category.optional(),
}

const fromNotAfterTo = (query: { from?: string; to?: string }) => !query.from || !query.to || query.from <= query.to
const fromNotAfterToIssue = { error: '`from` must be on or before `to`.', path: ['from'] }

export const ExpenseListQuery = PaginationQuery.extend({
  ...periodFilter,
  jobId: z.uuid({ error: 'Must be a UUID.' }).optional().openapi({ description: 'Only expenses linked to this job' }),
}).refine(fromNotAfterTo, fromNotAfterToIssue)

export const ExpenseReportQuery = z.object(periodFilter).refine(fromNotAfterTo, fromNotAfterToIssue)

export type ExpenseInput = z.output<typeof ExpenseInput>
export type ExpensePatch = z.output<typeof ExpensePatch>
export type Expense = z.output<typeof Expense>
export type ExpenseList = z.output<typeof ExpenseList>
export type ExpenseCategory = (typeof expenseCategories)[number]
