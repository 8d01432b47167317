import { createRoute } from '@hono/zod-openapi'
import { sql } from 'drizzle-orm'
import { streamSSE } from 'hono/streaming'
import { requireUser } from '../lib/auth'
import { createRouter, createTenantRouter } from '../lib/app'
import { ApiError } from '../lib/errors'
import { errorResponses, json, jsonBody } from '../lib/openapi'
import { loadUsage } from './chat/load-usage'
import { recordCorrection, recordFeedback } from './chat/record-feedback'
import { runChat } from './chat/run-chat'
import { ChatRequest, ChatResponse, CorrectionInput, Created, DryRunResponse, FeedbackInput, Usage, UsageQuery } from './chat/schemas'
import { requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'

const tags = ['Z']
const security = [{ bearerAuth: [] }]

const toSafeError = (error: unknown) =>
  error instanceof ApiError
    ? { code: error.code, message: error.message }
    : { code: 'internal', message: 'Z could not finish this answer. Try again; if it keeps happening, contact support.' }

/**
 * POST /ai/chat (mounted at /ai/chat: each /ai router has its own prefix, so one router's
 * `*` middleware never reaches another's routes). Not inside the request-wide tenant transaction on purpose: a model call
 * can take seconds, and no transaction (or PGlite's single writer) may wait on it. runChat
 * opens its own short transactions as the user.
 */
export const chatRouter = createRouter()
chatRouter.use('*', requireUser)
chatRouter.openapi(
  createRoute({
    method: 'post',
    path: '/',
    tags,
    security,
    summary: 'Ask Z',
    description:
      'One entry point for every surface. Z reads who you are, what you are looking at, what it knows and remembers, and what your role may be told, then answers from the database (fast path), proposes a write for you to confirm, or asks a model routed by stakes. `stream: true` answers as Server-Sent Events (`delta` {text}, `reset` when an escalated answer replaces the text so far, then `done` with the full response, or `error`). `dry_run: true` returns the assembled context instead and calls nothing.',
    request: { body: jsonBody(ChatRequest) },
    responses: {
      200: {
        description: 'The answer, the dry run, or an event stream',
        content: { 'application/json': { schema: ChatResponse.or(DryRunResponse) }, 'text/event-stream': { schema: ChatResponse } },
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const input = c.req.valid('json')
    const turn = { services: c.get('services'), user: c.get('user'), requestId: c.get('requestId'), input }
    if (!input.stream || input.dry_run) {
      const result = await runChat(turn)
      return c.json('dryRun' in result ? result.dryRun : result.answer, 200)
    }
    return streamSSE(c, async (stream) => {
      // Writes are chained so events leave in order even though the model calls back synchronously.
      let pending = Promise.resolve()
      const send = (event: string, data: unknown) => {
        pending = pending.then(() => stream.writeSSE({ event, data: JSON.stringify(data) }))
      }
      try {
        const result = await runChat({ ...turn, onText: (text) => send('delta', { text }), onReset: () => send('reset', {}) })
        if ('answer' in result) send('done', result.answer)
      } catch (error) {
        send('error', { error: { ...toSafeError(error), requestId: c.get('requestId') } })
      }
      await pending
    }) as never
  },
)

/** Feedback: a small write inside the usual tenant transaction (mounted at /ai/feedback). */
export const feedbackRouter = createTenantRouter().openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security,
      summary: 'Rate an answer (👍 / 👎)',
      request: { body: jsonBody(FeedbackInput) },
      responses: { 201: json(Created, 'Recorded'), ...errorResponses },
    }),
    async (c) => {
      const membership = c.get('membership')
      return c.json(await recordFeedback({ tx: c.get('tx'), userId: c.get('user').id, companyId: membership?.companyId ?? null, input: c.req.valid('json') }), 201)
    },
  )

/** Corrections: queued for review (mounted at /ai/corrections). */
export const correctionsRouter = createTenantRouter().openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security,
      summary: 'Correct an answer (✏️)',
      description: 'Stores the correction for review by trade and topic; reviewers validate or reject it.',
      request: { body: jsonBody(CorrectionInput) },
      responses: { 201: json(Created, 'Queued for review'), ...errorResponses },
    }),
    async (c) => {
      const tx = c.get('tx')
      const membership = c.get('membership')
      const [company] = membership
        ? await tx.execute<{ trade: string | null }>(sql`select trades[1] as trade from public.companies where id = ${membership.companyId}`)
        : []
      return c.json(
        await recordCorrection({ tx, userId: c.get('user').id, companyId: membership?.companyId ?? null, trade: company?.trade ?? 'general', input: c.req.valid('json') }),
        201,
      )
    },
  )

/** Z's usage and cost for the company (mounted at /ai/usage). */
export const usageRouter = createTenantRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    tags,
    security,
    summary: "Z's requests, tokens and cost for your company",
    description: 'Per model and tier and per day (UTC), from the accounting the post-processing job keeps. Owners and admins.',
    middleware: [requirePermission('ai_usage:read')] as const,
    request: { query: UsageQuery },
    responses: { 200: json(Usage, 'The usage'), ...errorResponses },
  }),
  async (c) => c.json(await loadUsage({ tx: tenantScope(c).tx, days: c.req.valid('query').days }), 200),
)
