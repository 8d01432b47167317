import { createRoute } from '@hono/zod-openapi'
import { createRouter } from '../lib/app'
import { ErrorSchema, errorResponses, IdParams, json, jsonBody } from '../lib/openapi'
import { requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { listPortalInvites } from './portal-invite-list'
import { revokePortalInvite } from './portal-invite-revoke'
import { PortalInviteCreated, PortalInviteInput, PortalInviteList, PortalInviteParams } from './portal-invite-schemas'
import { PORTAL_INVITE_DAYS, sendPortalInvite } from './portal-invite-send'

const tags = ['Client portal invitations']
const security = [{ bearerAuth: [] }]

/** /customers/{id}/portal-invite(s): mounted by the customers router. */
export const portalInviteRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/portal-invite',
      tags,
      security,
      summary: 'Invite the customer to the client portal',
      description: `Emails a one-time link (${PORTAL_INVITE_DAYS} days) through the company outbox; whoever signs in with that address and opens it is linked to this customer. Earlier pending invitations of the customer stop working.`,
      middleware: [requirePermission('portal:invite')] as const,
      request: { params: IdParams, body: jsonBody(PortalInviteInput) },
      responses: {
        201: json(PortalInviteCreated, 'The invitation (the link is only in the email)'),
        503: json(ErrorSchema, 'The email could not be sent; nothing was saved'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const invite = await sendPortalInvite({
        ...tenantScope(c),
        mailer: c.get('services').mailer,
        customerId: c.req.valid('param').id,
        input: c.req.valid('json'),
        origin: new URL(c.req.url).origin,
      })
      return c.json(invite, 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/portal-invites',
      tags,
      security,
      summary: "The customer's portal invitations and link",
      middleware: [requirePermission('portal:invite')] as const,
      request: { params: IdParams },
      responses: { 200: json(PortalInviteList, 'Whether a homeowner is linked, and every invitation, newest first'), ...errorResponses },
    }),
    async (c) => c.json(await listPortalInvites({ ...tenantScope(c), customerId: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}/portal-invites/{inviteId}',
      tags,
      security,
      summary: 'Withdraw a portal invitation',
      description: 'Its link stops working. An invitation already used is a 409.',
      middleware: [requirePermission('portal:invite')] as const,
      request: { params: PortalInviteParams },
      responses: { 204: { description: 'Withdrawn' }, 409: json(ErrorSchema, 'Already used'), ...errorResponses },
    }),
    async (c) => {
      const { id, inviteId } = c.req.valid('param')
      await revokePortalInvite({ ...tenantScope(c), customerId: id, inviteId })
      return c.body(null, 204)
    },
  )
