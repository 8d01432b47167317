import { z } from '@hono/zod-openapi'
import { IdParams } from '../lib/openapi'

/** Where an invitation stands: waiting for its person, used, out of time, or withdrawn. */
export const portalInviteStatuses = ['pending', 'claimed', 'expired', 'revoked'] as const
export type PortalInviteStatus = (typeof portalInviteStatuses)[number]

export const PortalInviteInput = z
  .object({
    email: z
      .email({ error: 'Must be an email address.' })
      .max(254)
      .transform((v) => v.toLowerCase())
      .openapi({ example: 'dana@example.com', description: 'Whoever signs in with this address and opens the link is linked to the customer' }),
  })
  .strict()
  .openapi('PortalInviteInput')

export const PortalInvite = z
  .object({
    id: z.uuid(),
    email: z.string(),
    status: z.enum(portalInviteStatuses),
    expiresAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    claimedAt: z.iso.datetime().nullable(),
  })
  .openapi('PortalInvite')

export const PortalInviteCreated = PortalInvite.omit({ claimedAt: true }).openapi('PortalInviteCreated')

export const PortalInviteList = z
  .object({
    linked: z.boolean().openapi({ description: 'A homeowner is linked to this customer in the client portal' }),
    linkedEmail: z.string().nullable().openapi({ description: 'The address the linked homeowner was invited at, when known' }),
    items: z.array(PortalInvite).openapi({ description: 'Newest first' }),
  })
  .openapi('PortalInviteList')

export const PortalInviteParams = IdParams.extend({
  inviteId: z.uuid({ error: 'Must be a UUID.' }).openapi({ param: { name: 'inviteId', in: 'path' } }),
})

export type PortalInviteInput = z.output<typeof PortalInviteInput>
export type PortalInvite = z.output<typeof PortalInvite>
export type PortalInviteList = z.output<typeof PortalInviteList>
