import { z } from '@hono/zod-openapi'
import { leadStages, trades } from '../../db/schema'
import { Customer } from '../customers/schemas'
import { serviceRequestTypes } from '../service-requests/schemas'
import { optionalEmail, optionalText, paginated, PaginationQuery } from '../lib/openapi'

const stage = z.enum(leadStages, { error: `Use one of: ${leadStages.join(', ')}.` })

const valueCents = z
  .number()
  .int({ error: 'Use whole cents.' })
  .min(0, { error: 'The estimated value cannot be negative.' })
  .max(2_147_483_647, { error: 'The estimated value is too large.' })

const leadFields = {
  name: z.string().trim().min(1, { error: 'Name is required.' }).max(200).openapi({ example: 'Priya Raman' }),
  email: optionalEmail().openapi({ type: 'string', example: 'priya@example.com' }),
  phone: optionalText(40).openapi({ type: 'string', example: '(203) 555-0199' }),
  address: optionalText(500).openapi({ type: 'string', example: '42 Birch Rd, Hamden, CT 06514' }),
  source: optionalText(100).openapi({ type: 'string', example: 'referral' }),
  trade: z.enum(trades).nullable().optional().openapi({ example: 'electrical' }),
  estimatedValueCents: valueCents.nullable().optional().openapi({ type: 'integer', example: 450000 }),
  notes: optionalText(5000).openapi({ type: 'string' }),
  assignedTo: z.uuid({ error: 'Must be a UUID.' }).nullable().optional().openapi({ type: 'string', description: 'User id of an owner, admin or office member' }),
  lostReason: optionalText(500).openapi({ type: 'string', description: 'Required when the stage is lost' }),
}

export const LeadInput = z
  .object({ ...leadFields, stage: stage.optional().openapi({ description: 'Defaults to new' }) })
  .strict()
  .openapi('LeadInput')

export const LeadPatch = z
  .object(leadFields)
  .partial()
  .strict()
  .openapi('LeadPatch', { description: 'Change the stage with POST /leads/{id}/stage. `lostReason` can be edited only on a lost lead.' })

export const LeadStageInput = z
  .object({ stage, lostReason: optionalText(500).openapi({ type: 'string', description: 'Required when moving to lost' }) })
  .strict()
  .openapi('LeadStageInput')

export const Lead = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    source: z.string().nullable(),
    stage,
    trade: z.string().nullable(),
    estimatedValueCents: z.number().int().nullable(),
    notes: z.string().nullable(),
    lostReason: z.string().nullable(),
    assignedTo: z.uuid().nullable(),
    customerId: z
      .uuid()
      .nullable()
      .openapi({ description: 'Set once the lead is converted (such a lead stays won), or from the start on a client portal request' }),
    requestType: z
      .enum(serviceRequestTypes)
      .nullable()
      .openapi({ description: "A client portal service request's kind (source client_portal): problem, schedule_service or equipment_question" }),
    equipment: z
      .object({ id: z.uuid(), kind: z.string(), make: z.string().nullable(), model: z.string().nullable() })
      .nullable()
      .openapi({ description: 'The equipment a portal request is about' }),
    property: z.object({ id: z.uuid(), address: z.string() }).nullable().openapi({ description: 'The property a portal request is for' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Lead')

export const LeadList = paginated(Lead, 'LeadList')

export const LeadListQuery = PaginationQuery.extend({
  stage: stage.optional(),
  search: z.string().trim().max(200).optional().openapi({ description: 'Matches name, email or phone' }),
  source: z.string().trim().max(100).optional(),
  assignedTo: z.uuid({ error: 'Must be a UUID.' }).optional(),
})

export const KanbanQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100).openapi({ description: 'Most leads listed per column (counts and values cover all)' }),
  assignedTo: z.uuid({ error: 'Must be a UUID.' }).optional(),
})

export const KanbanColumn = z
  .object({
    stage,
    count: z.number().int(),
    valueCents: z.number().int().openapi({ description: 'Sum of the estimated values in the column' }),
    leads: z.array(Lead).openapi({ description: 'Most recently changed first' }),
  })
  .openapi('LeadKanbanColumn')

export const Kanban = z
  .object({
    columns: z.array(KanbanColumn).openapi({ description: `One per stage, in pipeline order: ${leadStages.join(', ')}` }),
  })
  .openapi('LeadKanban')

export const ConvertLeadInput = z
  .object({
    createJob: z
      .object({
        title: z.string().trim().min(1, { error: 'Give the job a title.' }).max(200).openapi({ example: 'Panel upgrade' }),
        trade: z.enum(trades).optional().openapi({ description: "Defaults to the lead's trade" }),
        scheduledStart: z.iso.datetime({ offset: true, error: 'Use an ISO date-time, e.g. 2025-06-02T08:00:00-04:00.' }).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .openapi('ConvertLeadInput')

export const ConvertedJob = z
  .object({
    id: z.uuid(),
    customerId: z.uuid(),
    title: z.string(),
    trade: z.string(),
    status: z.string(),
    scheduledStart: z.iso.datetime().nullable(),
  })
  .openapi('ConvertedJob')

export const ConvertLeadResult = z
  .object({ lead: Lead, customer: Customer, job: ConvertedJob.nullable() })
  .openapi('ConvertLeadResult')

export type LeadInput = z.output<typeof LeadInput>
export type LeadPatch = z.output<typeof LeadPatch>
export type LeadStageInput = z.output<typeof LeadStageInput>
export type Lead = z.output<typeof Lead>
export type Kanban = z.output<typeof Kanban>
export type ConvertLeadInput = z.output<typeof ConvertLeadInput>
export type ConvertLeadResult = z.output<typeof ConvertLeadResult>
