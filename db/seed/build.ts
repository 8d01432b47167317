import { buildBids } from './bids'
import { SeedClock } from './clock'
import { buildCustomers, PhoneBook } from './customers'
import { buildExpenses } from './expenses'
import { buildInvoices } from './invoices'
import { buildJobRecords } from './job-records'
import { buildJobs } from './jobs'
import { buildLeads } from './leads'
import { buildMessages } from './messages'
import { staffOf, type DemoPerson } from './people'
import { Random } from './random'

/** Fixed, so every fresh database gets the same demo company. */
const SEED = 0x2a0f7026

/** A separate random stream per part, so changing one part leaves the others as they were. */
function stream(name: string): Random {
  let hash = 0x811c9dc5
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193)
  return new Random((hash ^ SEED) >>> 0)
}

const DAY = 86_400_000

export type DemoData = ReturnType<typeof buildDemoData>

/**
 * Every row of the demo company, built in memory (no database): customers with properties and
 * equipment, a year of jobs with crews, notes, materials and time entries, bids, invoices with
 * payments, expenses, leads and message threads. Same `now`, same rows (apart from the ids).
 */
export function buildDemoData({ now, companyId, people, newId = () => crypto.randomUUID() }: { now: Date; companyId: string; people: DemoPerson[]; newId?: () => string }) {
  const clock = new SeedClock(now)
  const staff = staffOf(people)
  const phones = new PhoneBook(stream('phones'))
  const customers = buildCustomers({ rng: stream('customers'), clock, companyId, phones, newId })
  const jobs = buildJobs({ rng: stream('jobs'), clock, companyId, staff, customers: customers.list, newId })
  const records = buildJobRecords({ clock, companyId, staff, jobs })
  const bids = buildBids({ rng: stream('bids'), clock, companyId, staff, customers: customers.list, jobs, newId })
  const invoices = buildInvoices({ rng: stream('invoices'), clock, companyId, staff, jobs, bids: bids.bids, newId })
  const expenses = buildExpenses({ rng: stream('expenses'), clock, companyId, staff, jobs })

  // A customer record predates the first thing done for them.
  const dates = stream('dates')
  const firstContact = new Map<string, number>()
  const touch = (customerId: string, at: Date) => firstContact.set(customerId, Math.min(firstContact.get(customerId) ?? Infinity, at.getTime()))
  for (const job of jobs) touch(job.customer.id, job.createdAt)
  for (const bid of bids.bids) touch(bid.customer.id, bid.row.createdAt!)
  for (const customer of customers.list) {
    const first = firstContact.get(customer.id)
    const lead = customer.fromLead ? dates.int(1, 3) : dates.int(2, 45)
    const createdAt = first === undefined ? clock.at(-dates.int(60, 700), 10) : new Date(first - lead * DAY - dates.int(1, 6) * 3_600_000)
    customer.row.createdAt = createdAt
    customer.row.updatedAt = createdAt
    for (const property of customer.properties) {
      property.row.createdAt = createdAt
      property.row.updatedAt = createdAt
    }
  }
  const customerCreated = new Map(customers.list.map((c) => [c.id, c.row.createdAt!]))
  for (const unit of customers.equipment) {
    unit.createdAt = customerCreated.get(unit.customerId)
    unit.updatedAt = unit.createdAt
  }
  const leads = buildLeads({ rng: stream('leads'), clock, companyId, staff, phones, customers: customers.list })
  const conversations = buildMessages({ rng: stream('messages'), clock, companyId, staff, jobs, bids: bids.bids, invoices: invoices.invoices, newId })
  const companySince = new Date(Math.min(...customers.list.map((c) => c.row.createdAt!.getTime())) - 30 * DAY)

  return {
    companySince,
    customers: customers.list.map((c) => c.row),
    properties: customers.list.flatMap((c) => c.properties.map((p) => p.row)),
    equipment: [...customers.equipment, ...records.equipment],
    jobs: jobs.map((j) => j.row),
    jobAssignments: records.assignments,
    jobNotes: records.notes,
    jobMaterials: records.materials,
    timeEntries: records.timeEntries,
    bids: bids.bids.map((b) => b.row),
    bidLineItems: bids.lineItems,
    invoices: invoices.invoices,
    invoiceLineItems: invoices.lineItems,
    payments: invoices.payments,
    expenses,
    leads,
    messageThreads: conversations.threads,
    messages: conversations.messages,
  }
}
