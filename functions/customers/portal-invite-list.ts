import { and, desc, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers, portalInvitations } from '../../db/schema'
import { notFound } from '../lib/errors'
import { toPortalInvite } from './portal-invite-item'
import { PortalInviteList } from './portal-invite-schemas'

type Options = { tx: Tx; companyId: string; customerId: string }

/**
 * A customer's portal invitations, newest first, and whether a homeowner is linked. The linked
 * person's address is the one their claimed invitation was sent to (auth accounts are not
 * readable here); a link made outside an invitation shows no address.
 */
export async function listPortalInvites({ tx, companyId, customerId }: Options): Promise<PortalInviteList> {
  const [customer] = await tx
    .select({ id: customers.id, portalUserId: customers.portalUserId })
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.companyId, companyId)))
  if (!customer) throw notFound('Customer')
  const rows = await tx
    .select()
    .from(portalInvitations)
    .where(eq(portalInvitations.customerId, customer.id))
    .orderBy(desc(portalInvitations.createdAt), desc(portalInvitations.id))
  const now = new Date()
  const linkedBy = customer.portalUserId ? rows.find((row) => row.claimedBy === customer.portalUserId) : undefined
  return PortalInviteList.parse({
    linked: customer.portalUserId !== null,
    linkedEmail: linkedBy?.email ?? null,
    items: rows.map((row) => toPortalInvite(row, now)),
  })
}
