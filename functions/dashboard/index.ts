import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { pdfResponse } from '../documents/pdf'
import { createTenantRouter } from '../lib/app'
import type { AppEnv } from '../lib/context'
import { errorResponses, fileResponse, json } from '../lib/openapi'
import { requireMembership, requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { buildDashboardPdf } from './build-dashboard-pdf'
import { loadDashboard } from './load-dashboard'
import { todayUtc } from './periods'
import { Dashboard, DashboardQuery } from './schemas'

const tags = ['Dashboard']
const security = [{ bearerAuth: [] }]
const periodsNote =
  'Periods are UTC calendar periods ending on `asOf` (default: today in UTC): the week starts on Monday; month, quarter and year run from their first day; the series covers 12 months ending with this one.'

function dashboardFor(c: Context<AppEnv>, asOf: string | undefined) {
  return loadDashboard({ ...tenantScope(c), role: requireMembership(c.get('membership')).role, asOf: asOf ?? todayUtc() })
}

export const dashboardRouter = createTenantRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'Business dashboard',
      description: `Revenue collected, receivables, jobs by status, hours this week, bid win rate and top customers. A tech sees only their assigned jobs and own hours, and no money fields (omitted). ${periodsNote}`,
      middleware: [requirePermission('dashboard:read')] as const,
      request: { query: DashboardQuery },
      responses: { 200: json(Dashboard, 'The figures the caller may see'), ...errorResponses },
    }),
    async (c) => {
      return c.json(await dashboardFor(c, c.req.valid('query').asOf), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/pdf',
      tags,
      security,
      summary: 'Business dashboard (PDF)',
      description: `The same figures as a company-branded PDF. Owners, admins and office. ${periodsNote}`,
      middleware: [requirePermission('dashboard:financials')] as const,
      request: { query: DashboardQuery },
      responses: { 200: fileResponse('application/pdf', 'The report'), ...errorResponses },
    }),
    async (c) => {
      const dashboard = await dashboardFor(c, c.req.valid('query').asOf)
      const scope = tenantScope(c)
      const bytes = await buildDashboardPdf({ tx: scope.tx, storage: c.get('services').storage, companyId: scope.companyId, dashboard })
      return pdfResponse(bytes, `dashboard-${dashboard.asOf}.pdf`)
    },
  )
