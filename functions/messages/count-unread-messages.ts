import { and, count, eq, isNull } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { messages } from '../../db/schema'

type Options = { tx: Tx; companyId: string }

/** Customers' messages in all the company's threads that nobody in the company has read. */
export async function countUnreadMessages({ tx, companyId }: Options): Promise<number> {
  const [row] = await tx
    .select({ unread: count() })
    .from(messages)
    .where(and(eq(messages.companyId, companyId), eq(messages.sender, 'homeowner'), isNull(messages.readAt)))
  return row?.unread ?? 0
}
