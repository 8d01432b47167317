import type { messages } from '../../db/schema'
import type { ThreadRow } from './find-thread'
import { Message } from './schemas'

export type Reader = 'contractor' | 'homeowner'

type Options = {
  row: Pick<typeof messages.$inferSelect, 'id' | 'sender' | 'body' | 'createdAt' | 'readAt'>
  thread: Pick<ThreadRow, 'customerName' | 'companyName'>
  /** Who is reading: staff see which member wrote; the homeowner sees the company. */
  reader: Reader
  /** The writing member's email, when a member wrote it (read by the contractor only). */
  memberEmail?: string | null
}

/** The API's view of a message, named for its reader; parsed so nothing unlisted leaves. */
export function toMessage({ row, thread, reader, memberEmail }: Options): Message {
  const senderName =
    row.sender === 'homeowner' ? thread.customerName : reader === 'contractor' && row.sender === 'contractor' && memberEmail ? memberEmail : thread.companyName
  return Message.parse({
    id: row.id,
    sender: row.sender,
    senderName,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  })
}
