import { and, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers, messageThreads } from '../../db/schema'
import { containsPattern } from '../lib/search'
import { countUnreadMessages } from './count-unread-messages'
import { loadLastMessages } from './load-last-messages'
import { ThreadList } from './schemas'

type Options = {
  tx: Tx
  companyId: string
  /** Only threads with unread customer messages. */
  unread?: boolean
  /** Case-insensitive match on the subject or the customer's name. */
  q?: string
  limit: number
}

/** The company's inbox: threads by latest activity, each with its unread count and last message. */
export async function listThreads({ tx, companyId, unread, q, limit }: Options): Promise<ThreadList> {
  // message_threads.id written out: drizzle leaves a lone table's columns unqualified, and a bare id would mean m.id.
  const unreadCount = sql<number>`(select count(*)::int from public.messages m
    where m.thread_id = message_threads.id and m.sender = 'homeowner' and m.read_at is null)`
  const filters: SQL[] = [eq(messageThreads.companyId, companyId)]
  if (unread) filters.push(sql`${unreadCount} > 0`)
  if (q) filters.push(or(ilike(messageThreads.subject, containsPattern(q)), ilike(customers.name, containsPattern(q)))!)
  const [rows, unreadTotal] = await Promise.all([
    tx
      .select({
        id: messageThreads.id,
        subject: messageThreads.subject,
        jobId: messageThreads.jobId,
        lastMessageAt: messageThreads.lastMessageAt,
        customerId: customers.id,
        customerName: customers.name,
        unreadCount,
      })
      .from(messageThreads)
      .innerJoin(customers, eq(customers.id, messageThreads.customerId))
      .where(and(...filters))
      .orderBy(desc(sql`coalesce(${messageThreads.lastMessageAt}, ${messageThreads.createdAt})`), desc(messageThreads.id))
      .limit(limit),
    countUnreadMessages({ tx, companyId }),
  ])
  const lastMessages = await loadLastMessages(
    tx,
    rows.map((row) => row.id),
  )
  return ThreadList.parse({
    items: rows.map((row) => ({
      id: row.id,
      customer: { id: row.customerId, name: row.customerName },
      subject: row.subject,
      jobId: row.jobId,
      lastMessageAt: row.lastMessageAt?.toISOString() ?? null,
      unreadCount: row.unreadCount,
      lastMessage: lastMessages.get(row.id) ?? null,
    })),
    unreadTotal,
  })
}
