import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { notFound } from '../../lib/errors'

export type HistoryMessage = { role: 'user' | 'assistant'; content: string }

/**
 * The conversation's recent messages, oldest first, and the next message position. RLS
 * shows only the caller's own conversations: anyone else's id is simply not found.
 */
export async function loadHistory({ tx, conversationId, limit = 40 }: { tx: Tx; conversationId: string; limit?: number }): Promise<{ messages: HistoryMessage[]; nextIndex: number }> {
  const [row] = await tx.execute<{ messages: HistoryMessage[] | null; next_index: number }>(sql`
    select (select jsonb_agg(jsonb_build_object('role', m.role, 'content', m.content) order by m.message_index)
              from (select role, content, message_index from public.ai_messages
                    where conversation_id = c.id order by message_index desc limit ${limit}) m) as messages,
           (select coalesce(max(message_index) + 1, 0) from public.ai_messages where conversation_id = c.id) as next_index
    from public.ai_conversations c where c.id = ${conversationId}::uuid`)
  if (!row) throw notFound('Conversation')
  return { messages: row.messages ?? [], nextIndex: Number(row.next_index) }
}
