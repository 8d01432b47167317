import { z } from '@hono/zod-openapi'
import { and, eq, sql } from 'drizzle-orm'
import { companies } from '../../db/schema'
import { readFile } from '../files/store-file'
import { createRouter } from '../lib/app'
import { notFound } from '../lib/errors'
import { ErrorSchema, errorResponses, json, jsonBody } from '../lib/openapi'
import { claimPortalInvitation } from './claim-portal-invitation'
import { getPortalMe } from './get-portal-me'
import { portalRoute, portalScope } from './portal-route'
import { ClaimInput, ClaimResult, PortalIdParams, PortalMe } from './schemas'

/** Joining the portal, who am I, and the contractors' logos. */
export const accessRoutes = createRouter()
  .openapi(
    portalRoute({
      method: 'post',
      path: '/claim',
      summary: 'Join through an invitation link',
      description:
        'Links you to the customer record the invitation is for. Sign in with the address it was sent to first. Opening your own link again is fine; a link used by someone else is a 409, an expired or withdrawn one a 410, an unknown one a 404, another address a 403.',
      request: { body: jsonBody(ClaimInput) },
      responses: {
        200: json(ClaimResult, 'You are linked'),
        409: json(ErrorSchema, 'Used by someone else'),
        410: json(ErrorSchema, 'Expired or withdrawn'),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await claimPortalInvitation({ ...portalScope(c), token: c.req.valid('json').token }), 200),
  )
  .openapi(
    portalRoute({
      method: 'get',
      path: '/me',
      summary: 'You and your contractors',
      description: 'One relationship per contractor you are a customer of; an empty list until you join through an invitation.',
      responses: { 200: json(PortalMe, 'Your relationships'), ...errorResponses },
    }),
    async (c) => c.json(await getPortalMe({ ...portalScope(c), email: c.get('user').email }), 200),
  )
  .openapi(
    portalRoute({
      method: 'get',
      path: '/companies/{id}/logo',
      summary: "A contractor's logo",
      request: { params: PortalIdParams },
      responses: { 200: { description: 'The image', content: { 'image/*': { schema: z.string().openapi({ format: 'binary' }) } } }, ...errorResponses },
    }),
    async (c) => {
      const { tx, storage } = { tx: c.get('tx'), storage: c.get('services').storage }
      const [company] = await tx
        .select({ logoFileId: companies.logoFileId })
        .from(companies)
        .where(and(eq(companies.id, c.req.valid('param').id), sql`${companies.id} in (select public.portal_company_ids())`))
      if (!company?.logoFileId) throw notFound('Logo')
      const { file, bytes } = await readFile({ tx, storage, fileId: company.logoFileId })
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': file.contentType,
        'cache-control': 'private, max-age=300',
        'x-content-type-options': 'nosniff',
      })
    },
  )
