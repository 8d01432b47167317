import { z } from '@hono/zod-openapi'
import { IdParams, optionalText } from '../lib/openapi'

export const PropertyParams = IdParams.extend({
  propertyId: z.uuid({ error: 'Must be a UUID.' }).openapi({ param: { name: 'propertyId', in: 'path' } }),
})

const yearBuilt = z
  .number()
  .int({ error: 'Use a whole year, e.g. 1987.' })
  .min(1600, { error: 'Year built must be 1600 or later.' })
  .refine((year) => year <= new Date().getUTCFullYear() + 1, { error: 'Year built cannot be more than a year from now.' })

export const PropertyInput = z
  .object({
    label: optionalText(100).openapi({ type: 'string', example: 'Main house' }),
    address: z.string().trim().min(1, { error: 'Address is required.' }).max(500).openapi({ example: '18 Orchard Ln' }),
    city: optionalText(100).openapi({ type: 'string', example: 'Glastonbury' }),
    state: optionalText(50).openapi({ type: 'string', example: 'CT' }),
    postalCode: optionalText(20).openapi({ type: 'string', example: '06033' }),
    yearBuilt: yearBuilt.nullable().optional().openapi({ type: 'integer', example: 1987 }),
    squareFeet: z
      .number()
      .int({ error: 'Use whole square feet.' })
      .min(1, { error: 'Square feet must be positive.' })
      .max(10_000_000)
      .nullable()
      .optional()
      .openapi({ type: 'integer', example: 2150 }),
    notes: optionalText(5000).openapi({ type: 'string' }),
  })
  .strict()
  .openapi('PropertyInput')

export const PropertyPatch = PropertyInput.partial().strict().openapi('PropertyPatch')

export const Property = z
  .object({
    id: z.uuid(),
    customerId: z.uuid(),
    label: z.string().nullable(),
    address: z.string(),
    city: z.string().nullable(),
    state: z.string().nullable(),
    postalCode: z.string().nullable(),
    yearBuilt: z.number().int().nullable(),
    squareFeet: z.number().int().nullable(),
    notes: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Property')

export const PropertyList = z.object({ data: z.array(Property) }).openapi('PropertyList')

export type PropertyInput = z.output<typeof PropertyInput>
export type PropertyPatch = z.output<typeof PropertyPatch>
export type Property = z.output<typeof Property>
