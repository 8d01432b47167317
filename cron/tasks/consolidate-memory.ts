import { createDatabase, type Sql } from '../../db/client'
import { consolidateProfile } from '../../functions/ai/memory/consolidate-profile'
import { updateMemory } from '../../functions/ai/memory/memory-store'
import { log } from '../../functions/lib/logger'
import { scheduleOf } from './schedules'
import type { ScheduledTask, TaskResult } from './scheduled-task'

/**
 * Profiles whose JSON has more than this many characters may be over the consolidation
 * threshold (the token estimate never exceeds 1.5 per character); the exact check is
 * consolidateProfile's.
 */
const CANDIDATE_CHARS = 1000

/**
 * Consolidates every memory profile above the threshold (see consolidateProfile), each with
 * the same optimistic version check as the update; a profile that fails validation is kept.
 */
async function consolidateMemories(sql: Sql, now: Date): Promise<TaskResult> {
  const candidates = await sql<{ user_id: string; company_id: string | null; persona: string }[]>`
    select user_id, company_id, persona from public.ai_user_memory where length(memory_profile::text) > ${CANDIDATE_CHARS}`
  const db = createDatabase(sql)
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
  return { rowsRead: candidates.length, details: { consolidated } }
}

export const consolidateMemoryTask: ScheduledTask = {
  name: 'consolidate_memory',
  schedule: scheduleOf('consolidate_memory'),
  summary: 'Consolidates memory profiles over 1,500 tokens (Layer 3).',
  run: (sql, { asOf }) => consolidateMemories(sql, asOf),
}
