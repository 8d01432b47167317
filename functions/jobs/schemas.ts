import { z } from '@hono/zod-openapi'
import { jobStatuses, trades } from '../../db/schema'
import { FileInfo } from '../files/schemas'
import { optionalText, paginated, PaginationQuery } from '../lib/openapi'
import { Instant } from '../time/schemas'

const uuid = (error: string) => z.uuid({ error })

/** Hours with up to two decimals (numeric(8,2)), kept as a decimal string for Postgres. */
const Hours = z
  .number({ error: 'Hours must be a number.' })
  .min(0, { error: 'Hours cannot be negative.' })
  .max(999_999, { error: 'Hours are limited to 999,999.' })
  .transform((v) => v.toFixed(2))
  .openapi({ type: 'number', example: 6.5 })

/** The kind of work (functions/jobs/job-categories.ts), the key anonymous patterns are filed under. */
export const JobCategoryKey = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9_]{1,60}$/, { error: 'Use a short key of letters, digits and underscores, e.g. panel_upgrade.' })
  .nullable()
  .optional()
  .openapi({ type: 'string', example: 'panel_upgrade' })

/** A trade from the list of trades, with the list in the error. */
export const TradeKey = z.enum(trades, { error: `Trade must be one of ${trades.join(', ')}.` })

const JobFields = z.object({
  customerId: uuid('Must be the id of one of your customers.'),
  propertyId: uuid('Must be the id of one of the customer’s properties.').nullable().optional(),
  title: z.string().trim().min(1, { error: 'Title is required.' }).max(200).openapi({ example: '200 A panel upgrade' }),
  description: optionalText(5000).openapi({ type: 'string' }),
  trade: TradeKey.optional().openapi({ description: 'Defaults to the company’s first trade', example: 'electrical' }),
  jobCategory: JobCategoryKey,
  address: optionalText(500).openapi({ type: 'string', description: 'Defaults to the property’s, else the customer’s address', example: '18 Orchard Ln, Glastonbury, CT 06033' }),
  region: optionalText(20).openapi({ type: 'string', description: 'State or zip prefix; defaults to the company’s state', example: 'CT' }),
  equipmentId: uuid('Must be the id of a piece of the customer’s equipment.').nullable().optional().openapi({ description: 'The unit a service or repair job is about' }),
  failureMode: z
    .string()
    .trim()
    .toLowerCase()
    .max(60, { error: 'Name what failed in a few words (60 characters at most), e.g. capacitor.' })
    .transform((value) => value || null)
    .nullable()
    .optional()
    .openapi({ type: 'string', description: 'What had failed, in a few words', example: 'capacitor' }),
  scheduledStart: Instant.nullable().optional(),
  scheduledEnd: Instant.nullable().optional(),
  estimatedHours: Hours.nullable().optional(),
})

export const JobInput = JobFields.extend({
  assigneeIds: z
    .array(uuid('Must be the user id of a member of your company.'))
    .max(50)
    .default([])
    .openapi({ description: 'User ids of the people doing the work (members of the company)' }),
})
  .strict()
  .openapi('JobInput')

export const JobPatch = JobFields.partial().strict().openapi('JobPatch')

export const JobStatus = z.enum(jobStatuses)
export const JobStatusInput = z.object({ status: JobStatus }).strict().openapi('JobStatusInput')

export const AssigneesInput = z
  .object({ userIds: z.array(uuid('Must be the user id of a member of your company.')).max(50) })
  .strict()
  .openapi('JobAssigneesInput')

export const NoteInput = z
  .object({
    body: z.string().trim().min(1, { error: 'The note is empty.' }).max(5000),
    internal: z.boolean().default(true).openapi({ description: 'Internal notes never reach the homeowner portal' }),
  })
  .strict()
  .openapi('JobNoteInput')

/** A quantity: a positive decimal with at most 3 places (a JSON number is accepted too). */
const Quantity = z
  .union([z.string().trim(), z.number().transform(String)], { error: 'Quantity must be a number.' })
  .pipe(z.string().regex(/^\d{1,9}(\.\d{1,3})?$/, { error: 'Quantity must be a positive number with at most 3 decimals.' }))
  .refine((v) => Number(v) > 0, { error: 'Quantity must be more than zero.' })
  .openapi({ type: 'string', example: '2.5' })

const MaterialFields = z.object({
  description: z.string().trim().min(1, { error: 'Describe the material.' }).max(500).openapi({ example: '12/2 NM-B cable' }),
  quantity: Quantity,
  unit: optionalText(20).openapi({ type: 'string', example: 'ft' }),
  brand: optionalText(80).openapi({ type: 'string', example: 'Square D' }),
  unitCostCents: z
    .number({ error: 'Unit cost must be a whole number of cents.' })
    .int({ error: 'Unit cost must be a whole number of cents.' })
    .min(0, { error: 'Unit cost cannot be negative.' })
    .max(100_000_000)
    .optional()
    .openapi({ description: 'Staff only; 0 until the office prices it', example: 89 }),
})

export const MaterialInput = MaterialFields.strict().openapi('JobMaterialInput')
export const MaterialPatch = MaterialFields.partial().strict().openapi('JobMaterialPatch')

export const Person = z.object({ userId: z.uuid(), email: z.string().nullable() }).openapi('JobPerson')

export const JobNote = z
  .object({
    id: z.uuid(),
    body: z.string(),
    internal: z.boolean(),
    author: Person.nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('JobNote')

export const JobMaterial = z
  .object({
    id: z.uuid(),
    description: z.string(),
    quantity: z.string().openapi({ example: '2.5' }),
    unit: z.string().nullable(),
    brand: z.string().nullable(),
    unitCostCents: z.number().int().optional().openapi({ description: 'Omitted for techs' }),
    totalCents: z.number().int().optional().openapi({ description: 'quantity × unit cost, rounded half up; omitted for techs' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('JobMaterial')

export const JobSummary = z
  .object({
    id: z.uuid(),
    customer: z.object({ id: z.uuid(), name: z.string() }),
    propertyId: z.uuid().nullable(),
    title: z.string(),
    description: z.string().nullable(),
    trade: z.string(),
    jobCategory: z.string().nullable(),
    equipmentId: z.uuid().nullable(),
    failureMode: z.string().nullable(),
    status: JobStatus,
    address: z.string().nullable(),
    region: z.string().nullable(),
    scheduledStart: z.iso.datetime().nullable(),
    scheduledEnd: z.iso.datetime().nullable(),
    startedAt: z.iso.datetime().nullable(),
    completedAt: z.iso.datetime().nullable(),
    cancelledAt: z.iso.datetime().nullable(),
    estimatedHours: z.number().nullable(),
    actualHours: z.number().openapi({
      description: 'Hours the whole crew has clocked on the job, open entries counted up to now. Every caller who can see the job, a tech on it included, gets the same crew total; a tech’s time entry list still shows only their own entries.',
    }),
    assignees: z.array(Person),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('JobSummary')

export const Job = JobSummary.extend({
  allowedNextStatuses: z.array(JobStatus),
  clockedInNow: z.number().int().openapi({ description: 'People clocked in on this job right now (whose time the caller can see)' }),
  notes: z.array(JobNote),
  materials: z.array(JobMaterial),
  materialsTotalCents: z.number().int().optional().openapi({ description: 'Omitted for techs' }),
  files: z.array(FileInfo),
}).openapi('Job')

export const JobList = paginated(JobSummary, 'JobList')

const booleanQuery = z
  .enum(['true', 'false'])
  .transform((v) => v === 'true')
  .optional()

/** Filters shared by the list and the CSV export. */
export const JobFilterQuery = z.object({
  status: z
    .string()
    .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(jobStatuses, { error: `Status must be among ${jobStatuses.join(', ')}.` })))
    .optional()
    .openapi({ type: 'string', description: 'One status or several, comma-separated', example: 'scheduled,in_progress' }),
  customerId: z.uuid({ error: 'Must be a UUID.' }).optional(),
  techId: z.uuid({ error: 'Must be a UUID.' }).optional().openapi({ description: 'Only jobs this person is assigned to' }),
  from: Instant.optional().openapi({ description: 'Scheduled to start at or after this instant' }),
  to: Instant.optional().openapi({ description: 'Scheduled to start before this instant' }),
  search: z.string().trim().max(200).optional().openapi({ description: 'Matches the title', example: 'panel' }),
})

export const JobListQuery = PaginationQuery.extend(JobFilterQuery.shape)

export const CalendarQuery = z.object({
  from: Instant,
  to: Instant,
  techId: z.uuid({ error: 'Must be a UUID.' }).optional(),
  includeCancelled: booleanQuery.openapi({ type: 'string', enum: ['true', 'false'], description: 'Cancelled jobs are left out unless true' }),
})

export const Calendar = z
  .object({ from: z.iso.datetime(), to: z.iso.datetime(), data: z.array(JobSummary) })
  .openapi('JobCalendar')

export const MaterialParams = z.object({
  id: z.uuid({ error: 'Must be a UUID.' }).openapi({ param: { name: 'id', in: 'path' } }),
  materialId: z.uuid({ error: 'Must be a UUID.' }).openapi({ param: { name: 'materialId', in: 'path' } }),
})

export const FileUpload = z
  .object({
    file: z
      .custom<File>((v) => v instanceof File, { error: 'Send the file as multipart/form-data in a field named "file".' })
      .openapi({ type: 'string', format: 'binary', description: 'A photo (JPEG, PNG, WebP, HEIC) or a PDF, up to 10 MB' }),
  })
  .openapi('JobFileUpload')

export type JobInput = z.output<typeof JobInput>
export type JobPatch = z.output<typeof JobPatch>
export type JobStatus = z.output<typeof JobStatus>
export type JobSummary = z.output<typeof JobSummary>
export type Job = z.output<typeof Job>
export type JobNote = z.output<typeof JobNote>
export type JobMaterial = z.output<typeof JobMaterial>
export type MaterialInput = z.output<typeof MaterialInput>
export type MaterialPatch = z.output<typeof MaterialPatch>
export type JobFilters = z.output<typeof JobFilterQuery>
