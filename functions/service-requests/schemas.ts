import { z } from '@hono/zod-openapi'

/** What a homeowner can ask their contractor for (leads.request_type). */
export const serviceRequestTypes = ['problem', 'schedule_service', 'equipment_question'] as const

/** Where a request stands, in the homeowner's words, following its lead through the pipeline. */
export const serviceRequestStatuses = ['received', 'in_review', 'quoted', 'scheduled', 'closed'] as const

export const ServiceRequestInput = z
  .object({
    type: z
      .enum(serviceRequestTypes, { error: `Use one of: ${serviceRequestTypes.join(', ')}.` })
      .openapi({ description: "problem: something's wrong; schedule_service: book a visit; equipment_question: ask about a unit" }),
    description: z
      .string({ error: 'Describe what you need.' })
      .trim()
      .min(1, { error: 'Describe what you need.' })
      .max(2000, { error: 'Keep the description to 2000 characters.' })
      .openapi({ example: 'The water heater is leaking from the bottom.' }),
    equipmentId: z.uuid({ error: 'Must be a UUID.' }).optional().openapi({ description: 'Equipment of this customer the request is about' }),
    propertyId: z.uuid({ error: 'Must be a UUID.' }).optional().openapi({ description: "A property of this customer; defaults to the equipment's" }),
  })
  .strict()
  .openapi('ServiceRequestInput')

export const ServiceRequest = z
  .object({
    id: z.uuid(),
    type: z.enum(serviceRequestTypes),
    status: z.enum(serviceRequestStatuses),
    description: z.string(),
    equipment: z.object({ id: z.uuid(), kind: z.string() }).nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('ServiceRequest')

export const ServiceRequestList = z.array(ServiceRequest).openapi('ServiceRequestList')

export type ServiceRequestType = (typeof serviceRequestTypes)[number]
export type ServiceRequestInput = z.output<typeof ServiceRequestInput>
export type ServiceRequest = z.output<typeof ServiceRequest>
