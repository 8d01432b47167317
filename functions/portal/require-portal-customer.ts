import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers } from '../../db/schema'
import { notFound } from '../lib/errors'

type Options = { tx: Tx; userId: string; customerId: string }

/**
 * The customer record the caller is linked to as a homeowner, or a 404. The link is checked
 * here as well as by Row Level Security: someone who also works for a contractor reads that
 * company's customers under its policies, and none of those is theirs in the portal.
 */
export async function requirePortalCustomer({ tx, userId, customerId }: Options) {
  const [customer] = await tx
    .select({ id: customers.id, companyId: customers.companyId, name: customers.name, email: customers.email, phone: customers.phone, address: customers.address })
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.portalUserId, userId)))
  if (!customer) throw notFound('Customer')
  return customer
}
