import type { Tx } from '../../db/client'
import { equipment } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { checkEquipment } from './check-equipment'
import { ensureCustomer } from './ensure-customer'
import type { Equipment, EquipmentInput } from './equipment-schemas'
import { toEquipment } from './to-equipment'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  /** The owner of the equipment; must be the caller's company's customer. */
  customerId: string
  input: EquipmentInput
  requestId?: string
}

/** Records a piece of equipment (water heater, panel, condenser...) at a customer's. */
export async function createEquipment({ tx, companyId, actorUserId, customerId, input, requestId }: Options): Promise<Equipment> {
  await ensureCustomer({ tx, companyId, customerId })
  await checkEquipment({
    tx,
    companyId,
    customerId,
    installDate: input.installDate ?? null,
    warrantyExpiresOn: input.warrantyExpiresOn ?? null,
    propertyId: input.propertyId,
  })
  const [row] = await tx
    .insert(equipment)
    .values({ companyId, customerId, ...input })
    .returning()
  if (!row) throw new Error('insert returned no row')
  await recordAudit({ tx, companyId, actorUserId, action: 'equipment.create', entityType: 'equipment', entityId: row.id, changes: { customerId, kind: row.kind }, requestId })
  return toEquipment(row)
}
