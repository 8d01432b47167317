import { createRoute } from '@hono/zod-openapi'
import { createRouter, createTenantRouter } from '../../lib/app'
import { errorResponses, ErrorSchema, IdParams, json } from '../../lib/openapi'
import { cancelIntent } from './cancel-intent'
import { confirmIntent } from './confirm-intent'
import { noteIntentOutcome, recordIntentOutcome } from './intent-outcome'
import { CancelledIntent, ExecutedIntent } from './schemas'

export { proposeIntent, type Proposal } from './propose-intent'
export { proposePortalIntent, type PortalProposal } from './portal/propose-portal-intent'

const tags = ['Z']
const security = [{ bearerAuth: [] }]
const conflict = { 409: json(ErrorSchema, 'Already carried out, cancelled, expired or failed: the message says which; nothing was done') }

const decisions = createTenantRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/confirm',
      tags,
      security,
      summary: 'Confirm an action Z proposed, and carry it out',
      description:
        'The only way a write Z proposed from language runs: by the person it was proposed to, once, within 15 minutes. ' +
        'It runs with their current role (403 if that role may no longer do it; a homeowner’s service request from the client portal needs no role), through the same service as the REST route, ' +
        'and in one transaction: a failure writes nothing, answers with that error and marks the action failed. ' +
        'Bids and invoices drafted by Z are flagged createdByAi and capped at $50,000.00. Every executed action is in the audit log.',
      request: { params: IdParams },
      responses: { 200: json(ExecutedIntent, 'What was done'), ...conflict, ...errorResponses },
    }),
    async (c) => {
      const intent = await confirmIntent({
        tx: c.get('tx'),
        actorUserId: c.get('user').id,
        membership: c.get('membership'),
        requestId: c.get('requestId'),
        intentId: c.req.valid('param').id,
        afterRollback: (outcome) => noteIntentOutcome(c, outcome),
      })
      return c.json(ExecutedIntent.parse({ intent }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/cancel',
      tags,
      security,
      summary: 'Discard an action Z proposed',
      request: { params: IdParams },
      responses: { 200: json(CancelledIntent, 'The discarded action'), ...conflict, ...errorResponses },
    }),
    async (c) => {
      const intent = await cancelIntent({ tx: c.get('tx'), intentId: c.req.valid('param').id, afterRollback: (outcome) => noteIntentOutcome(c, outcome) })
      return c.json(CancelledIntent.parse({ intent }), 200)
    },
  )

/**
 * Confirming and cancelling Z's pending intents (`/ai/intents/{id}/confirm|cancel`). The
 * outcome recorder wraps the tenant transaction so an expired or failed intent is marked after
 * the error answer has rolled the transaction back.
 */
export const intentRoutes = createRouter().use('*', recordIntentOutcome).route('/', decisions)
