import type { Sql } from '../../../db/client'
import type { MemoryMeta } from './profile'

/**
 * The profile's meta, counted from the conversations themselves (not incremented), so a
 * retried or repeated update can never count anything twice: the person's questions in this
 * persona, the day of the first, the conversations held, and the corrections submitted.
 */
export async function loadMemoryMeta(sql: Sql, { userId, persona }: { userId: string; persona: string }): Promise<MemoryMeta> {
  const [row] = await sql<{ questions: number; first: string | null; conversations: number; corrections: number }[]>`
    select count(m.id)::int as questions,
           to_char(min(m.created_at) at time zone 'UTC', 'YYYY-MM-DD') as first,
           count(distinct c.id)::int as conversations,
           (select count(*)::int from public.ai_corrections k where k.user_id = ${userId}) as corrections
    from public.ai_conversations c
    left join public.ai_messages m on m.conversation_id = c.id and m.role = 'user'
    where c.user_id = ${userId} and c.persona::text = ${persona}`
  return { total_interactions: row?.questions ?? 0, first_interaction: row?.first ?? null, topics_discussed: row?.conversations ?? 0, corrections_submitted: row?.corrections ?? 0 }
}
