import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { portalInvitations } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ApiError, notFound } from '../lib/errors'
import { ensureCustomer } from './ensure-customer'

type Options = { tx: Tx; companyId: string; actorUserId: string; customerId: string; inviteId: string; requestId?: string }

/**
 * Withdraws an invitation so its link stops working. Withdrawing one already withdrawn or
 * expired changes nothing; one already used is a 409 (the homeowner is linked by then).
 */
export async function revokePortalInvite({ tx, companyId, actorUserId, customerId, inviteId, requestId }: Options): Promise<void> {
  await ensureCustomer({ tx, companyId, customerId })
  const [row] = await tx
    .select()
    .from(portalInvitations)
    .where(and(eq(portalInvitations.id, inviteId), eq(portalInvitations.customerId, customerId)))
    .for('update')
  if (!row) throw notFound('Invitation')
  if (row.claimedAt) {
    throw new ApiError('conflict', `This invitation was already used on ${row.claimedAt.toISOString().slice(0, 10)}; the homeowner is linked to this customer.`)
  }
  if (row.revokedAt) return
  await tx.update(portalInvitations).set({ revokedAt: new Date() }).where(eq(portalInvitations.id, row.id))
  await recordAudit({ tx, companyId, actorUserId, action: 'portal.invite_revoked', entityType: 'customer', entityId: customerId, changes: { invitationId: row.id }, requestId })
}
