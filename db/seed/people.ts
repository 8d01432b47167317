import type { Certification, MemberRole } from '../schema'

export const DEMO_PASSWORD = 'zafto-demo-2026'

export type DemoAccount = {
  email: string
  role: MemberRole
  name: string
  title: string
  /** Loaded labour cost per hour, for job costing. */
  hourlyCostCents: number
  certifications: Certification[]
  /** The trade a tech leads jobs in. */
  trade?: 'electrical' | 'hvac'
}

/**
 * Everyone at the demo company who can sign in (password DEMO_PASSWORD). The first three are
 * the accounts the README names; the owner must stay first.
 */
export const demoAccounts: DemoAccount[] = [
  {
    email: 'owner@demo.zafto.test',
    role: 'owner',
    name: 'Riley Owens',
    title: 'Owner, master electrician',
    hourlyCostCents: 6_500,
    certifications: [{ name: 'E-1 Unlimited Electrical Contractor', number: 'E1-0194422', state: 'CT', expiresOn: '2027-09-30' }],
  },
  {
    email: 'office@demo.zafto.test',
    role: 'office',
    name: 'Morgan Ellis',
    title: 'Office manager',
    hourlyCostCents: 3_200,
    certifications: [],
  },
  {
    email: 'tech@demo.zafto.test',
    role: 'tech',
    name: 'Sam Ortiz',
    title: 'Journeyman electrician',
    hourlyCostCents: 4_600,
    certifications: [{ name: 'E-2 Unlimited Electrical Journeyperson', number: 'E2-0221874', state: 'CT', expiresOn: '2027-09-30' }],
    trade: 'electrical',
  },
  {
    email: 'admin@demo.zafto.test',
    role: 'admin',
    name: 'Jordan Blake',
    title: 'Operations manager',
    hourlyCostCents: 4_200,
    certifications: [],
  },
  {
    email: 'tech2@demo.zafto.test',
    role: 'tech',
    name: 'Avery Chen',
    title: 'Lead HVAC technician',
    hourlyCostCents: 5_000,
    certifications: [
      { name: 'S-2 Heating, Piping & Cooling Journeyperson', number: 'S2-0308811', state: 'CT', expiresOn: '2027-08-31' },
      { name: 'EPA 608 Universal', number: '608-4471902' },
    ],
    trade: 'hvac',
  },
  {
    email: 'tech3@demo.zafto.test',
    role: 'tech',
    name: 'Marcus Bell',
    title: 'Journeyman electrician',
    hourlyCostCents: 4_400,
    certifications: [{ name: 'E-2 Unlimited Electrical Journeyperson', number: 'E2-0230456', state: 'CT', expiresOn: '2027-09-30' }],
    trade: 'electrical',
  },
  {
    email: 'tech4@demo.zafto.test',
    role: 'tech',
    name: 'Nina Kowalski',
    title: 'HVAC technician',
    hourlyCostCents: 4_100,
    certifications: [
      { name: 'D-2 Limited Heating & Cooling Journeyperson', number: 'D2-0102377', state: 'CT', expiresOn: '2027-08-31' },
      { name: 'EPA 608 Universal', number: '608-5530188' },
    ],
    trade: 'hvac',
  },
  {
    email: 'tech5@demo.zafto.test',
    role: 'tech',
    name: 'Diego Reyes',
    title: 'Electrical apprentice',
    hourlyCostCents: 2_900,
    certifications: [{ name: 'Registered apprentice', number: 'APP-0581230', state: 'CT' }],
  },
]

/** A demo account with its auth user id. */
export type DemoPerson = DemoAccount & { id: string }

export type Staff = {
  owner: DemoPerson
  admin: DemoPerson
  office: DemoPerson
  techs: DemoPerson[]
  /** Owner, admin and office: who creates bids and invoices and records payments. */
  officeStaff: DemoPerson[]
}

export function staffOf(people: DemoPerson[]): Staff {
  const byRole = (role: MemberRole) => people.filter((p) => p.role === role)
  return {
    owner: byRole('owner')[0]!,
    admin: byRole('admin')[0]!,
    office: byRole('office')[0]!,
    techs: byRole('tech'),
    officeStaff: [...byRole('owner'), ...byRole('admin'), ...byRole('office')],
  }
}
