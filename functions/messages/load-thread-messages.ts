import { and, asc, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyMembers, messages } from '../../db/schema'
import type { ThreadRow } from './find-thread'
import type { Message } from './schemas'
import { toMessage, type Reader } from './to-message'

type Options = {
  tx: Tx
  /** A thread already checked to be the reader's (findThread). */
  thread: ThreadRow
  reader: Reader
}

/** Every message of a thread, oldest first, each named for the reader. */
export async function loadThreadMessages({ tx, thread, reader }: Options): Promise<Message[]> {
  const rows = await tx
    .select({
      id: messages.id,
      sender: messages.sender,
      body: messages.body,
      createdAt: messages.createdAt,
      readAt: messages.readAt,
      // Null for a homeowner, who cannot read the company's members (RLS); toMessage names the company.
      memberEmail: companyMembers.email,
    })
    .from(messages)
    .leftJoin(companyMembers, and(eq(companyMembers.userId, messages.senderUserId), eq(companyMembers.companyId, messages.companyId)))
    .where(eq(messages.threadId, thread.id))
    .orderBy(asc(messages.createdAt), asc(messages.id))
  return rows.map((row) => toMessage({ row, thread, reader, memberEmail: row.memberEmail }))
}
