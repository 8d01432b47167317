import type { Item } from './catalog'
import { YEAR } from './companies'
import type { PartUse } from './equipment-kinds'
import { unitHash } from './random'
import type { MaterialRow } from './rows'
import { brandFor, iso, type Tenant, type TenantCustomer } from './tenant-context'

/** The items used on one job of a category: optional ones by chance, one of each choice group. */
export function pickItems(tenant: Tenant, items: readonly Item[]): Item[] {
  const { rng } = tenant
  const picked: Item[] = []
  const groups = new Map<string, Item[]>()
  for (const item of items) {
    if (item.choice) {
      const group = groups.get(item.choice)
      if (group) group.push(item)
      else groups.set(item.choice, [item])
    } else if (rng.chance(item.chance ?? 1)) picked.push(item)
  }
  for (const group of groups.values()) picked.push(rng.weighted(group, (item) => item.chance ?? 1))
  return picked
}

/** A quantity on the item's grid (whole units unless the item has a finer step). */
export function quantityOf(tenant: Tenant, item: Pick<Item, 'quantity' | 'step'>): number {
  const step = item.step ?? 1
  const [min, max] = item.quantity
  return min + step * tenant.rng.int(0, Math.round((max - min) / step))
}

/** A quantity as Postgres numeric text, without trailing zeros. */
export const quantityText = (quantity: number) => (Number.isInteger(quantity) ? String(quantity) : quantity.toFixed(3).replace(/\.?0+$/, ''))

/** Yearly price rise of an item, 3–6 %, fixed per item so its trend is consistent. */
const yearlyRise = (description: string) => 0.03 + 0.03 * unitHash(description)

/**
 * What the company paid for one unit at `at`: today's base cost, the state's price level, the
 * item's price trend back to that date, the brand (±6 %), and noise.
 */
export function unitCostCents(tenant: Tenant, customer: TenantCustomer, description: string, baseCents: number, brand: string | null, at: number): number {
  const trend = Math.pow(1 + yearlyRise(description), (at - tenant.now) / YEAR)
  const brandFactor = brand ? 1 + 0.12 * (unitHash(brand) - 0.5) : 1
  return Math.max(1, Math.round(baseCents * customer.state.priceFactor * trend * brandFactor * tenant.rng.lognormal(1, 0.08)))
}

function materialRow(tenant: Tenant, jobId: string, at: number, fields: Pick<MaterialRow, 'description' | 'quantity' | 'unit' | 'unit_cost_cents' | 'brand'>): MaterialRow {
  return { id: tenant.ids.next('material'), company_id: tenant.profile.id, job_id: jobId, ...fields, created_at: iso(at), updated_at: iso(at) }
}

/** The materials a finished job used; the installed unit's line carries the unit's make. */
export function jobMaterials(tenant: Tenant, customer: TenantCustomer, jobId: string, at: number, items: readonly Item[], unitMake: string | null) {
  for (const item of items) {
    const brand = item.equipment && unitMake ? unitMake : brandFor(tenant, item.description, item.brands)
    tenant.rows.job_materials.push(
      materialRow(tenant, jobId, at, {
        description: item.description,
        quantity: quantityText(quantityOf(tenant, item)),
        unit: item.unit,
        unit_cost_cents: unitCostCents(tenant, customer, item.description, item.costCents, brand, at),
        brand,
      }),
    )
  }
}

/** The parts a repair used. */
export function repairParts(tenant: Tenant, customer: TenantCustomer, jobId: string, at: number, parts: readonly PartUse[]) {
  for (const part of parts) {
    const brand = brandFor(tenant, part.description, part.brands)
    tenant.rows.job_materials.push(
      materialRow(tenant, jobId, at, {
        description: part.description,
        quantity: String(part.unit === 'lb' ? tenant.rng.int(1, 4) : 1),
        unit: part.unit,
        unit_cost_cents: unitCostCents(tenant, customer, part.description, part.costCents, brand, at),
        brand,
      }),
    )
  }
}
