import { createRoute } from '@hono/zod-openapi'
import { requireCustomer } from '../jobs/job-references'
import { createTenantRouter } from '../lib/app'
import { errorResponses, IdParams, json, jsonBody } from '../lib/openapi'
import { requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { countUnreadMessages } from './count-unread-messages'
import { findThread } from './find-thread'
import { getThread } from './get-thread'
import { listThreads } from './list-threads'
import { markThreadRead } from './mark-thread-read'
import { postMessage } from './post-message'
import { MarkedRead, Message, MessageInput, NewThreadInput, ThreadDetail, ThreadList, ThreadListQuery, UnreadCount } from './schemas'
import { startThread } from './start-thread'

const tags = ['Messages']
const security = [{ bearerAuth: [] }]

/** The contractor's inbox of customer conversations (the client portal's threads): staff only. */
export const messagesRouter = createTenantRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/threads',
      tags,
      security,
      summary: 'List conversations with customers',
      middleware: [requirePermission('messages:read')] as const,
      request: { query: ThreadListQuery },
      responses: { 200: json(ThreadList, 'Threads by latest activity, with unread counts'), ...errorResponses },
    }),
    async (c) => {
      const { tx, companyId } = tenantScope(c)
      return c.json(await listThreads({ tx, companyId, ...c.req.valid('query') }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/unread-count',
      tags,
      security,
      summary: 'How many customer messages are unread',
      middleware: [requirePermission('messages:read')] as const,
      responses: { 200: json(UnreadCount, 'Unread customer messages across all threads'), ...errorResponses },
    }),
    async (c) => {
      const { tx, companyId } = tenantScope(c)
      return c.json({ unread: await countUnreadMessages({ tx, companyId }) }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/threads',
      tags,
      security,
      summary: 'Start a conversation with a customer',
      description: 'Works whether or not the customer has portal access yet: it is the customer’s conversation record, shown to them once linked.',
      middleware: [requirePermission('messages:write')] as const,
      request: { body: jsonBody(NewThreadInput) },
      responses: { 201: json(ThreadDetail, 'The new thread with its first message'), ...errorResponses },
    }),
    async (c) => {
      const { tx, companyId, actorUserId, requestId } = tenantScope(c)
      const { customerId, subject, body } = c.req.valid('json')
      await requireCustomer(tx, companyId, customerId)
      const threadId = await startThread({ tx, companyId, customerId, subject, body, sender: 'contractor', userId: actorUserId, requestId })
      return c.json(await getThread({ tx, companyId, threadId }), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/threads/{id}',
      tags,
      security,
      summary: 'Read a conversation',
      description: 'Reading does not mark messages read: POST /messages/threads/{id}/read does.',
      middleware: [requirePermission('messages:read')] as const,
      request: { params: IdParams },
      responses: { 200: json(ThreadDetail, 'The thread and its messages, oldest first'), ...errorResponses },
    }),
    async (c) => {
      const { tx, companyId } = tenantScope(c)
      return c.json(await getThread({ tx, companyId, threadId: c.req.valid('param').id }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/threads/{id}/messages',
      tags,
      security,
      summary: 'Reply in a conversation',
      middleware: [requirePermission('messages:write')] as const,
      request: { params: IdParams, body: jsonBody(MessageInput) },
      responses: { 201: json(Message, 'The new message'), ...errorResponses },
    }),
    async (c) => {
      const { tx, companyId, actorUserId, requestId } = tenantScope(c)
      const thread = await findThread({ tx, threadId: c.req.valid('param').id, scope: { companyId } })
      const message = await postMessage({ tx, thread, sender: 'contractor', userId: actorUserId, body: c.req.valid('json').body, requestId })
      return c.json(message, 201)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/threads/{id}/read',
      tags,
      security,
      summary: "Mark the customer's messages in a conversation read",
      middleware: [requirePermission('messages:read')] as const,
      request: { params: IdParams },
      responses: { 200: json(MarkedRead, 'How many messages were newly marked read'), ...errorResponses },
    }),
    async (c) => {
      const { tx, companyId } = tenantScope(c)
      return c.json(await markThreadRead({ tx, companyId, threadId: c.req.valid('param').id }), 200)
    },
  )
