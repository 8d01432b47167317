import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { AiVisibility } from '../ai/visibility/describe-visibility'
import { getVisibilitySettings } from '../ai/visibility/get-visibility-settings'
import { VisibilitySettings } from '../ai/visibility/settings'
import { updateVisibilitySettings } from '../ai/visibility/update-visibility-settings'
import { uploadedFile } from '../files/store-file'
import { createTenantRouter } from '../lib/app'
import type { AppEnv } from '../lib/context'
import { notFound } from '../lib/errors'
import { ErrorSchema, errorResponses, IdParams, json, jsonBody } from '../lib/openapi'
import { requireMembership, requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { addMember } from './add-member'
import { changeMemberRole, removeMember } from './change-member'
import { createCompany } from './create-company'
import { listMembers } from './list-members'
import { setCompanyLogo } from './set-logo'
import { Company, CompanyInput, CompanyPatch, Member, MemberInput, MemberList, MemberRoleInput } from './schemas'
import { updateCompany } from './update-company'

const tags = ['Companies']
const security = [{ bearerAuth: [] }]
const CompanyParams = IdParams
const MemberParams = IdParams.extend({
  memberId: z.uuid({ error: 'Must be a UUID.' }).openapi({ param: { name: 'memberId', in: 'path' } }),
})

/**
 * The tenant scope of a route under /companies/{id}, plus the acting member. Another
 * company's id is never acknowledged: it is simply not found.
 */
function ownCompany(c: Context<AppEnv>, id: string) {
  const scope = tenantScope(c)
  if (scope.companyId !== id) throw notFound('Company')
  return { ...scope, actor: { ...requireMembership(c.get('membership')), userId: scope.actorUserId } }
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
      return c.json({ data: await listMembers(ownCompany(c, c.req.valid('param').id)) }, 200)
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
      const member = await addMember({ ...ownCompany(c, c.req.valid('param').id), ...c.req.valid('json') })
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
      const company = await updateCompany({ ...ownCompany(c, c.req.valid('param').id), patch: c.req.valid('json') })
      return c.json(company, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/logo',
      tags,
      security,
      summary: 'Upload the company logo (PNG or JPEG, up to 10 MB)',
      description: 'Printed on bids, invoices and reports. Send multipart/form-data with the image in a field named `file`; it replaces the previous logo.',
      middleware: [requirePermission('company:update')] as const,
      request: { params: CompanyParams },
      responses: { 200: json(Company, 'The company with its new logoUrl'), ...errorResponses },
    }),
    async (c) => {
      const scope = ownCompany(c, c.req.valid('param').id)
      const file = uploadedFile(await c.req.parseBody(), 'company')
      const logo = { name: file.name, contentType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) }
      return c.json(await setCompanyLogo({ ...scope, storage: c.get('services').storage, logo }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}/logo',
      tags,
      security,
      summary: 'Remove the company logo',
      middleware: [requirePermission('company:update')] as const,
      request: { params: CompanyParams },
      responses: { 200: json(Company, 'The company without a logo'), ...errorResponses },
    }),
    async (c) => {
      const scope = ownCompany(c, c.req.valid('param').id)
      return c.json(await setCompanyLogo({ ...scope, storage: c.get('services').storage, logo: null }), 200)
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
      const member = await changeMemberRole({ ...ownCompany(c, id), memberId, role: c.req.valid('json').role })
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
      await removeMember({ ...ownCompany(c, id), memberId })
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/ai-visibility',
      tags,
      security,
      summary: "What Z may reveal to each role",
      description: 'The default visibility matrix merged with your overrides, per role and category. Owner only.',
      middleware: [requirePermission('ai_visibility:manage')] as const,
      request: { params: CompanyParams },
      responses: { 200: json(AiVisibility, 'The matrix'), ...errorResponses },
    }),
    async (c) => c.json(await getVisibilitySettings(ownCompany(c, c.req.valid('param').id)), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/{id}/ai-visibility',
      tags,
      security,
      summary: "Change what Z may reveal to each role",
      description:
        'Per role (admin, office, tech), the categories to allow (true) or hide (false); categories not named keep their value. Only differences from the defaults are stored. Owner only.',
      middleware: [requirePermission('ai_visibility:manage')] as const,
      request: { params: CompanyParams, body: jsonBody(VisibilitySettings) },
      responses: { 200: json(AiVisibility, 'The matrix after the change'), ...errorResponses },
    }),
    async (c) => c.json(await updateVisibilitySettings({ ...ownCompany(c, c.req.valid('param').id), changes: c.req.valid('json') }), 200),
  )
