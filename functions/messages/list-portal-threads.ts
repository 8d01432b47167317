import { desc, eq, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { messageThreads } from '../../db/schema'
import { requirePortalCustomer } from '../portal/require-portal-customer'
import { loadLastMessages } from './load-last-messages'
import { PortalThreadList, type PortalThreadSummary } from './schemas'

type Options = {
  tx: Tx
  /** The signed-in homeowner. */
  userId: string
  /** One of their customer records (one relationship with one contractor). */
  customerId: string
}

/** A homeowner's conversations with one contractor, by latest activity, with what they have not read. */
export async function listPortalThreads({ tx, userId, customerId }: Options): Promise<PortalThreadSummary[]> {
  const customer = await requirePortalCustomer({ tx, userId, customerId })
  const rows = await tx
    .select({
      id: messageThreads.id,
      subject: messageThreads.subject,
      jobId: messageThreads.jobId,
      lastMessageAt: messageThreads.lastMessageAt,
      // message_threads.id written out: drizzle leaves a lone table's columns unqualified, and a bare id would mean m.id.
      unreadCount: sql<number>`(select count(*)::int from public.messages m
        where m.thread_id = message_threads.id and m.sender <> 'homeowner' and m.read_at is null)`,
    })
    .from(messageThreads)
    .where(eq(messageThreads.customerId, customer.id))
    .orderBy(desc(sql`coalesce(${messageThreads.lastMessageAt}, ${messageThreads.createdAt})`), desc(messageThreads.id))
  const lastMessages = await loadLastMessages(
    tx,
    rows.map((row) => row.id),
  )
  return PortalThreadList.parse(
    rows.map((row) => ({ ...row, lastMessageAt: row.lastMessageAt?.toISOString() ?? null, lastMessage: lastMessages.get(row.id) ?? null })),
  )
}
