import { createRouter } from '../lib/app'
import { errorResponses, IdParams, json, jsonBody } from '../lib/openapi'
import { portalRoute, portalScope } from '../portal/portal-route'
import { requirePortalCustomer } from '../portal/require-portal-customer'
import { CustomerParams } from '../portal/schemas'
import { serviceRequestRoutes } from '../service-requests/routes'
import { findThread } from './find-thread'
import { getPortalThread } from './get-portal-thread'
import { listPortalThreads } from './list-portal-threads'
import { markPortalThreadRead } from './mark-portal-thread-read'
import { postMessage } from './post-message'
import { MarkedRead, Message, MessageInput, PortalNewThreadInput, PortalThreadDetail, PortalThreadList } from './schemas'
import { startThread } from './start-thread'

/**
 * The homeowner's side of the conversations with their contractors, and their service
 * requests (/portal/...). Every route is scoped to the caller's own customer records.
 */
export const portalMessagesRouter = createRouter()
  .openapi(
    portalRoute({
      method: 'get',
      path: '/customers/{customerId}/threads',
      summary: 'Your conversations with this contractor',
      request: { params: CustomerParams },
      responses: { 200: json(PortalThreadList, 'By latest activity, with your unread counts'), ...errorResponses },
    }),
    async (c) => c.json(await listPortalThreads({ ...portalScope(c), customerId: c.req.valid('param').customerId }), 200),
  )
  .openapi(
    portalRoute({
      method: 'post',
      path: '/customers/{customerId}/threads',
      summary: 'Start a conversation with this contractor',
      request: { params: CustomerParams, body: jsonBody(PortalNewThreadInput) },
      responses: { 201: json(PortalThreadDetail, 'The new thread with your first message'), ...errorResponses },
    }),
    async (c) => {
      const { tx, userId, requestId } = portalScope(c)
      const customer = await requirePortalCustomer({ tx, userId, customerId: c.req.valid('param').customerId })
      const { subject, body } = c.req.valid('json')
      const threadId = await startThread({ tx, companyId: customer.companyId, customerId: customer.id, subject, body, sender: 'homeowner', userId, requestId })
      return c.json(await getPortalThread({ tx, userId, threadId }), 201)
    },
  )
  .openapi(
    portalRoute({
      method: 'get',
      path: '/threads/{id}',
      summary: 'Read a conversation',
      description: 'Reading does not mark messages read: POST /portal/threads/{id}/read does.',
      request: { params: IdParams },
      responses: { 200: json(PortalThreadDetail, 'The thread and its messages, oldest first'), ...errorResponses },
    }),
    async (c) => c.json(await getPortalThread({ ...portalScope(c), threadId: c.req.valid('param').id }), 200),
  )
  .openapi(
    portalRoute({
      method: 'post',
      path: '/threads/{id}/messages',
      summary: 'Write to the contractor',
      request: { params: IdParams, body: jsonBody(MessageInput) },
      responses: { 201: json(Message, 'Your new message'), ...errorResponses },
    }),
    async (c) => {
      const { tx, userId, requestId } = portalScope(c)
      const thread = await findThread({ tx, threadId: c.req.valid('param').id, scope: { portalUserId: userId } })
      return c.json(await postMessage({ tx, thread, sender: 'homeowner', userId, body: c.req.valid('json').body, requestId }), 201)
    },
  )
  .openapi(
    portalRoute({
      method: 'post',
      path: '/threads/{id}/read',
      summary: "Mark the contractor's messages in a conversation read",
      request: { params: IdParams },
      responses: { 200: json(MarkedRead, 'How many messages were newly marked read'), ...errorResponses },
    }),
    async (c) => c.json(await markPortalThreadRead({ tx: c.get('tx'), threadId: c.req.valid('param').id }), 200),
  )
  .route('/', serviceRequestRoutes)
