import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { notFound } from '../../lib/errors'
import type { Identity } from '../types'

export type Positions = { conversationId: string; questionIndex: number; answerIndex: number }

/**
 * Starts a conversation or continues the caller's own (RLS: anyone else's id is not found)
 * and reserves the positions of this question and its answer, so the messages written
 * later by the post-processing job keep their order even when turns overlap.
 */
export async function reservePositions({ tx, conversationId, identity, title }: { tx: Tx; conversationId?: string; identity: Identity; title: string }): Promise<Positions> {
  if (conversationId) {
    const [row] = await tx.execute<{ message_count: number }>(sql`
      update public.ai_conversations set message_count = message_count + 2, updated_at = now()
      where id = ${conversationId}::uuid returning message_count`)
    if (!row) throw notFound('Conversation')
    return { conversationId, questionIndex: row.message_count - 2, answerIndex: row.message_count - 1 }
  }
  const [row] = await tx.execute<{ id: string }>(sql`
    insert into public.ai_conversations (user_id, company_id, persona, surface, title, message_count)
    values (${identity.userId}, ${identity.company?.id ?? null}, ${identity.persona}, ${identity.platform}, ${title.slice(0, 120)}, 2)
    returning id`)
  return { conversationId: row!.id, questionIndex: 0, answerIndex: 1 }
}
