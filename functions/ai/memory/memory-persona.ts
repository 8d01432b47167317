import { sql } from 'drizzle-orm'
import type { Persona } from '../types'
import type { Executor } from './memory-store'

/**
 * The persona whose memory a correction belongs to: the conversation's, when it names one;
 * else the caller's company role (platform staff outside a company are `ops`, anyone else
 * without a company a `homeowner`). Read under the caller's RLS.
 */
export async function memoryPersona({ db, userId, conversationId }: { db: Executor; userId: string; conversationId?: string }): Promise<Persona> {
  const [row] = await db.execute<{ persona: Persona }>(sql`
    select coalesce(
      (select c.persona::text from public.ai_conversations c where c.id = ${conversationId ?? null}::uuid),
      (select case m.role when 'owner' then 'owner_admin' when 'admin' then 'owner_admin' when 'office' then 'office' else 'field_tech' end
         from public.company_members m where m.user_id = ${userId}::uuid),
      (select 'ops' where public.is_platform_ops()),
      'homeowner') as persona`)
  return row!.persona
}
