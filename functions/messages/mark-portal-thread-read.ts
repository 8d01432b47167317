import { sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { notFound, sqlStateOf } from '../lib/errors'

type Options = { tx: Tx; threadId: string }

/**
 * Marks the contractor's (and system) messages in a homeowner's thread read; returns how many.
 * Homeowners cannot update messages (that would let them edit the contractor's words), so this
 * goes through public.portal_mark_thread_read, which refuses threads that are not theirs.
 */
export async function markPortalThreadRead({ tx, threadId }: Options): Promise<{ marked: number }> {
  try {
    const [row] = await tx.execute<{ marked: number }>(sql`select public.portal_mark_thread_read(${threadId}::uuid) as marked`)
    return { marked: Number(row?.marked ?? 0) }
  } catch (error) {
    if (sqlStateOf(error) === 'ZP404') throw notFound('Conversation')
    throw error
  }
}
