import { firstNames, lastNames, stateInfo, streets } from './geography'
import type { Tenant, TenantCustomer } from './tenant-context'

/**
 * Where a new customer's home is: mostly in the company's home ZIP area, sometimes elsewhere
 * in its state (bigger areas more often), now and then across a state line.
 */
function homeFor(tenant: Tenant) {
  const { rng, profile } = tenant
  const roll = rng.next()
  if (roll < 0.03 && profile.state.neighbors.length) {
    const state = stateInfo(rng.pick(profile.state.neighbors))
    return { state, area: rng.weighted(state.areas, (a) => a.weight) }
  }
  if (roll < 0.85) return { state: profile.state, area: profile.homeArea }
  return { state: profile.state, area: rng.weighted(profile.state.areas, (a) => a.weight) }
}

const yearBuilt = (tenant: Tenant) => {
  const { rng } = tenant
  const era = rng.next()
  return era < 0.15 ? rng.int(1900, 1949) : era < 0.55 ? rng.int(1950, 1989) : era < 0.9 ? rng.int(1990, 2009) : rng.int(2010, 2023)
}

/** A new customer, with a home property unless they only ever got a bid. */
export function newCustomer(tenant: Tenant, at: number, withProperty: boolean): TenantCustomer {
  const { rng, ids, profile } = tenant
  const first = rng.pick(firstNames)
  const last = rng.pick(lastNames)
  const { state, area } = homeFor(tenant)
  const street = `${rng.int(10, 9899)} ${rng.pick(streets)}`
  const postalCode = `${area.prefix}${String(rng.int(1, 99)).padStart(2, '0')}`
  const address = `${street}, ${area.city}, ${state.code} ${postalCode}`
  const customerId = ids.next('customer')
  const stamp = new Date(at).toISOString()
  const customer: TenantCustomer = {
    row: {
      id: customerId,
      company_id: profile.id,
      name: `${first} ${last}`,
      email: rng.chance(0.5) ? `${first}.${last}${rng.int(1, 99)}@example.com`.toLowerCase() : null,
      address,
      created_at: stamp,
      updated_at: stamp,
    },
    property: null,
    state,
    since: at,
    units: new Map(),
  }
  if (withProperty) {
    customer.property = {
      id: ids.next('property'),
      company_id: profile.id,
      customer_id: customerId,
      address: street,
      city: area.city,
      state: state.code,
      postal_code: postalCode,
      year_built: yearBuilt(tenant),
      square_feet: Math.round(rng.lognormal(1900, 0.35) / 10) * 10,
      created_at: stamp,
      updated_at: stamp,
    }
  }
  tenant.customers.push(customer)
  return customer
}

/** A returning customer with a home (and optionally no unit of `freeOf` yet), else a new one. */
export function customerForJob(tenant: Tenant, at: number, options: { repeat: number; freeOf?: string } = { repeat: 0.35 }): TenantCustomer {
  const { rng, customers } = tenant
  if (customers.length && rng.chance(options.repeat)) {
    for (let tries = 0; tries < 3; tries++) {
      const known = customers[rng.int(0, customers.length - 1)]!
      if (!known.property) continue
      if (options.freeOf && known.units.has(options.freeOf)) continue
      return known
    }
  }
  return newCustomer(tenant, at, true)
}

/** Customer and property rows with their dates set to the first dealing. */
export function finishCustomers(tenant: Tenant) {
  for (const customer of tenant.customers) {
    const stamp = new Date(customer.since).toISOString()
    customer.row.created_at = stamp
    customer.row.updated_at = stamp
    tenant.rows.customers.push(customer.row)
    if (customer.property) {
      customer.property.created_at = stamp
      customer.property.updated_at = stamp
      tenant.rows.properties.push(customer.property)
    }
  }
}
