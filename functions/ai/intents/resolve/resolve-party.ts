import type { Tx } from '../../../../db/client'
import { resolveCustomer, type Resolved } from './resolve-customer'
import { resolveJob } from './resolve-job'

/** Who a bid or invoice is for: a customer, and the job when one was named. */
export type Party = { customerId: string; customerName: string; jobId: string | null; jobTitle: string | null }

/** "Jane Parker", "the Parkers" or "the water heater job" → the customer (and job) a document is for. */
export async function resolveParty(tx: Tx, companyId: string, phrase: string): Promise<Resolved<Party>> {
  if (/\bjob\b/i.test(phrase)) {
    const job = await resolveJob(tx, companyId, phrase)
    if (!('found' in job)) return job
    const { id, title, customerId, customerName } = job.found
    return { found: { customerId, customerName, jobId: id, jobTitle: title } }
  }
  const customer = await resolveCustomer(tx, companyId, phrase)
  if (!('found' in customer)) return customer
  return { found: { customerId: customer.found.id, customerName: customer.found.name, jobId: null, jobTitle: null } }
}
