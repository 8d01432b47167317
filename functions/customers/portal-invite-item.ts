import type { portalInvitations } from '../../db/schema'
import { PortalInvite, type PortalInviteStatus } from './portal-invite-schemas'

type Row = typeof portalInvitations.$inferSelect

/** Where an invitation stands at `now`: used, withdrawn, out of time, or still waiting. */
export function portalInviteStatus(row: Pick<Row, 'claimedAt' | 'revokedAt' | 'expiresAt'>, now: Date): PortalInviteStatus {
  if (row.claimedAt) return 'claimed'
  if (row.revokedAt) return 'revoked'
  return row.expiresAt <= now ? 'expired' : 'pending'
}

/** The API's view of an invitation (never its token hash). */
export const toPortalInvite = (row: Row, now = new Date()): PortalInvite =>
  PortalInvite.parse({
    id: row.id,
    email: row.email,
    status: portalInviteStatus(row, now),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    claimedAt: row.claimedAt?.toISOString() ?? null,
  })
