import { asc, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { properties } from '../../db/schema'
import { requirePortalCustomer } from './require-portal-customer'
import { PortalProperty } from './schemas'

/** The homes a contractor keeps on file for this homeowner (never the contractor's notes on them). */
export async function listPortalProperties({ tx, userId, customerId }: { tx: Tx; userId: string; customerId: string }): Promise<PortalProperty[]> {
  const customer = await requirePortalCustomer({ tx, userId, customerId })
  const rows = await tx
    .select({
      id: properties.id,
      label: properties.label,
      address: properties.address,
      city: properties.city,
      state: properties.state,
      postalCode: properties.postalCode,
      yearBuilt: properties.yearBuilt,
      squareFeet: properties.squareFeet,
    })
    .from(properties)
    .where(eq(properties.customerId, customer.id))
    .orderBy(asc(properties.createdAt), asc(properties.id))
  return rows.map((row) => PortalProperty.parse(row))
}
