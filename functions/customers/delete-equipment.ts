import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { equipment } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { notFound } from '../lib/errors'

type Options = { tx: Tx; companyId: string; actorUserId: string; customerId: string; equipmentId: string; requestId?: string }

/** Removes a piece of equipment from a customer's record. */
export async function deleteEquipment({ tx, companyId, actorUserId, customerId, equipmentId, requestId }: Options): Promise<void> {
  const [row] = await tx
    .delete(equipment)
    .where(and(eq(equipment.id, equipmentId), eq(equipment.customerId, customerId), eq(equipment.companyId, companyId)))
    .returning({ id: equipment.id, kind: equipment.kind })
  if (!row) throw notFound('Equipment')
  await recordAudit({ tx, companyId, actorUserId, action: 'equipment.delete', entityType: 'equipment', entityId: row.id, changes: { customerId, kind: row.kind }, requestId })
}
