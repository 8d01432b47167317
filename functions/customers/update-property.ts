import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { properties } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { notFound } from '../lib/errors'
import type { Property, PropertyPatch } from './property-schemas'
import { toProperty } from './to-property'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  /** The property must belong to this customer, or it is not found. */
  customerId: string
  propertyId: string
  /** Only the fields present are changed. */
  patch: PropertyPatch
  requestId?: string
}

/** Changes some fields of a customer's property. */
export async function updateProperty({ tx, companyId, actorUserId, customerId, propertyId, patch, requestId }: Options): Promise<Property> {
  const [row] = await tx
    .update(properties)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(properties.id, propertyId), eq(properties.customerId, customerId), eq(properties.companyId, companyId)))
    .returning()
  if (!row) throw notFound('Property')
  await recordAudit({ tx, companyId, actorUserId, action: 'property.update', entityType: 'property', entityId: row.id, changes: patch, requestId })
  return toProperty(row)
}
