import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { properties } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { notFound } from '../lib/errors'

type Options = { tx: Tx; companyId: string; actorUserId: string; customerId: string; propertyId: string; requestId?: string }

/**
 * Deletes a customer's property. Equipment and jobs at it are kept and simply lose the link
 * (the foreign keys set it to null).
 */
export async function deleteProperty({ tx, companyId, actorUserId, customerId, propertyId, requestId }: Options): Promise<void> {
  const [row] = await tx
    .delete(properties)
    .where(and(eq(properties.id, propertyId), eq(properties.customerId, customerId), eq(properties.companyId, companyId)))
    .returning({ id: properties.id, address: properties.address })
  if (!row) throw notFound('Property')
  await recordAudit({ tx, companyId, actorUserId, action: 'property.delete', entityType: 'property', entityId: row.id, changes: { customerId, address: row.address }, requestId })
}
