import { z } from '@hono/zod-openapi'
import { optionalEmail, optionalText, paginated, PaginationQuery } from '../lib/openapi'

export const CustomerInput = z
  .object({
    name: z.string().trim().min(1, { error: 'Name is required.' }).max(200).openapi({ example: 'Dana Whitfield' }),
    email: optionalEmail().openapi({ type: 'string', example: 'dana@example.com' }),
    phone: optionalText(40).openapi({ type: 'string', example: '(860) 555-0142' }),
    address: optionalText(500).openapi({ type: 'string', example: '18 Orchard Ln, Glastonbury, CT 06033' }),
    notes: optionalText(5000).openapi({ type: 'string' }),
  })
  .strict()
  .openapi('CustomerInput')

export const CustomerPatch = CustomerInput.partial().strict().openapi('CustomerPatch')

export const Customer = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    notes: z.string().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Customer')

export const CustomerList = paginated(Customer, 'CustomerList')

export const CustomerListQuery = PaginationQuery.extend({
  search: z.string().trim().max(200).optional().openapi({ description: 'Matches name, email or phone', example: 'whitfield' }),
})

export type CustomerInput = z.output<typeof CustomerInput>
export type CustomerPatch = z.output<typeof CustomerPatch>
export type Customer = z.output<typeof Customer>
