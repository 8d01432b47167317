import { z } from '@hono/zod-openapi'
import { emailStatuses } from '../../db/schema'
import { paginated, PaginationQuery } from '../lib/openapi'

export const OutboxAttachment = z
  .object({
    fileId: z.uuid(),
    name: z.string().openapi({ example: 'BID-0007.pdf' }),
    url: z.string().openapi({ description: 'Download with the same bearer token', example: '/api/v1/files/7f1c2a4e-8d1b-4c7a-9a55-2b8f0e6d3c11' }),
  })
  .openapi('OutboxAttachment')

export const OutboxEmail = z
  .object({
    id: z.uuid(),
    to: z.string().openapi({ example: 'dana@example.com' }),
    subject: z.string().openapi({ example: 'Bid BID-0007 from Acme Electric' }),
    status: z.enum(emailStatuses).openapi({ description: '`sent` once the mailer accepted it; `failed` with `error` otherwise' }),
    error: z.string().nullable(),
    attachments: z.array(OutboxAttachment),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .openapi('OutboxEmail')

export const OutboxEmailDetail = OutboxEmail.extend({ bodyText: z.string() }).openapi('OutboxEmailDetail')

export const OutboxList = paginated(OutboxEmail, 'OutboxList')

export const OutboxListQuery = PaginationQuery.extend({
  status: z.enum(emailStatuses).optional().openapi({ example: 'failed' }),
})

export type OutboxEmail = z.output<typeof OutboxEmail>
export type OutboxEmailDetail = z.output<typeof OutboxEmailDetail>
