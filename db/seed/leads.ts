import { leads, type leadStages } from '../schema'
import type { SeedClock } from './clock'
import type { PhoneBook, SeedCustomer } from './customers'
import { firstNames, streets, towns } from './places'
import type { Staff } from './people'
import type { Random } from './random'

export type LeadRow = typeof leads.$inferInsert

type Stage = (typeof leadStages)[number]

const sources = ['Google', 'referral', 'website', 'Angi', 'yard sign'] as const
const asks = [
  { trade: 'hvac', text: 'Wants a quote to replace an oil boiler with a cold-climate heat pump.', value: [1_400_000, 2_200_000] },
  { trade: 'electrical', text: 'Bought an EV; needs a Level 2 charger in the garage.', value: [150_000, 260_000] },
  { trade: 'electrical', text: 'Home inspector flagged a Federal Pacific panel — closing in 3 weeks.', value: [380_000, 520_000] },
  { trade: 'hvac', text: 'Two-zone mini-split for the finished attic.', value: [650_000, 950_000] },
  { trade: 'electrical', text: 'Standby generator after last winter’s outages.', value: [1_200_000, 1_700_000] },
  { trade: 'hvac', text: 'AC blowing warm; asks about a maintenance plan too.', value: [25_000, 90_000] },
  { trade: 'electrical', text: 'Recessed lighting for a kitchen remodel.', value: [180_000, 320_000] },
] as const
// Surnames no customer has, so a lead never looks like a duplicate of one.
const leadLastNames = ['Fontaine', 'Russo', 'Tran', 'Oyelaran', 'Beckett', 'Mancini', 'Hoffman', 'Lindgren', 'Caruso', 'Dwyer', 'Amato', 'Novak', 'Pratt', 'Salazar', 'Keane', 'Ostrowski', 'Bianchi', 'Mercer', 'Lam', 'Duarte']
const lostReasons = ['Chose a lower quote.', 'Went with their oil company’s HVAC service.', 'Project postponed until spring.', 'No response after three follow-ups.']

// Stage of each lead, newest pipeline first; the two `won` ones became customers.
const stages: Stage[] = ['new', 'new', 'new', 'contacted', 'contacted', 'contacted', 'qualified', 'qualified', 'qualified', 'bid_sent', 'bid_sent', 'won', 'won', 'lost', 'lost', 'lost']

type Options = { rng: Random; clock: SeedClock; companyId: string; staff: Staff; phones: PhoneBook; customers: SeedCustomer[] }

/** Sixteen leads across the pipeline; the won ones point at the customers they became. */
export function buildLeads({ rng, clock, companyId, staff, phones, customers }: Options): LeadRow[] {
  const converted = customers.filter((c) => c.fromLead)
  const used = new Set(customers.map((c) => c.name.split(' ').pop()))
  let wonIndex = 0
  let lostIndex = 0
  return stages.map((stage, i) => {
    const ask = rng.pick(asks)
    const source = rng.weighted(sources, (s) => (s === 'Google' ? 4 : s === 'referral' ? 3 : s === 'website' ? 3 : s === 'Angi' ? 2 : 1))
    const assignedTo = rng.pick([staff.owner, staff.office, staff.admin]).id
    const value = Math.round(rng.between(ask.value[0], ask.value[1]) / 5_000) * 5_000
    // Older stages were opened longer ago.
    const age = stage === 'new' ? rng.int(0, 4) : stage === 'contacted' ? rng.int(3, 12) : stage === 'qualified' ? rng.int(7, 25) : stage === 'bid_sent' ? rng.int(10, 30) : rng.int(20, 120)
    const createdAt = clock.notAfterNow(clock.at(-age, 8 + rng.int(0, 22) / 2))
    if (stage === 'won') {
      const customer = converted[wonIndex++]
      if (customer) {
        const wonAt = customer.row.createdAt!
        return {
          companyId,
          name: customer.name,
          email: customer.row.email,
          phone: customer.row.phone,
          address: customer.row.address,
          source,
          stage,
          trade: ask.trade,
          estimatedValueCents: value,
          notes: ask.text,
          lostReason: null,
          assignedTo,
          customerId: customer.id,
          createdAt: new Date(wonAt.getTime() - rng.int(3, 10) * 86_400_000),
          updatedAt: wonAt,
        }
      }
    }
    const last = rng.pick(leadLastNames.filter((name) => !used.has(name)))
    used.add(last)
    const first = rng.pick(firstNames)
    const town = rng.pick(towns)
    const updatedAt = stage === 'new' ? createdAt : clock.notAfterNow(new Date(createdAt.getTime() + rng.int(1, Math.max(1, age)) * 86_400_000))
    return {
      companyId,
      name: `${first} ${last}`,
      email: rng.chance(0.8) ? `${first.toLowerCase()}.${last.toLowerCase()}@example.com` : null,
      phone: phones.next(town.areaCode),
      address: rng.chance(0.7) ? `${rng.int(5, 900)} ${rng.pick(streets)}, ${town.name}, CT ${town.zip}` : null,
      source,
      stage,
      trade: ask.trade,
      estimatedValueCents: value,
      notes: i % 4 === 0 ? `${ask.text} Prefers evening calls.` : ask.text,
      lostReason: stage === 'lost' ? lostReasons[lostIndex++ % lostReasons.length]! : null,
      assignedTo,
      customerId: null,
      createdAt,
      updatedAt,
    }
  })
}
