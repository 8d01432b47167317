import { z } from 'zod'
import type { Sql } from '../../db/client'
import type { JobContext, JobDefinition } from '../job-definition'
import { MEMORY_EVERY_MESSAGES, UPDATE_MEMORY_JOB } from './update-memory'

const Message = z.object({ index: z.number().int().min(0), content: z.string(), at: z.iso.datetime() })

export const PersistAiExchangePayload = z.object({
  conversationId: z.uuid(),
  userId: z.uuid(),
  companyId: z.uuid().nullable(),
  question: Message,
  answer: Message.extend({
    model: z.string(),
    tier: z.enum(['fast', 'balanced', 'deep']),
    queryType: z.string(),
    confidence: z.number().min(0).max(1),
    inputTokens: z.number().int().min(0),
    outputTokens: z.number().int().min(0),
    costUsd: z.number().min(0).nullable(),
    latencyMs: z.number().int().min(0),
    sources: z.array(z.unknown()),
    suggestedActions: z.array(z.unknown()),
    escalated: z.boolean(),
    uncertain: z.boolean(),
    fastPath: z.boolean(),
  }),
})
export type PersistAiExchangePayload = z.infer<typeof PersistAiExchangePayload>

/**
 * Writes one question and its answer with model, tier, tokens and cost, and adds them to
 * the company's daily usage. Positions were reserved by the request, so a retry inserts
 * nothing twice and counts nothing twice. When the conversation passes every fifth message,
 * the memory update (`ai.update-memory`) is queued for it.
 */
async function persistAiExchange(sql: Sql, payload: PersistAiExchangePayload, { queue }: JobContext) {
  const { conversationId, userId, companyId, question, answer } = payload
  const written = await sql.begin(async (tx) => {
    // One column list for both rows (postgres.js takes the columns from the first object).
    const row = (role: 'user' | 'assistant', message: typeof question, meta: Partial<typeof answer> = {}) => ({
      conversation_id: conversationId,
      user_id: userId,
      company_id: companyId,
      role,
      content: message.content,
      message_index: message.index,
      created_at: message.at,
      model: meta.model ?? null,
      tier: meta.tier ?? null,
      query_type: meta.queryType ?? null,
      confidence: meta.confidence ?? null,
      input_tokens: meta.inputTokens ?? null,
      output_tokens: meta.outputTokens ?? null,
      cost_usd: meta.costUsd ?? null,
      latency_ms: meta.latencyMs ?? null,
      sources: JSON.stringify(meta.sources ?? []),
      suggested_actions: JSON.stringify(meta.suggestedActions ?? []),
      escalated: meta.escalated ?? false,
      uncertain: meta.uncertain ?? false,
      fast_path: meta.fastPath ?? false,
    })
    const inserted = await tx`
      insert into public.ai_messages ${tx([row('user', question), row('assistant', answer, answer)] as never)}
      on conflict (conversation_id, message_index) do nothing
      returning role`
    if (!inserted.some((row) => row.role === 'assistant')) return false
    if (!companyId) return true
    await tx`
      insert into public.ai_usage_daily (company_id, day, model, tier, requests, fast_path_requests, escalations, input_tokens, output_tokens, cost_usd)
      values (${companyId}, (${answer.at}::timestamptz at time zone 'UTC')::date, ${answer.model}, ${answer.tier}, 1,
              ${answer.fastPath ? 1 : 0}, ${answer.escalated ? 1 : 0}, ${answer.inputTokens}, ${answer.outputTokens}, ${answer.costUsd ?? 0})
      on conflict (company_id, day, model, tier) do update set
        requests = ai_usage_daily.requests + 1,
        fast_path_requests = ai_usage_daily.fast_path_requests + excluded.fast_path_requests,
        escalations = ai_usage_daily.escalations + excluded.escalations,
        input_tokens = ai_usage_daily.input_tokens + excluded.input_tokens,
        output_tokens = ai_usage_daily.output_tokens + excluded.output_tokens,
        cost_usd = ai_usage_daily.cost_usd + excluded.cost_usd,
        updated_at = now()`
    return true
  })
  // Messages before this exchange, and after it: queue when a multiple of five lies between.
  const crossed = Math.floor((answer.index + 1) / MEMORY_EVERY_MESSAGES) > Math.floor(question.index / MEMORY_EVERY_MESSAGES)
  if (!written || !crossed) return
  const [conversation] = await sql<{ persona: string }[]>`select persona::text from public.ai_conversations where id = ${conversationId}`
  if (conversation) await queue.send(UPDATE_MEMORY_JOB, { userId, persona: conversation.persona, companyId, conversationId })
}

export const persistAiExchangeJob: JobDefinition<PersistAiExchangePayload> = {
  name: 'ai.persist-exchange',
  payload: PersistAiExchangePayload,
  handler: persistAiExchange,
}
