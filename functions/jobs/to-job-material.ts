import type { jobMaterials, MemberRole } from '../../db/schema'
import { can } from '../lib/permissions'
import { lineTotalCents, tidyQuantity } from '../lib/money'
import { JobMaterial } from './schemas'

/** Whether a role sees what materials cost (techs record usage but never see prices). */
export const seesMaterialCosts = (role: MemberRole) => can(role, 'prices:read')

/** The API's view of a material line; without cost and total unless `showCosts`. */
export function toJobMaterial(row: typeof jobMaterials.$inferSelect, showCosts: boolean): JobMaterial {
  const quantity = tidyQuantity(row.quantity)
  return JobMaterial.parse({
    id: row.id,
    description: row.description,
    quantity,
    unit: row.unit,
    brand: row.brand,
    ...(showCosts ? { unitCostCents: row.unitCostCents, totalCents: lineTotalCents({ quantity, unitPriceCents: row.unitCostCents }) } : {}),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  })
}
