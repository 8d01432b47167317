import type { Tx } from '../../db/client'
import { properties } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ensureCustomer } from './ensure-customer'
import type { Property, PropertyInput } from './property-schemas'
import { toProperty } from './to-property'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  /** The owner of the property; must be the caller's company's customer. */
  customerId: string
  input: PropertyInput
  requestId?: string
}

/** Adds a property (a home, a rental, a business site) to a customer. */
export async function createProperty({ tx, companyId, actorUserId, customerId, input, requestId }: Options): Promise<Property> {
  await ensureCustomer({ tx, companyId, customerId })
  const [row] = await tx
    .insert(properties)
    .values({ companyId, customerId, ...input })
    .returning()
  if (!row) throw new Error('insert returned no row')
  await recordAudit({ tx, companyId, actorUserId, action: 'property.create', entityType: 'property', entityId: row.id, changes: { customerId }, requestId })
  return toProperty(row)
}
