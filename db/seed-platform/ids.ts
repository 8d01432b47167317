/** What a generated row is, as the two hex digits after the seed in its id. */
export const rowKinds = {
  company: 0x01,
  customer: 0x02,
  property: 0x03,
  equipment: 0x04,
  job: 0x05,
  material: 0x06,
  bid: 0x07,
  bidLine: 0x08,
  lead: 0x09,
} as const
export type RowKind = keyof typeof rowKinds

const hex = (value: number, digits: number) => (value >>> 0).toString(16).padStart(digits, '0').slice(-digits)

/**
 * A generated row's id: the seed, the row kind, the company index and a per-company counter,
 * laid out as a version-8 UUID (`ssssssss-kkcc-8ccc-8ccc-0000rrrrrrrr`). Unique by
 * construction across kinds, tenants and seeds; increasing within a batch, so index inserts
 * append; and it tells which seed made a row, which is how a second run of a seed is refused.
 */
export function platformId(seed: number, kind: RowKind, company: number, row: number): string {
  const c = hex(company, 8)
  return `${hex(seed, 8)}-${hex(rowKinds[kind], 2)}${c.slice(0, 2)}-8${c.slice(2, 5)}-8${c.slice(5)}-0000${hex(row, 8)}`
}

/** The range of ids a seed's rows fall in (inclusive), for finding them with an index. */
export function seedIdRange(seed: number): [string, string] {
  return [`${hex(seed, 8)}-0000-0000-0000-000000000000`, `${hex(seed, 8)}-ffff-ffff-ffff-ffffffffffff`]
}

/** Ids for one tenant: each call of `next(kind)` gives that kind's next id. */
export function tenantIds(seed: number, company: number) {
  const counters = new Map<RowKind, number>()
  return {
    companyId: platformId(seed, 'company', company, 0),
    next(kind: Exclude<RowKind, 'company'>): string {
      const n = counters.get(kind) ?? 0
      counters.set(kind, n + 1)
      return platformId(seed, kind, company, n)
    },
  }
}
export type TenantIds = ReturnType<typeof tenantIds>
