import { z } from '@hono/zod-openapi'
import { SessionContext } from '../layers/session-context'
import { platforms, tiers } from '../types'

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

export const ChatRequest = z
  .object({
    message: z.string().trim().min(1, 'Ask Z something.').max(8000, 'Keep a message under 8,000 characters; attach long documents instead.'),
    conversation_id: z.uuid({ error: 'Must be a UUID from an earlier answer.' }).optional(),
    platform: z.enum(platforms),
    session_context: SessionContext.optional(),
    time_zone: z
      .string()
      .max(64)
      .refine(isTimeZone, 'Use an IANA time zone such as America/New_York.')
      .optional()
      .openapi({ description: "The person's IANA time zone, for \"today\" and \"tomorrow\" (default America/New_York)." }),
    stream: z.boolean().optional().openapi({ description: 'Answer as Server-Sent Events: `delta` events, then one `done` with the metadata.' }),
    dry_run: z.boolean().optional().openapi({ description: 'Call no model and write nothing: return the persona, route, budget, context and system prompt Z would use.' }),
  })
  .openapi('ZChatRequest')
export type ChatRequest = z.infer<typeof ChatRequest>

const Source = z.object({ kind: z.enum(['record', 'knowledge', 'code', 'pattern']), title: z.string(), url: z.string().optional(), snippet: z.string().optional() })
const SuggestedAction = z.union([
  z.object({ label: z.string(), kind: z.literal('navigate'), href: z.string() }),
  z.object({ label: z.string(), kind: z.literal('ask'), message: z.string() }),
])
export const PendingIntentSchema = z
  .object({ id: z.uuid(), action: z.string(), summary: z.string(), params: z.record(z.string(), z.unknown()), expiresAt: z.string() })
  .openapi('ZPendingIntent')

export const ChatResponse = z
  .object({
    conversation_id: z.uuid(),
    message_index: z.number().int().openapi({ description: "The answer's position in the conversation (for feedback)." }),
    response: z.string(),
    sources: z.array(Source),
    suggested_actions: z.array(SuggestedAction),
    model_used: z.string().openapi({ description: 'The model id, `fast-path` (answered from the database) or `offline`.' }),
    tier: z.enum(tiers),
    confidence: z.number().min(0).max(1),
    uncertain: z.boolean().openapi({ description: 'The strongest model still hedged: verify before relying on it.' }),
    pending_intent: PendingIntentSchema.optional().openapi({ description: 'A write Z prepared; nothing happens until POST /ai/intents/{id}/confirm.' }),
  })
  .openapi('ZChatResponse')
export type ChatResponse = z.infer<typeof ChatResponse>

export const DryRunResponse = z
  .object({
    persona: z.string(),
    tools: z.array(z.string()).openapi({ description: 'The read-only tools the model would be offered' }),
    route: z.object({ tier: z.enum(tiers), reason: z.string(), safety_critical: z.boolean(), query_type: z.string() }),
    budget: z.object({
      tier: z.enum(tiers),
      limit_tokens: z.number().int(),
      slots: z.array(z.object({ name: z.string(), tokens: z.number().int(), allocated: z.number().int() })),
      total_tokens: z.number().int(),
      trimmed: z.array(z.string()),
    }),
    context: z.object({
      identity: z.unknown(),
      memory: z.unknown(),
      session: z.unknown(),
      portal: z.unknown().openapi({ description: "Client portal: the homeowner's contractors and the one this turn is about (null elsewhere)" }),
      knowledge: z.array(z.unknown()),
      patterns: z.array(z.unknown()),
      pattern_gaps: z.array(z.string()).openapi({ description: 'Asked-about patterns without enough data: Z says it lacks a reliable number' }),
      restrictions: z.string(),
      visibility: z.record(z.string(), z.boolean()),
    }),
    system_prompt: z.string(),
    messages: z.array(z.object({ role: z.enum(['user', 'assistant']), content: z.string() })),
  })
  .openapi('ZDryRun')

export const FeedbackInput = z
  .object({
    conversation_id: z.uuid(),
    message_index: z.number().int().min(0),
    signal: z.enum(['positive', 'negative']),
    category: z.enum(['inaccurate', 'irrelevant', 'unclear', 'other']).optional(),
    comment: z.string().trim().max(2000).optional(),
  })
  .openapi('ZFeedbackInput')

export const CorrectionInput = z
  .object({
    conversation_id: z.uuid().optional(),
    original_response: z.string().trim().min(1).max(20_000),
    correction_text: z.string().trim().min(1, 'Say what the answer should be.').max(5000),
    code_reference: z.string().trim().max(120).optional(),
    topic: z.string().trim().max(120).optional(),
    severity: z.enum(['minor', 'major', 'safety_critical']).default('minor'),
  })
  .openapi('ZCorrectionInput')

export const Created = z.object({ id: z.uuid() }).openapi('Created')

export const UsageQuery = z.object({
  days: z.coerce.number().int().min(1).max(366).default(30).openapi({ description: 'How many days back, including today (UTC).' }),
})

export const Usage = z
  .object({
    days: z.number().int(),
    totals: z.object({
      requests: z.number().int(),
      fastPathRequests: z.number().int(),
      escalations: z.number().int(),
      inputTokens: z.number().int(),
      outputTokens: z.number().int(),
      costUsd: z.number(),
    }),
    byModel: z.array(z.object({ model: z.string(), tier: z.string(), requests: z.number().int(), inputTokens: z.number().int(), outputTokens: z.number().int(), costUsd: z.number() })),
    byDay: z.array(z.object({ day: z.string(), requests: z.number().int(), costUsd: z.number() })),
  })
  .openapi('ZUsage')
