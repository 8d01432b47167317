import { createRoute, z } from '@hono/zod-openapi'
import { eq } from 'drizzle-orm'
import { companies, trades, type Trade } from '../../db/schema'
import { createTenantRouter } from '../lib/app'
import { errorResponses, json } from '../lib/openapi'
import { requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { jobCategories, SERVICE_CALL } from './job-categories'

export const JobCategoryList = z
  .object({
    trades: z.array(
      z.object({
        trade: z.enum(trades),
        companyTrade: z.boolean().openapi({ description: 'One of the caller’s company’s trades (these come first)' }),
        categories: z
          .array(z.object({ slug: z.string().openapi({ example: 'panel_upgrade' }), label: z.string().openapi({ example: 'Panel upgrade' }) }))
          .openapi({ description: 'The trade’s kinds of work, then the service call every trade has' }),
      }),
    ),
  })
  .openapi('JobCategoryList')

export type JobCategoryList = z.output<typeof JobCategoryList>

/** Every trade with its kinds of work, the company's trades first (in the company's order), the rest in catalogue order. */
export function listJobCategories(companyTrades: readonly string[]): JobCategoryList {
  const own = companyTrades.filter((trade): trade is Trade => (trades as readonly string[]).includes(trade))
  const ordered = [...own, ...trades.filter((trade) => !own.includes(trade))]
  return {
    trades: ordered.map((trade) => ({
      trade,
      companyTrade: own.includes(trade),
      categories: [...jobCategories[trade], SERVICE_CALL].map(({ slug, label }) => ({ slug, label })),
    })),
  }
}

/** /job-categories: the kinds of work jobs and bids are filed under, for pickers. */
export const jobCategoryRouter = createTenantRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    tags: ['Jobs'],
    security: [{ bearerAuth: [] }],
    summary: 'List the kinds of work per trade',
    description:
      'The `jobCategory` values jobs and bids accept, per trade, with labels to show. Anonymous industry patterns are computed by kind of work, so a job or bid filed under one feeds them.',
    middleware: [requirePermission('jobs:read')] as const,
    responses: { 200: json(JobCategoryList, 'Every trade, the company’s first'), ...errorResponses },
  }),
  async (c) => {
    const { tx, companyId } = tenantScope(c)
    const [company] = await tx.select({ trades: companies.trades }).from(companies).where(eq(companies.id, companyId))
    return c.json(JobCategoryList.parse(listJobCategories(company?.trades ?? [])), 200)
  },
)
