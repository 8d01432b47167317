import { createUser } from '../functions/auth/users'
import { createDatabase, type Sql } from './client'
import { companies, companyMembers, customers, equipment, properties, type MemberRole } from './schema'

export const DEMO_PASSWORD = 'zafto-demo-2026'

export const demoAccounts: { email: string; role: MemberRole; name: string }[] = [
  { email: 'owner@demo.zafto.test', role: 'owner', name: 'Riley Owens' },
  { email: 'office@demo.zafto.test', role: 'office', name: 'Morgan Ellis' },
  { email: 'tech@demo.zafto.test', role: 'tech', name: 'Sam Ortiz' },
]

const demoCustomers = [
  { name: 'Dana Whitfield', email: 'dana.whitfield@example.com', phone: '(860) 555-0142', address: '18 Orchard Ln, Glastonbury, CT 06033', equipment: { kind: 'Electrical panel', make: 'Square D', model: 'QO 200A', installDate: '2009-05-12' } },
  { name: 'Luis Romero', email: 'luis.romero@example.com', phone: '(860) 555-0178', address: '402 Main St, Manchester, CT 06040', equipment: { kind: 'Heat pump', make: 'Carrier', model: '25VNA8', installDate: '2019-10-03', warrantyExpiresOn: '2029-10-03' } },
  { name: 'Priya Natarajan', email: 'priya.n@example.com', phone: '(203) 555-0119', address: '7 Hillside Ave, New Haven, CT 06511', equipment: { kind: 'Water heater', make: 'A. O. Smith', model: 'ProLine 50 gal', installDate: '2016-02-20' } },
  { name: 'Harborview Condo Association', email: 'board@harborview.example.com', phone: '(860) 555-0190', address: '1 Harbor Rd, Old Saybrook, CT 06475', equipment: null },
] as const

/**
 * Seeds the demo tenant on a fresh database: a company with an owner, an office manager and
 * a tech who can sign in, and a few customers with properties and equipment. Does nothing
 * when the demo owner already exists.
 */
export async function seedDemo(sql: Sql): Promise<boolean> {
  const users: ((typeof demoAccounts)[number] & { id: string })[] = []
  for (const account of demoAccounts) {
    const user = await createUser({ sql, email: account.email, password: DEMO_PASSWORD, userMetadata: { full_name: account.name } })
    if (!user) return false
    users.push({ ...account, id: user.id })
  }
  const db = createDatabase(sql)
  await db.transaction(async (tx) => {
    const [company] = await tx
      .insert(companies)
      .values({
        name: 'Northline Electric & HVAC',
        trades: ['electrical', 'hvac'],
        state: 'CT',
        licenseNumber: 'E1-0194422',
        phone: '(860) 555-0100',
        email: 'office@northline.example.com',
        address: '250 Industrial Park Rd, Hartford, CT 06114',
        tier: 'team',
        employeeCount: 6,
        createdBy: users[0]!.id,
      })
      .returning()
    const companyId = company!.id
    await tx.insert(companyMembers).values(users.map((u) => ({ companyId, userId: u.id, role: u.role, email: u.email })))
    for (const { equipment: unit, ...customer } of demoCustomers) {
      const [row] = await tx.insert(customers).values({ companyId, ...customer }).returning()
      const [property] = await tx.insert(properties).values({ companyId, customerId: row!.id, label: 'Primary', address: customer.address, state: 'CT' }).returning()
      if (unit) await tx.insert(equipment).values({ companyId, customerId: row!.id, propertyId: property!.id, ...unit })
    }
  })
  return true
}
