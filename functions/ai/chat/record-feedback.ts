import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { notFound } from '../../lib/errors'
import type { z } from '@hono/zod-openapi'
import type { CorrectionInput, FeedbackInput } from './schemas'
import { rememberCorrection } from '../memory/remember-correction'

type Scope = { tx: Tx; userId: string; companyId: string | null }

/** Fails with not-found unless the conversation is the caller's own (RLS decides). */
async function requireOwnConversation(tx: Tx, conversationId: string) {
  const [row] = await tx.execute(sql`select 1 from public.ai_conversations where id = ${conversationId}::uuid`)
  if (!row) throw notFound('Conversation')
}

/** 👍 / 👎 on one answer, with an optional category and comment. */
export async function recordFeedback({ tx, userId, companyId, input }: Scope & { input: z.infer<typeof FeedbackInput> }): Promise<{ id: string }> {
  await requireOwnConversation(tx, input.conversation_id)
  const [row] = await tx.execute<{ id: string }>(sql`
    insert into public.ai_feedback (user_id, company_id, conversation_id, message_index, signal, category, comment)
    values (${userId}, ${companyId}, ${input.conversation_id}, ${input.message_index}, ${input.signal}, ${input.category ?? null}, ${input.comment ?? null})
    returning id`)
  return row!
}

/**
 * ✏️ a correction of an answer, queued for review (validated = null) by trade and topic. The
 * trade is the company's first trade, or `general` for people outside a company. It enters
 * the person's memory at once, as pending, in the same transaction.
 */
export async function recordCorrection({ tx, userId, companyId, trade, input }: Scope & { trade: string; input: z.infer<typeof CorrectionInput> }): Promise<{ id: string }> {
  if (input.conversation_id) await requireOwnConversation(tx, input.conversation_id)
  const [row] = await tx.execute<{ id: string }>(sql`
    insert into public.ai_corrections (user_id, company_id, conversation_id, original_response, correction_text, code_reference, trade, topic, severity)
    values (${userId}, ${companyId}, ${input.conversation_id ?? null}, ${input.original_response}, ${input.correction_text},
            ${input.code_reference ?? null}, ${trade}, ${input.topic ?? null}, ${input.severity})
    returning id`)
  await rememberCorrection({
    db: tx,
    userId,
    companyId,
    correction: {
      id: row!.id,
      conversationId: input.conversation_id,
      topic: input.topic,
      originalResponse: input.original_response,
      correctionText: input.correction_text,
      codeReference: input.code_reference,
    },
  })
  return row!
}
