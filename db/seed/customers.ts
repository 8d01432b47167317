import { customers, equipment, properties } from '../schema'
import { existingEquipment } from './catalog'
import type { SeedClock } from './clock'
import { businesses, customerNotes, firstNames, lastNames, streets, towns, type Town } from './places'
import type { Random } from './random'

export type CustomerRow = typeof customers.$inferInsert & { id: string }
export type PropertyRow = typeof properties.$inferInsert & { id: string }
export type EquipmentRow = typeof equipment.$inferInsert

export type SeedProperty = { id: string; customerId: string; fullAddress: string; row: PropertyRow }

export type SeedCustomer = {
  id: string
  name: string
  /** Given name used in messages ("Hi Dana"). */
  firstName: string
  isBusiness: boolean
  /** Converted from a lead recently: no history before the conversion. */
  fromLead: boolean
  /** How often they call (businesses and landlords more). */
  weight: number
  row: CustomerRow
  properties: SeedProperty[]
}

/** The four customers the demo always had, kept as they were. */
const originalCustomers = [
  { name: 'Dana Whitfield', email: 'dana.whitfield@example.com', phone: '(860) 555-0142', street: '18 Orchard Ln', town: 'Glastonbury', zip: '06033', unit: { kind: 'Electrical panel', make: 'Square D', model: 'QO 200A', installDate: '2009-05-12', warrantyExpiresOn: null } },
  { name: 'Luis Romero', email: 'luis.romero@example.com', phone: '(860) 555-0178', street: '402 Main St', town: 'Manchester', zip: '06040', unit: { kind: 'Heat pump', make: 'Carrier', model: '25VNA8', installDate: '2019-10-03', warrantyExpiresOn: '2029-10-03' } },
  { name: 'Priya Natarajan', email: 'priya.n@example.com', phone: '(203) 555-0119', street: '7 Hillside Ave', town: 'New Haven', zip: '06511', unit: { kind: 'Water heater', make: 'A. O. Smith', model: 'ProLine 50 gal', installDate: '2016-02-20', warrantyExpiresOn: null } },
  { name: 'Harborview Condo Association', email: 'board@harborview.example.com', phone: '(860) 555-0190', street: '1 Harbor Rd', town: 'Old Saybrook', zip: '06475', unit: null },
] as const

/** Hands out unique fictional phone numbers (555-0100 … 555-0199). */
export class PhoneBook {
  private readonly free: string[]

  constructor(rng: Random) {
    const taken = new Set(['00', '42', '78', '19', '90'])
    const suffixes = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0')).filter((s) => !taken.has(s))
    this.free = rng.shuffle(suffixes)
  }

  next(areaCode: string): string {
    const suffix = this.free.pop()
    if (!suffix) throw new Error('demo phone numbers exhausted')
    return `(${areaCode}) 555-01${suffix}`
  }
}

const emailOf = (first: string, last: string, rng: Random) => {
  const f = first.toLowerCase()
  const l = last.toLowerCase().replace(/[^a-z]/g, '')
  return rng.pick([`${f}.${l}@example.com`, `${f[0]}${l}@example.com`, `${f}${l}${rng.int(1, 99)}@example.com`])
}

const fullAddress = (street: string, town: string, zip: string) => `${street}, ${town}, CT ${zip}`

type Options = { rng: Random; clock: SeedClock; companyId: string; phones: PhoneBook; newId: () => string }

/**
 * About fifty customers: the four originals, five businesses, a few dozen households (two of
 * them just converted from leads), each with a property (some with two) and the equipment
 * found there.
 */
export function buildCustomers({ rng, clock, companyId, phones, newId }: Options): { list: SeedCustomer[]; equipment: EquipmentRow[] } {
  const list: SeedCustomer[] = []
  const units: EquipmentRow[] = []
  const thisYear = Number(clock.today.slice(0, 4))

  const addProperty = (customer: SeedCustomer, label: string, street: string, town: Pick<Town, 'name' | 'zip'>) => {
    const id = newId()
    const yearBuilt = rng.weighted([1890, 1925, 1955, 1975, 1995, 2012], (y) => (y < 1900 ? 1 : y < 2000 ? 3 : 2)) + rng.int(0, 19)
    const row: PropertyRow = {
      id,
      companyId,
      customerId: customer.id,
      label,
      address: street,
      city: town.name,
      state: 'CT',
      postalCode: town.zip,
      yearBuilt: Math.min(yearBuilt, thisYear - 2),
      squareFeet: customer.isBusiness ? rng.int(18, 90) * 100 : rng.int(9, 42) * 100,
    }
    const property = { id, customerId: customer.id, fullAddress: fullAddress(street, town.name, town.zip), row }
    customer.properties.push(property)
    return property
  }

  const addCustomer = (fields: { name: string; firstName: string; email: string; phone: string; street: string; town: Pick<Town, 'name' | 'zip'>; isBusiness: boolean; fromLead?: boolean; notes?: string | null; weight: number }) => {
    const id = newId()
    const customer: SeedCustomer = {
      id,
      name: fields.name,
      firstName: fields.firstName,
      isBusiness: fields.isBusiness,
      fromLead: fields.fromLead ?? false,
      weight: fields.weight,
      row: { id, companyId, name: fields.name, email: fields.email, phone: fields.phone, address: fullAddress(fields.street, fields.town.name, fields.town.zip), notes: fields.notes ?? null },
      properties: [],
    }
    addProperty(customer, fields.isBusiness ? 'Main location' : 'Primary', fields.street, fields.town)
    list.push(customer)
    return customer
  }

  const houseNumber = () => rng.int(3, 980)

  for (const original of originalCustomers) {
    const customer = addCustomer({
      name: original.name,
      firstName: original.name.split(' ')[0]!,
      email: original.email,
      phone: original.phone,
      street: original.street,
      town: { name: original.town, zip: original.zip },
      isBusiness: original.name.includes('Association'),
      weight: original.name.includes('Association') ? 3 : 1.5,
    })
    if (original.unit) units.push({ companyId, customerId: customer.id, propertyId: customer.properties[0]!.id, serialNumber: rng.code(10), ...original.unit })
  }

  for (const business of businesses) {
    const town = towns.find((t) => t.name === business.town)!
    const customer = addCustomer({
      name: business.name,
      firstName: business.name.split(' ')[0]!,
      email: business.email,
      phone: phones.next(town.areaCode),
      street: business.street,
      town,
      isBusiness: true,
      notes: business.notes,
      weight: 3,
    })
    if (business.name.startsWith('Cedar Ridge')) addProperty(customer, 'Building B', '17 Cedar Ridge Dr', town)
  }

  const usedNames = new Set(list.map((c) => c.name))
  const households = 41
  for (let i = 0; i < households; i++) {
    let first = rng.pick(firstNames)
    let last = rng.pick(lastNames)
    while (usedNames.has(`${first} ${last}`) || list.some((c) => c.name.endsWith(` ${last}`))) {
      first = rng.pick(firstNames)
      last = rng.pick(lastNames)
    }
    const couple = rng.chance(0.15)
    const name = couple ? `${first} & ${rng.pick(firstNames.filter((n) => n !== first))} ${last}` : `${first} ${last}`
    usedNames.add(`${first} ${last}`)
    const town = rng.pick(towns)
    const customer = addCustomer({
      name,
      firstName: first,
      email: emailOf(first, last, rng),
      phone: phones.next(town.areaCode),
      street: `${houseNumber()} ${rng.pick(streets)}`,
      town,
      isBusiness: false,
      // The last two households came in through the leads pipeline.
      fromLead: i >= households - 2,
      notes: rng.chance(0.3) ? rng.pick(customerNotes) : null,
      weight: rng.chance(0.2) ? 2 : 1,
    })
    if (!customer.fromLead && rng.chance(0.16)) {
      const second = rng.pick([
        { label: 'Rental', town: rng.pick(towns) },
        { label: 'Lake cottage', town: towns.find((t) => t.name === 'Coventry')! },
        { label: "Mother's house", town: rng.pick(towns) },
      ])
      addProperty(customer, second.label, `${houseNumber()} ${rng.pick(streets)}`, second.town)
      customer.weight += 0.5
    }
  }

  // What was already in the buildings when the company first came.
  for (const customer of list) {
    for (const property of customer.properties) {
      const kinds = existingEquipment.filter((k) => {
        const odds = k.kind === 'Electrical panel' ? 0.55 : k.kind === 'Furnace' || k.kind === 'Oil boiler' ? 0.3 : k.kind === 'Water heater' ? 0.35 : 0.12
        return rng.chance(odds)
      })
      for (const kind of kinds.slice(0, 3)) {
        const [make, model] = rng.pick(kind.options)
        const builtYear = property.row.yearBuilt ?? 1970
        const year = rng.int(Math.max(builtYear, thisYear - 26), thisYear - 1)
        const installDate = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
        const hazard = make === 'Federal Pacific' || make === 'Zinsco'
        units.push({
          companyId,
          customerId: customer.id,
          propertyId: property.id,
          kind: kind.kind,
          make,
          model,
          serialNumber: rng.code(10),
          installDate,
          warrantyExpiresOn: kind.warrantyYears ? `${year + kind.warrantyYears}${installDate.slice(4)}` : null,
          warrantyNotes: kind.warrantyYears ? `${kind.warrantyYears}-yr manufacturer parts warranty` : null,
          notes: hazard ? 'Known-hazard panel brand — recommend replacement.' : null,
        })
      }
    }
  }
  return { list, equipment: units }
}
