import { DAY, YEAR } from './companies'
import { equipmentKind, type EquipmentBrand, type EquipmentKind, type FailureMode } from './equipment-kinds'
import { climateLifeFactor } from './geography'
import { brandFor, isoDate, iso, type Tenant, type TenantCustomer, type Unit } from './tenant-context'

const brandNamed = (kind: EquipmentKind, make: string): EquipmentBrand => kind.brands.find((b) => b.make === make) ?? kind.brands[0]!

function addUnit(tenant: Tenant, customer: TenantCustomer, kind: EquipmentKind, make: string, installedAt: number, recordedAt: number): Unit {
  const { rng, ids, profile } = tenant
  const brand = brandNamed(kind, make)
  const family = rng.pick(brand.families)
  const installYear = new Date(installedAt).getUTCFullYear()
  // A unit cannot predate the house: an old unit makes the house older.
  const property = customer.property!
  if (property.year_built > installYear) property.year_built = installYear - rng.int(0, 5)
  const row = {
    id: ids.next('equipment'),
    company_id: profile.id,
    customer_id: customer.row.id,
    property_id: property.id,
    kind: kind.label,
    make,
    model: `${family}-${rng.code(rng.int(3, 6))}`,
    serial_number: `${String(installYear % 100).padStart(2, '0')}${rng.code(8)}`,
    install_date: isoDate(installedAt),
    warranty_expires_on: isoDate(installedAt + kind.warrantyYears * YEAR),
    created_at: iso(recordedAt),
    updated_at: iso(recordedAt),
  }
  tenant.rows.equipment.push(row)
  const unit = { row, installedAt, make }
  const list = customer.units.get(kind.key)
  if (list) list.push(unit)
  else customer.units.set(kind.key, [unit])
  return unit
}

/** How long a unit of this brand lasts in this customer's climate: lognormal around its median. */
export function lifespanYears(tenant: Tenant, kind: EquipmentKind, make: string, customer: TenantCustomer): number {
  const median = (kind.lifeYears + brandNamed(kind, make).lifeYears) * climateLifeFactor(customer.state.code)
  return tenant.rng.lognormal(median, kind.lifeSpread)
}

const marketMake = (tenant: Tenant, kind: EquipmentKind) => tenant.rng.weighted(kind.brands, (b) => b.share).make

/**
 * An install job's equipment: the new unit (a brand the company likes to fit) and, for most
 * replacement work, the unit it replaced, installed one lifespan earlier, which is what the
 * lifespan pattern measures. Returns the new unit's make.
 */
export function installUnits(tenant: Tenant, customer: TenantCustomer, kindKey: string, completedAt: number, recordedAt: number): string {
  const kind = equipmentKind(kindKey)
  if (tenant.rng.chance(kind.replaces)) {
    const oldMake = marketMake(tenant, kind)
    const life = lifespanYears(tenant, kind, oldMake, customer)
    addUnit(tenant, customer, kind, oldMake, completedAt - life * YEAR, recordedAt)
  }
  const make = brandFor(tenant, `unit:${kind.key}`, kind.brands.map((b) => b.make), 0.6)!
  addUnit(tenant, customer, kind, make, completedAt, completedAt)
  return make
}

/**
 * The unit a repair visit is about: the one in service on the property, or one first recorded at
 * this visit (installed some years before, by someone else), and what had failed on it — chosen
 * by the mode's weight, its typical ages and how prone the brand is to it.
 */
export function repairTarget(tenant: Tenant, customer: TenantCustomer, kindKey: string, at: number): { unit: Unit; failure: FailureMode } {
  const { rng } = tenant
  const kind = equipmentKind(kindKey)
  const units = customer.units.get(kind.key)
  const unit =
    units?.[units.length - 1] ??
    (() => {
      const make = rng.chance(0.7) ? marketMake(tenant, kind) : brandFor(tenant, `unit:${kind.key}`, kind.brands.map((b) => b.make))!
      const age = Math.min(kind.lifeYears * 1.3, Math.max(0.3, rng.lognormal(kind.lifeYears * 0.45, 0.5)))
      return addUnit(tenant, customer, kind, make, at - age * YEAR - rng.between(0, 30) * DAY, at)
    })()
  const age = (at - unit.installedAt) / YEAR
  const failure = rng.weighted(kind.failures, (f) => f.weight * (age >= f.ages[0] && age <= f.ages[1] ? 1 : 0.25) * (f.brands?.[unit.make] ?? 1))
  return { unit, failure }
}
