import { z } from 'zod'
import { createDatabase, type Sql } from '../../db/client'
import { consolidateProfile } from '../../functions/ai/memory/consolidate-profile'
import { updateMemory } from '../../functions/ai/memory/memory-store'
import { log } from '../../functions/lib/logger'
import type { JobDefinition } from '../job-definition'

/** Weekly, Sunday 03:30 UTC. */
const WEEKLY_SUNDAY_0330_UTC = '30 3 * * 0'

/**
 * Profiles whose JSON has more than this many characters may be over the consolidation
 * threshold (the token estimate never exceeds 1.5 per character); the exact check is
 * consolidateProfile's.
 */
const CANDIDATE_CHARS = 1000

export const ConsolidateMemoryPayload = z.object({})
export type ConsolidateMemoryPayload = z.infer<typeof ConsolidateMemoryPayload>

/**
 * Consolidates every memory profile above the threshold (see consolidateProfile), each with
 * the same optimistic version check as the update; a profile that fails validation is kept.
 */
async function consolidateMemories(sql: Sql) {
  const candidates = await sql<{ user_id: string; company_id: string | null; persona: string }[]>`
    select user_id, company_id, persona from public.ai_user_memory where length(memory_profile::text) > ${CANDIDATE_CHARS}`
  const db = createDatabase(sql)
  const now = new Date()
  let consolidated = 0
  for (const row of candidates) {
    const version = await updateMemory({
      db,
      userId: row.user_id,
      companyId: row.company_id,
      persona: row.persona,
      change: (current) => {
        const result = consolidateProfile(current, now)
        if (result.error) log.error('ai.memory.consolidate.invalid', { userId: row.user_id, persona: row.persona, internal: result.error })
        return result.changed ? result.profile : null
      },
    })
    if (version) consolidated++
  }
  log.info('ai.memory.consolidate.done', { candidates: candidates.length, consolidated })
}

export const consolidateMemoryJob: JobDefinition<ConsolidateMemoryPayload> = {
  name: 'ai.consolidate-memory',
  payload: ConsolidateMemoryPayload,
  schedule: WEEKLY_SUNDAY_0330_UTC,
  handler: consolidateMemories,
}
