import { z } from '@hono/zod-openapi'
import { messageSenders } from '../../db/schema'

/** A message as the person typed it (trimmed): plain text, never markup. The web escapes it. */
export const MessageBody = z
  .string({ error: 'Write a message.' })
  .trim()
  .min(1, { error: 'Write a message.' })
  .max(5000, { error: 'Keep a message to 5000 characters; send the rest in another message.' })
  .openapi({ description: 'Plain text, 1–5000 characters; stored and returned exactly as sent (HTML is not interpreted)', example: 'The breaker trips again.' })

const Subject = z
  .string({ error: 'Give the conversation a subject.' })
  .trim()
  .min(1, { error: 'Give the conversation a subject.' })
  .max(200, { error: 'Keep the subject to 200 characters.' })
  .openapi({ example: 'Breaker keeps tripping' })

export const MessageInput = z.object({ body: MessageBody }).strict().openapi('MessageInput')

export const NewThreadInput = z
  .object({ customerId: z.uuid({ error: 'Must be a UUID.' }), subject: Subject, body: MessageBody })
  .strict()
  .openapi('NewThreadInput')

export const PortalNewThreadInput = z.object({ subject: Subject, body: MessageBody }).strict().openapi('PortalNewThreadInput')

export const Message = z
  .object({
    id: z.uuid(),
    sender: z.enum(messageSenders),
    senderName: z.string().openapi({ description: 'Who wrote it, as the reader should see it' }),
    body: z.string(),
    createdAt: z.iso.datetime(),
    readAt: z.iso.datetime().nullable().openapi({ description: 'When the other side read it' }),
  })
  .openapi('Message')

export const LastMessage = z
  .object({ body: z.string(), sender: z.enum(messageSenders), createdAt: z.iso.datetime() })
  .nullable()
  .openapi('LastMessage')

const threadFields = {
  id: z.uuid(),
  subject: z.string().nullable(),
  jobId: z.uuid().nullable(),
}

const CustomerRef = z.object({ id: z.uuid(), name: z.string() })

export const ThreadSummary = z
  .object({
    ...threadFields,
    customer: CustomerRef,
    lastMessageAt: z.iso.datetime().nullable(),
    unreadCount: z.number().int().openapi({ description: "The customer's messages nobody in the company has read yet" }),
    lastMessage: LastMessage,
  })
  .openapi('ThreadSummary')

export const ThreadList = z
  .object({
    items: z.array(ThreadSummary).openapi({ description: 'Most recent activity first' }),
    unreadTotal: z.number().int().openapi({ description: "Unread customer messages across all the company's threads" }),
  })
  .openapi('ThreadList')

export const ThreadListQuery = z.object({
  unread: z
    .enum(['true', 'false'], { error: 'Use true or false.' })
    .transform((v) => v === 'true')
    .optional()
    .openapi({ type: 'string', enum: ['true', 'false'], description: 'Only threads with unread customer messages' }),
  q: z.string().trim().max(200).optional().openapi({ description: 'Matches the subject or the customer name' }),
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Most threads listed (unreadTotal covers all)' }),
})

export const ThreadDetail = z
  .object({ ...threadFields, customer: CustomerRef, messages: z.array(Message).openapi({ description: 'Oldest first' }) })
  .openapi('ThreadDetail')

export const UnreadCount = z.object({ unread: z.number().int() }).openapi('UnreadCount')

export const MarkedRead = z.object({ marked: z.number().int().openapi({ description: 'Messages newly marked read' }) }).openapi('MarkedRead')

export const PortalThreadSummary = z
  .object({
    ...threadFields,
    lastMessageAt: z.iso.datetime().nullable(),
    unreadCount: z.number().int().openapi({ description: "The contractor's messages you have not read yet" }),
    lastMessage: LastMessage,
  })
  .openapi('PortalThreadSummary')

export const PortalThreadList = z.array(PortalThreadSummary).openapi('PortalThreadList')

export const PortalThreadDetail = z
  .object({ ...threadFields, company: z.object({ name: z.string() }), messages: z.array(Message).openapi({ description: 'Oldest first' }) })
  .openapi('PortalThreadDetail')

export type NewThreadInput = z.output<typeof NewThreadInput>
export type PortalNewThreadInput = z.output<typeof PortalNewThreadInput>
export type Message = z.output<typeof Message>
export type LastMessage = z.output<typeof LastMessage>
export type ThreadSummary = z.output<typeof ThreadSummary>
export type ThreadList = z.output<typeof ThreadList>
export type ThreadDetail = z.output<typeof ThreadDetail>
export type PortalThreadSummary = z.output<typeof PortalThreadSummary>
export type PortalThreadDetail = z.output<typeof PortalThreadDetail>
