import { z } from 'zod'
import { createDatabase, type Sql } from '../../db/client'
import { extractObservations, type TranscriptMessage } from '../../functions/ai/memory/extract-observations'
import { loadMemoryMeta } from '../../functions/ai/memory/load-memory-meta'
import { updateMemory } from '../../functions/ai/memory/memory-store'
import { mergeObservations } from '../../functions/ai/memory/merge-observations'
import { personas } from '../../functions/ai/types'
import { log } from '../../functions/lib/logger'
import type { JobContext, JobDefinition } from '../job-definition'

export const UPDATE_MEMORY_JOB = 'ai.update-memory'
/** The memory update runs each time a conversation passes a multiple of this many messages. */
export const MEMORY_EVERY_MESSAGES = 5
/** The newest messages of a conversation the update reads. */
const TRANSCRIPT_MESSAGES = 40

export const UpdateMemoryPayload = z.object({
  userId: z.uuid(),
  persona: z.enum(personas),
  companyId: z.uuid().nullable(),
  conversationId: z.uuid(),
})
export type UpdateMemoryPayload = z.infer<typeof UpdateMemoryPayload>

/**
 * Layer 3's update: gate (anything worth remembering?) → observation extraction → the
 * deterministic merge → schema validation → write with version + 1 (optimistic, retried
 * once). The conversation id is the observations' source, so re-reading the same conversation
 * five messages later reinforces nothing twice. An invalid merge keeps the old profile.
 */
async function updateMemoryFromConversation(sql: Sql, payload: UpdateMemoryPayload, { models }: JobContext) {
  const { userId, persona, companyId, conversationId } = payload
  const rows = await sql<TranscriptMessage[]>`
    select role::text as role, content from public.ai_messages
    where conversation_id = ${conversationId} and user_id = ${userId}
    order by message_index desc limit ${TRANSCRIPT_MESSAGES}`
  const { gated, observations } = await extractObservations({ models, messages: [...rows].reverse() })
  if (!gated || !observations.length) {
    log.info('ai.memory.update.skipped', { conversationId, gated })
    return
  }
  const meta = await loadMemoryMeta(sql, { userId, persona })
  const now = new Date()
  const version = await updateMemory({
    db: createDatabase(sql),
    userId,
    companyId,
    persona,
    interactionAt: now,
    change: (current) => {
      const result = mergeObservations(current, observations.map((observation) => ({ ...observation, source: conversationId })), now, { meta })
      if (result.error) log.error('ai.memory.merge.invalid', { conversationId, internal: result.error })
      return result.changed ? result.profile : null
    },
  })
  log.info('ai.memory.update.done', { conversationId, observations: observations.length, version })
}

export const updateMemoryJob: JobDefinition<UpdateMemoryPayload> = {
  name: UPDATE_MEMORY_JOB,
  payload: UpdateMemoryPayload,
  handler: updateMemoryFromConversation,
}
