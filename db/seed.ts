import type { InferInsertModel } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import { createUser, findUserByEmail } from '../functions/auth/users'
import { createDatabase, type Sql, type Tx } from './client'
import {
  bidLineItems,
  bids,
  companies,
  companyMembers,
  customers,
  documentCounters,
  equipment,
  expenses,
  invoiceLineItems,
  invoices,
  jobAssignments,
  jobMaterials,
  jobNotes,
  jobs,
  leads,
  messages,
  messageThreads,
  payments,
  properties,
  timeEntries,
} from './schema'
import { buildDemoData } from './seed/build'
import { DEMO_PASSWORD, demoAccounts, type DemoPerson } from './seed/people'

export { DEMO_PASSWORD, demoAccounts }

export type SeedOptions = {
  /** The moment the demo history ends; defaults to now, so the data always looks current. */
  now?: Date
}

/** Inserts rows in multi-row statements, kept under Postgres's bind-parameter limit. */
async function insertAll<T extends PgTable>(tx: Tx, table: T, rows: InferInsertModel<T>[]) {
  if (!rows.length) return
  const perRow = Math.max(...rows.slice(0, 20).map((row) => Object.keys(row as object).length))
  const chunk = Math.max(1, Math.floor(20_000 / perRow))
  for (let i = 0; i < rows.length; i += chunk) await tx.insert(table).values(rows.slice(i, i + chunk) as never)
}

/**
 * Seeds the demo tenant on a fresh database: "Northline Electric & HVAC" with an owner, an
 * admin, an office manager and five techs who can sign in, about fifty customers and a year
 * of jobs, bids, invoices, payments, expenses, time entries, leads and messages (see
 * db/seed/). Everything is generated with a fixed random seed relative to `now`, and inserted
 * in one transaction. Does nothing when the demo accounts already belong to a company.
 */
export async function seedDemo(sql: Sql, options: SeedOptions = {}): Promise<boolean> {
  const emails = demoAccounts.map((a) => a.email.toLowerCase())
  const [seeded] = await sql<{ n: number }[]>`
    select count(*)::int as n from public.company_members m join auth.users u on u.id = m.user_id
    where lower(u.email) in ${sql(emails)}`
  if (seeded && seeded.n > 0) return false

  // Accounts from an earlier run that stopped before its transaction committed are reused.
  const people: DemoPerson[] = await Promise.all(
    demoAccounts.map(async (account) => {
      const user =
        (await createUser({ sql, email: account.email, password: DEMO_PASSWORD, userMetadata: { full_name: account.name } })) ??
        (await findUserByEmail(sql, account.email))
      if (!user) throw new Error(`demo account ${account.email} could not be created`)
      return { ...account, id: user.id }
    }),
  )
  const owner = people[0]!
  const companyId = crypto.randomUUID()
  const data = buildDemoData({ now: options.now ?? new Date(), companyId, people })

  await createDatabase(sql).transaction(async (tx) => {
    await tx.insert(companies).values({
      id: companyId,
      name: 'Northline Electric & HVAC',
      trades: ['electrical', 'hvac'],
      state: 'CT',
      licenseNumber: 'E1-0194422',
      phone: '(860) 555-0100',
      email: 'office@northline.example.com',
      address: '250 Industrial Park Rd, Hartford, CT 06114',
      tier: 'team',
      employeeCount: people.length,
      createdBy: owner.id,
      createdAt: data.companySince,
    })
    await insertAll(
      tx,
      companyMembers,
      people.map((p) => ({ companyId, userId: p.id, role: p.role, email: p.email, title: p.title, certifications: p.certifications, hourlyCostCents: p.hourlyCostCents, createdAt: data.companySince })),
    )
    await insertAll(tx, customers, data.customers)
    await insertAll(tx, properties, data.properties)
    await insertAll(tx, equipment, data.equipment)
    await insertAll(tx, jobs, data.jobs)
    await insertAll(tx, jobAssignments, data.jobAssignments)
    await insertAll(tx, jobNotes, data.jobNotes)
    await insertAll(tx, jobMaterials, data.jobMaterials)
    await insertAll(tx, timeEntries, data.timeEntries)
    await insertAll(tx, bids, data.bids)
    await insertAll(tx, bidLineItems, data.bidLineItems)
    await insertAll(tx, invoices, data.invoices)
    await insertAll(tx, invoiceLineItems, data.invoiceLineItems)
    await insertAll(tx, payments, data.payments)
    await insertAll(tx, expenses, data.expenses)
    await insertAll(tx, leads, data.leads)
    await insertAll(tx, messageThreads, data.messageThreads)
    await insertAll(tx, messages, data.messages)
    await insertAll(tx, documentCounters, [
      { companyId, kind: 'bid', lastValue: data.bids.length },
      { companyId, kind: 'invoice', lastValue: data.invoices.length },
    ])
  })
  return true
}
