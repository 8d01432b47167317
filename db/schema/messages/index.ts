import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { createdAt, id, timestamps, userRef } from '../_columns'
import { companyId } from '../_tenant'
import { customers } from '../customers'
import { jobs } from '../jobs'

export const messageSenders = ['contractor', 'homeowner', 'system'] as const
export const messageSender = pgEnum('message_sender', messageSenders)

/** A conversation between a company and one of its customers. */
export const messageThreads = pgTable(
  'message_threads',
  {
    id: id(),
    companyId: companyId(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    jobId: uuid('job_id').references(() => jobs.id, { onDelete: 'set null' }),
    subject: text('subject'),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [index('message_threads_customer_idx').on(t.customerId)],
)

export const messages = pgTable(
  'messages',
  {
    id: id(),
    companyId: companyId(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => messageThreads.id, { onDelete: 'cascade' }),
    senderUserId: userRef('sender_user_id'),
    sender: messageSender('sender').notNull(),
    body: text('body').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('messages_thread_idx').on(t.threadId, t.createdAt)],
)
