import { and, asc, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { equipment } from '../../db/schema'
import { ensureCustomer } from './ensure-customer'
import type { Equipment } from './equipment-schemas'
import { toEquipment } from './to-equipment'

type Options = { tx: Tx; companyId: string; customerId: string }

/** A customer's equipment, by kind, with age and warranty state. */
export async function listEquipment({ tx, companyId, customerId }: Options): Promise<{ data: Equipment[] }> {
  await ensureCustomer({ tx, companyId, customerId })
  const rows = await tx
    .select()
    .from(equipment)
    .where(and(eq(equipment.customerId, customerId), eq(equipment.companyId, companyId)))
    .orderBy(asc(equipment.kind), asc(equipment.createdAt), asc(equipment.id))
  return { data: rows.map((row) => toEquipment(row)) }
}
