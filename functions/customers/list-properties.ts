import { and, asc, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { properties } from '../../db/schema'
import { ensureCustomer } from './ensure-customer'
import type { Property } from './property-schemas'
import { toProperty } from './to-property'

type Options = { tx: Tx; companyId: string; customerId: string }

/** A customer's properties, oldest first (the first one is usually their home). */
export async function listProperties({ tx, companyId, customerId }: Options): Promise<{ data: Property[] }> {
  await ensureCustomer({ tx, companyId, customerId })
  const rows = await tx
    .select()
    .from(properties)
    .where(and(eq(properties.customerId, customerId), eq(properties.companyId, companyId)))
    .orderBy(asc(properties.createdAt), asc(properties.id))
  return { data: rows.map(toProperty) }
}
