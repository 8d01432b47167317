import { createRoute } from '@hono/zod-openapi'
import { createTenantRouter } from '../lib/app'
import { errorResponses, IdParams, json, jsonBody } from '../lib/openapi'
import { requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { getJobCosting } from './get-job-costing'
import { listHourlyCosts } from './list-hourly-costs'
import { listJobCosting } from './list-job-costing'
import { HourlyCostInput, JobCosting, JobCostingList, JobCostingListQuery, MemberRate, MemberRateList, UserIdParams } from './schemas'
import { setHourlyCost } from './set-hourly-cost'

const tags = ['Job costing']
const security = [{ bearerAuth: [] }]
const ownersOnly = 'Owners and admins only: office and techs get 403.'

/** Job costing and margins, and the hourly labour cost they rest on. Owners and admins only. */
export const costingRouter = createTenantRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/jobs',
      tags,
      security,
      summary: 'Costing of completed jobs, by margin',
      description: `Completed jobs (completed between \`from\` and \`to\`, UTC days) with revenue, labour, materials, expenses and margin, and the totals of the period. ${ownersOnly}`,
      middleware: [requirePermission('costing:read')] as const,
      request: { query: JobCostingListQuery },
      responses: { 200: json(JobCostingList, 'A page of costed jobs and the period’s totals'), ...errorResponses },
    }),
    async (c) => {
      return c.json(await listJobCosting({ ...tenantScope(c), ...c.req.valid('query') }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/jobs/{id}',
      tags,
      security,
      summary: 'Costing and margin of one job',
      description: `Revenue (invoices, void excluded; the accepted bid for reference), labour per person (clocked hours × hourly cost; open entries up to now), material lines, linked expenses, total cost and margin. ${ownersOnly}`,
      middleware: [requirePermission('costing:read')] as const,
      request: { params: IdParams },
      responses: { 200: json(JobCosting, 'The job’s costing'), ...errorResponses },
    }),
    async (c) => {
      return c.json(await getJobCosting({ ...tenantScope(c), jobId: c.req.valid('param').id }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rates',
      tags,
      security,
      summary: 'Hourly labour cost of each member',
      description: ownersOnly,
      middleware: [requirePermission('costing:read')] as const,
      responses: { 200: json(MemberRateList, 'Members and their hourly cost'), ...errorResponses },
    }),
    async (c) => {
      return c.json({ data: await listHourlyCosts(tenantScope(c)) }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/rates/{userId}',
      tags,
      security,
      summary: 'Set a member’s hourly labour cost',
      description: `The loaded cost per hour (wage, payroll taxes, insurance) that job costing multiplies clocked hours by; null clears it. Audited. ${ownersOnly}`,
      middleware: [requirePermission('costing:write')] as const,
      request: { params: UserIdParams, body: jsonBody(HourlyCostInput) },
      responses: { 200: json(MemberRate, 'The member with the new rate'), ...errorResponses },
    }),
    async (c) => {
      const rate = await setHourlyCost({ ...tenantScope(c), userId: c.req.valid('param').userId, hourlyCostCents: c.req.valid('json').hourlyCostCents })
      return c.json(rate, 200)
    },
  )
