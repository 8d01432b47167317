import { createRoute } from '@hono/zod-openapi'
import { createRouter } from '../lib/app'
import { errorResponses, IdParams, json } from '../lib/openapi'
import { can, requireMembership, requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { getCustomerStats } from './get-customer-stats'
import { getCustomerTimeline } from './get-customer-timeline'
import { CustomerStats, Timeline, TimelineQuery } from './history-schemas'

const tags = ['Customers']
const security = [{ bearerAuth: [] }]

/** /customers/{id}/timeline and /stats: mounted by the customers router. */
export const historyRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/timeline',
      tags,
      security,
      summary: "A customer's history, newest first",
      description:
        'Jobs (created, started, completed, cancelled), bids (created, sent, accepted, declined), invoices (created, sent, paid, voided), ' +
        'payments, job notes and messages, merged. A tech sees only the jobs assigned to them, their notes and messages, and no money.',
      middleware: [requirePermission('customers:read')] as const,
      request: { params: IdParams, query: TimelineQuery },
      responses: { 200: json(Timeline, 'One page of the timeline'), ...errorResponses },
    }),
    async (c) => {
      const { role } = requireMembership(c.get('membership'))
      const seesMoney = can(role, 'invoices:read')
      const timeline = await getCustomerTimeline({
        ...tenantScope(c),
        customerId: c.req.valid('param').id,
        includeMoney: seesMoney,
        // Those who manage customers read the whole conversation; a tech only what concerns their jobs.
        includeAllMessages: can(role, 'customers:write'),
        ...c.req.valid('query'),
      })
      return c.json(timeline, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/stats',
      tags,
      security,
      summary: "A customer's job counts and money figures",
      description: 'Staff get revenue, lifetime billed, open and overdue balances in cents; a tech gets the counts of the jobs assigned to them only.',
      middleware: [requirePermission('customers:read')] as const,
      request: { params: IdParams },
      responses: { 200: json(CustomerStats, 'The figures'), ...errorResponses },
    }),
    async (c) => {
      const { role } = requireMembership(c.get('membership'))
      const stats = await getCustomerStats({ ...tenantScope(c), customerId: c.req.valid('param').id, includeMoney: can(role, 'invoices:read') })
      return c.json(stats, 200)
    },
  )
