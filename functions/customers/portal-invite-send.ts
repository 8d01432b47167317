import { and, eq, gt, isNull } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { portalInvitations } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { newRefreshToken } from '../auth/tokens'
import type { Mailer } from '../lib/mail'
import { ensureCustomer } from './ensure-customer'
import { emailPortalInvite } from './portal-invite-email'
import { toPortalInvite } from './portal-invite-item'
import { PortalInviteCreated, type PortalInviteInput } from './portal-invite-schemas'

/** How long an invitation link works. */
export const PORTAL_INVITE_DAYS = 14

type Options = {
  tx: Tx
  mailer: Mailer
  companyId: string
  actorUserId: string
  customerId: string
  input: PortalInviteInput
  /** The site the link opens (the request's origin), e.g. `https://app.zafto.com`. */
  origin: string
  requestId?: string
}

/**
 * Invites a customer to the client portal: withdraws the customer's earlier pending
 * invitations, stores a new one (only the SHA-256 of its random token), emails the one-time
 * link `${origin}/portal/join/?invite=<token>` through the company outbox and audits it.
 */
export async function sendPortalInvite({ tx, mailer, companyId, actorUserId, customerId, input, origin, requestId }: Options) {
  const customer = await ensureCustomer({ tx, companyId, customerId, forUpdate: true })
  const now = new Date()
  const superseded = await tx
    .update(portalInvitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(portalInvitations.customerId, customer.id),
        isNull(portalInvitations.claimedAt),
        isNull(portalInvitations.revokedAt),
        gt(portalInvitations.expiresAt, now),
      ),
    )
    .returning({ id: portalInvitations.id })
  // The same 32 random bytes (base64url) and SHA-256 as a session's refresh token.
  const { token, hash } = await newRefreshToken()
  const [row] = await tx
    .insert(portalInvitations)
    .values({
      companyId,
      customerId: customer.id,
      email: input.email,
      tokenHash: hash,
      expiresAt: new Date(now.getTime() + PORTAL_INVITE_DAYS * 86_400_000),
      invitedBy: actorUserId,
    })
    .returning()
  if (!row) throw new Error('insert returned no row')
  const { emailId } = await emailPortalInvite({
    tx,
    mailer,
    companyId,
    actorUserId,
    requestId,
    to: input.email,
    customerName: customer.name,
    link: `${origin}/portal/join/?invite=${encodeURIComponent(token)}`,
    validDays: PORTAL_INVITE_DAYS,
  })
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'portal.invite',
    entityType: 'customer',
    entityId: customer.id,
    changes: { invitationId: row.id, email: input.email, emailId, superseded: superseded.map((s) => s.id) },
    requestId,
  })
  return PortalInviteCreated.parse(toPortalInvite(row, now))
}
