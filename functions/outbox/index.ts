import { createRoute } from '@hono/zod-openapi'
import { createTenantRouter } from '../lib/app'
import { errorResponses, IdParams, json } from '../lib/openapi'
import { requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { getOutboxEmail } from './get-outbox-email'
import { listOutbox } from './list-outbox'
import { OutboxEmailDetail, OutboxList, OutboxListQuery } from './schemas'

const tags = ['Outbox']
const security = [{ bearerAuth: [] }]

export const outboxRouter = createTenantRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'List outgoing email (bids and invoices sent)',
      description: 'Every email the CRM sends is recorded here with its attachments, whether the mailer delivered it or not.',
      middleware: [requirePermission('outbox:read')] as const,
      request: { query: OutboxListQuery },
      responses: { 200: json(OutboxList, 'A page of emails, newest first'), ...errorResponses },
    }),
    async (c) => {
      return c.json(await listOutbox({ ...tenantScope(c), ...c.req.valid('query') }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      security,
      summary: 'Get one outgoing email with its text',
      middleware: [requirePermission('outbox:read')] as const,
      request: { params: IdParams },
      responses: { 200: json(OutboxEmailDetail, 'The email'), ...errorResponses },
    }),
    async (c) => {
      return c.json(await getOutboxEmail({ ...tenantScope(c), emailId: c.req.valid('param').id }), 200)
    },
  )
