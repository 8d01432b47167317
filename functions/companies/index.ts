import { createRoute } from '@hono/zod-openapi'
import { createTenantRouter } from '../lib/app'
import { ErrorSchema, errorResponses, IdParams, json, jsonBody } from '../lib/openapi'
import { requireMembership, requirePermission } from '../lib/permissions'
import { notFound } from '../lib/errors'
import { addMember } from './add-member'
import { createCompany } from './create-company'
import { listMembers } from './list-members'
import { Company, CompanyInput, Member, MemberInput, MemberList } from './schemas'

const tags = ['Companies']
const security = [{ bearerAuth: [] }]
const CompanyParams = IdParams

/** The caller's own company id, or 404: another company's id is never acknowledged. */
function ownCompany(membership: Parameters<typeof requireMembership>[0], id: string) {
  const own = requireMembership(membership)
  if (own.companyId !== id) throw notFound('Company')
  return own
}

export const companiesRouter = createTenantRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security,
      summary: 'Create your company',
      description: 'A signed-in user who belongs to no company creates one and becomes its owner.',
      request: { body: jsonBody(CompanyInput) },
      responses: { 201: json(Company, 'The new company'), 409: json(ErrorSchema, 'You already belong to a company'), ...errorResponses },
    }),
    async (c) => {
      const company = await createCompany({
        tx: c.get('tx'),
        user: c.get('user'),
        membership: c.get('membership'),
        input: c.req.valid('json'),
        requestId: c.get('requestId'),
      })
      return c.json(company, 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/members',
      tags,
      security,
      summary: 'List members and open invitations',
      middleware: [requirePermission('members:read')] as const,
      request: { params: CompanyParams },
      responses: { 200: json(MemberList, 'Members, then invitations'), ...errorResponses },
    }),
    async (c) => {
      const { companyId } = ownCompany(c.get('membership'), c.req.valid('param').id)
      return c.json({ data: await listMembers({ tx: c.get('tx'), companyId }) }, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/members',
      tags,
      security,
      summary: 'Add a member by email',
      description: 'Adds an existing account, or leaves an invitation that is claimed when that email signs up. Owners and admins only; only owners add owners.',
      middleware: [requirePermission('members:manage')] as const,
      request: { params: CompanyParams, body: jsonBody(MemberInput) },
      responses: { 201: json(Member, 'The member or invitation'), 409: json(ErrorSchema, 'Already a member or invited'), ...errorResponses },
    }),
    async (c) => {
      const actor = ownCompany(c.get('membership'), c.req.valid('param').id)
      const { email, role } = c.req.valid('json')
      const member = await addMember({ tx: c.get('tx'), actor: { ...actor, userId: c.get('user').id }, email, role, requestId: c.get('requestId') })
      return c.json(member, 201)
    },
  )
