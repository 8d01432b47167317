import { desc, inArray } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { messages } from '../../db/schema'
import type { LastMessage } from './schemas'

/** The latest message of each thread, by thread id (one query for a whole list). */
export async function loadLastMessages(tx: Tx, threadIds: string[]): Promise<Map<string, NonNullable<LastMessage>>> {
  if (threadIds.length === 0) return new Map()
  const rows = await tx
    .selectDistinctOn([messages.threadId], { threadId: messages.threadId, body: messages.body, sender: messages.sender, createdAt: messages.createdAt })
    .from(messages)
    .where(inArray(messages.threadId, threadIds))
    .orderBy(messages.threadId, desc(messages.createdAt), desc(messages.id))
  return new Map(rows.map((row) => [row.threadId, { body: row.body, sender: row.sender, createdAt: row.createdAt.toISOString() }]))
}
