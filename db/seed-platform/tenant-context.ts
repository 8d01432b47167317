import type { CompanyProfile } from './companies'
import type { StateInfo } from './geography'
import type { TenantIds } from './ids'
import type { StreamRandom } from './random'
import type { BidRow, CustomerRow, EquipmentRow, PlatformRows, PropertyRow } from './rows'

/** An installed unit on a property; the last one of a kind is the one in service now. */
export type Unit = { row: EquipmentRow; installedAt: number; make: string }

export type TenantCustomer = {
  row: CustomerRow
  property: PropertyRow | null
  state: StateInfo
  /** Earliest moment the company dealt with them (their records' created_at). */
  since: number
  units: Map<string, Unit[]>
}

/** Everything one tenant's generators share: its traits, random stream, ids and the rows so far. */
export type Tenant = {
  profile: CompanyProfile
  now: number
  rng: StreamRandom
  ids: TenantIds
  rows: PlatformRows
  customers: TenantCustomer[]
  /** This tenant's bids, numbered in the order they were sent once all are made. */
  bids: BidRow[]
  /** The brand this company usually buys, per item or equipment kind (picked at first use). */
  preferred: Map<string, string>
}

export const iso = (ms: number) => new Date(ms).toISOString()
export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/**
 * The brand bought this time: the company's usual one most of the time, else one by market
 * share (the list is leader-first, so earlier brands sell more).
 */
export function brandFor(tenant: Tenant, key: string, brands: readonly string[], loyalty = 0.6): string | null {
  if (brands.length === 0) return null
  const { rng } = tenant
  const byMarket = () => rng.weighted(brands, (b) => 1 / (brands.indexOf(b) + 1.5))
  let usual = tenant.preferred.get(key)
  if (!usual) {
    usual = byMarket()
    tenant.preferred.set(key, usual)
  }
  return rng.chance(loyalty) ? usual : byMarket()
}

/** Notes a dealing with the customer at `at`, so their records date from their first one. */
export function touch(customer: TenantCustomer, at: number) {
  if (at < customer.since) customer.since = at
}
