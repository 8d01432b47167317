import { createRoute, z } from '@hono/zod-openapi'
import { createTenantRouter } from '../lib/app'
import { ErrorSchema, errorResponses, IdParams, json, jsonBody } from '../lib/openapi'
import { requireMembership, requirePermission } from '../lib/permissions'
import { notFound } from '../lib/errors'
import { addMember } from './add-member'
import { changeMemberRole, removeMember } from './change-member'
import { createCompany } from './create-company'
import { listMembers } from './list-members'
import { Company, CompanyInput, CompanyPatch, Member, MemberInput, MemberList, MemberRoleInput } from './schemas'
import { updateCompany } from './update-company'

const tags = ['Companies']
const security = [{ bearerAuth: [] }]
const CompanyParams = IdParams
const MemberParams = IdParams.extend({
  memberId: z.uuid({ error: 'Must be a UUID.' }).openapi({ param: { name: 'memberId', in: 'path' } }),
})

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
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      security,
      summary: 'Update your company’s profile',
      middleware: [requirePermission('company:update')] as const,
      request: { params: CompanyParams, body: jsonBody(CompanyPatch) },
      responses: { 200: json(Company, 'The updated company'), ...errorResponses },
    }),
    async (c) => {
      const { companyId } = ownCompany(c.get('membership'), c.req.valid('param').id)
      const company = await updateCompany({ tx: c.get('tx'), companyId, actorUserId: c.get('user').id, patch: c.req.valid('json'), requestId: c.get('requestId') })
      return c.json(company, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}/members/{memberId}',
      tags,
      security,
      summary: 'Change a member’s (or an invitation’s) role',
      description: 'Only owners grant or remove the owner role; the last owner cannot be demoted.',
      middleware: [requirePermission('members:manage')] as const,
      request: { params: MemberParams, body: jsonBody(MemberRoleInput) },
      responses: { 200: json(Member, 'The member with the new role'), 409: json(ErrorSchema, 'Would leave no owner'), ...errorResponses },
    }),
    async (c) => {
      const { id, memberId } = c.req.valid('param')
      const actor = { ...ownCompany(c.get('membership'), id), userId: c.get('user').id }
      const member = await changeMemberRole({ tx: c.get('tx'), actor, memberId, role: c.req.valid('json').role, requestId: c.get('requestId') })
      return c.json(member, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}/members/{memberId}',
      tags,
      security,
      summary: 'Remove a member, or withdraw an invitation',
      description: 'The person keeps their account but loses access to the company. The last owner cannot be removed.',
      middleware: [requirePermission('members:manage')] as const,
      request: { params: MemberParams },
      responses: { 204: { description: 'Removed' }, 409: json(ErrorSchema, 'Would leave no owner'), ...errorResponses },
    }),
    async (c) => {
      const { id, memberId } = c.req.valid('param')
      const actor = { ...ownCompany(c.get('membership'), id), userId: c.get('user').id }
      await removeMember({ tx: c.get('tx'), actor, memberId, requestId: c.get('requestId') })
      return c.body(null, 204)
    },
  )
