import { z } from '@hono/zod-openapi'
import { IdParams, optionalText } from '../lib/openapi'

export const EquipmentParams = IdParams.extend({
  equipmentId: z.uuid({ error: 'Must be a UUID.' }).openapi({ param: { name: 'equipmentId', in: 'path' } }),
})

const isoDate = z.iso.date({ error: 'Use a date like 2024-05-31.' })

export const EquipmentInput = z
  .object({
    kind: z.string().trim().min(1, { error: 'Say what it is, e.g. "Water heater".' }).max(100).openapi({ example: 'Water heater' }),
    make: optionalText(100).openapi({ type: 'string', example: 'Rheem' }),
    model: optionalText(100).openapi({ type: 'string', example: 'XE50M06ST45U1' }),
    serialNumber: optionalText(100).openapi({ type: 'string', example: 'Q091512345' }),
    installDate: isoDate.nullable().optional().openapi({ type: 'string', format: 'date', example: '2016-04-12' }),
    warrantyExpiresOn: isoDate.nullable().optional().openapi({ type: 'string', format: 'date', example: '2028-04-12' }),
    warrantyNotes: optionalText(2000).openapi({ type: 'string', example: 'Tank 12 years, parts 6 years' }),
    notes: optionalText(5000).openapi({ type: 'string' }),
    propertyId: z.uuid({ error: 'Must be a UUID.' }).nullable().optional().openapi({ type: 'string', description: 'A property of the same customer' }),
  })
  .strict()
  .openapi('EquipmentInput')

export const EquipmentPatch = EquipmentInput.partial().strict().openapi('EquipmentPatch')

export const Equipment = z
  .object({
    id: z.uuid(),
    customerId: z.uuid(),
    propertyId: z.uuid().nullable(),
    kind: z.string(),
    make: z.string().nullable(),
    model: z.string().nullable(),
    serialNumber: z.string().nullable(),
    installDate: z.iso.date().nullable(),
    warrantyExpiresOn: z.iso.date().nullable(),
    warrantyNotes: z.string().nullable(),
    notes: z.string().nullable(),
    ageYears: z.number().int().nullable().openapi({ description: 'Whole years since installation (UTC today); null without an install date' }),
    warrantyActive: z.boolean().nullable().openapi({ description: 'True until the end of the warranty expiry day (UTC); null without an expiry date' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Equipment')

export const EquipmentList = z.object({ data: z.array(Equipment) }).openapi('EquipmentList')

export type EquipmentInput = z.output<typeof EquipmentInput>
export type EquipmentPatch = z.output<typeof EquipmentPatch>
export type Equipment = z.output<typeof Equipment>
