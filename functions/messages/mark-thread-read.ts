import { and, eq, isNull } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { messages } from '../../db/schema'
import { findThread } from './find-thread'

type Options = { tx: Tx; companyId: string; threadId: string }

/** Marks the customer's unread messages in one of the company's threads read; returns how many. */
export async function markThreadRead({ tx, companyId, threadId }: Options): Promise<{ marked: number }> {
  const thread = await findThread({ tx, threadId, scope: { companyId } })
  const marked = await tx
    .update(messages)
    .set({ readAt: new Date() })
    .where(and(eq(messages.threadId, thread.id), eq(messages.companyId, companyId), eq(messages.sender, 'homeowner'), isNull(messages.readAt)))
    .returning({ id: messages.id })
  return { marked: marked.length }
}
