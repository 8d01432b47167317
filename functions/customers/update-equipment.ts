import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { equipment } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { notFound } from '../lib/errors'
import { checkEquipment } from './check-equipment'
import type { Equipment, EquipmentPatch } from './equipment-schemas'
import { toEquipment } from './to-equipment'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  /** The equipment must belong to this customer, or it is not found. */
  customerId: string
  equipmentId: string
  /** Only the fields present are changed. */
  patch: EquipmentPatch
  requestId?: string
}

/** Changes some fields of a customer's equipment, checking the rules against the merged result. */
export async function updateEquipment({ tx, companyId, actorUserId, customerId, equipmentId, patch, requestId }: Options): Promise<Equipment> {
  const where = and(eq(equipment.id, equipmentId), eq(equipment.customerId, customerId), eq(equipment.companyId, companyId))
  const [current] = await tx.select().from(equipment).where(where).for('update')
  if (!current) throw notFound('Equipment')
  await checkEquipment({
    tx,
    companyId,
    customerId,
    installDate: patch.installDate !== undefined ? patch.installDate : current.installDate,
    warrantyExpiresOn: patch.warrantyExpiresOn !== undefined ? patch.warrantyExpiresOn : current.warrantyExpiresOn,
    propertyId: patch.propertyId,
  })
  const [row] = await tx
    .update(equipment)
    .set({ ...patch, updatedAt: new Date() })
    .where(where)
    .returning()
  if (!row) throw notFound('Equipment')
  await recordAudit({ tx, companyId, actorUserId, action: 'equipment.update', entityType: 'equipment', entityId: row.id, changes: patch, requestId })
  return toEquipment(row)
}
