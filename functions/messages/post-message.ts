import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyMembers, messages } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import type { ThreadRow } from './find-thread'
import type { Message } from './schemas'
import { toMessage, type Reader } from './to-message'

type Options = {
  tx: Tx
  /** A thread already checked to be the sender's (findThread). */
  thread: ThreadRow
  /** Which side writes: a company member or the homeowner linked to the customer. */
  sender: Reader
  userId: string
  /** Plain text, already validated (MessageBody). */
  body: string
  requestId?: string
}

/**
 * Adds a message to a thread as the sender, unread by the other side (the thread's last
 * activity follows by trigger). A homeowner's insert passes RLS only as sender 'homeowner'
 * in a thread of their own (portal_send).
 */
export async function postMessage({ tx, thread, sender, userId, body, requestId }: Options): Promise<Message> {
  const [row] = await tx
    .insert(messages)
    .values({ companyId: thread.companyId, threadId: thread.id, sender, senderUserId: userId, body })
    .returning()
  if (!row) throw new Error('insert returned no row')
  await recordAudit({
    tx,
    companyId: thread.companyId,
    actorUserId: userId,
    action: 'message.send',
    entityType: 'message_thread',
    entityId: thread.id,
    changes: { messageId: row.id, sender },
    requestId,
  })
  const memberEmail =
    sender === 'contractor' ? ((await tx.select({ email: companyMembers.email }).from(companyMembers).where(eq(companyMembers.userId, userId)))[0]?.email ?? null) : null
  return toMessage({ row, thread, reader: sender, memberEmail })
}
