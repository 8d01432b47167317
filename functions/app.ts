import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { chatRouter, correctionsRouter, feedbackRouter, usageRouter } from './ai'
import { intentRoutes } from './ai/intents'
import { memoryRouter } from './ai/memory/routes'
import { companiesRouter } from './companies'
import { costingRouter } from './costing'
import { bidsRouter } from './bids'
import { customersRouter } from './customers'
import { dashboardRouter } from './dashboard'
import { expensesRouter } from './expenses'
import { filesRouter } from './files'
import { invoicesRouter } from './invoices'
import { jobsRouter } from './jobs'
import { jobCategoryRouter } from './jobs/job-category-routes'
import { leadsRouter } from './leads'
import { outboxRouter } from './outbox'
import { portalRouter } from './portal'
import { timeRouter } from './time'
import { publicRouter } from './health'
import { applyCommonMiddleware, createRouter, handleError } from './lib/app'
import type { AppEnv, ServicesProvider } from './lib/context'
import { ApiError } from './lib/errors'
import { docsHtml } from './lib/openapi'
import { meRouter } from './me'
import { opsRouter } from './ops'
import { messagesRouter } from './messages'
import { portalMessagesRouter } from './messages/portal-routes'

export type AppOptions = {
  /** How a request gets its database and config (a shared pool on Node, per request on Workers). */
  services: ServicesProvider
}

/**
 * Builds the API (`/api/v1/*`). Both hosts (functions/node.ts, functions/worker.ts) serve
 * this same app.
 */
export function createApp({ services }: AppOptions) {
  const api = createRouter().basePath('/api/v1')
  api.use(
    '*',
    createMiddleware<AppEnv>(async function provideServices(c, next) {
      c.set('services', services(c.env))
      await next()
    }),
  )
  applyCommonMiddleware(api)
  api.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A Supabase access token (supabase.auth.getSession()).',
  })
  api.route('/', publicRouter)
  api.route('/me', meRouter)
  api.route('/companies', companiesRouter)
  api.route('/customers', customersRouter)
  api.route('/jobs', jobsRouter)
  api.route('/job-categories', jobCategoryRouter)
  api.route('/bids', bidsRouter)
  api.route('/invoices', invoicesRouter)
  api.route('/expenses', expensesRouter)
  api.route('/costing', costingRouter)
  api.route('/time', timeRouter)
  api.route('/leads', leadsRouter)
  api.route('/messages', messagesRouter)
  api.route('/portal', portalMessagesRouter)
  api.route('/dashboard', dashboardRouter)
  api.route('/outbox', outboxRouter)
  api.route('/files', filesRouter)
  api.route('/portal', portalRouter)
  api.route('/ai/chat', chatRouter)
  api.route('/ai/feedback', feedbackRouter)
  api.route('/ai/corrections', correctionsRouter)
  api.route('/ai/usage', usageRouter)
  api.route('/ai/intents', intentRoutes)
  api.route('/ai/memory', memoryRouter)
  api.route('/ops', opsRouter)
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'ZAFTO API', version: '1', description: 'The contractor platform API. Every route but health, config and docs needs a Supabase access token.' },
  })
  api.get('/docs', (c) => c.html(docsHtml('/api/v1/openapi.json')))
  // Unknown API paths answer in the error shape: `all` catches them under the Node host,
  // where later routes serve the web; `notFound` where this app is the whole Worker.
  const unknownEndpoint = (c: Context<AppEnv>) =>
    handleError(new ApiError('not_found', `No endpoint ${c.req.method} ${c.req.path}. See /api/v1/docs.`), c)
  api.all('*', unknownEndpoint)
  api.notFound(unknownEndpoint)
  return api
}

export type App = ReturnType<typeof createApp>
