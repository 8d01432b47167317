import { createRoute, z } from '@hono/zod-openapi'
import { eq } from 'drizzle-orm'
import { companies, memberRoles } from '../../db/schema'
import { Company } from '../companies/schemas'
import { toCompany } from '../companies/to-company'
import { createTenantRouter } from '../lib/app'
import { errorResponses, json } from '../lib/openapi'

export const MeResponse = z
  .object({
    user: z.object({ id: z.uuid(), email: z.string().nullable() }),
    company: Company.nullable(),
    role: z.enum(memberRoles).nullable(),
  })
  .openapi('Me')

export const meRouter = createTenantRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    tags: ['Account'],
    security: [{ bearerAuth: [] }],
    summary: 'Who am I: user, company and role',
    responses: { 200: json(MeResponse, 'The signed-in user; company and role are null before joining one'), ...errorResponses },
  }),
  async (c) => {
    const user = c.get('user')
    const membership = c.get('membership')
    const [company] = membership ? await c.get('tx').select().from(companies).where(eq(companies.id, membership.companyId)) : []
    return c.json(
      MeResponse.parse({ user: { id: user.id, email: user.email }, company: company ? toCompany(company) : null, role: membership?.role ?? null }),
      200,
    )
  },
)
