import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers, jobs, leads } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { createCustomer } from '../customers/create-customer'
import { ApiError } from '../lib/errors'
import { findLead } from './find-lead'
import { ConvertLeadResult, type ConvertLeadInput } from './schemas'
import { toLead } from './to-lead'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  leadId: string
  /** Also schedule a first job for the new customer. */
  createJob?: ConvertLeadInput['createJob']
  requestId?: string
}

/**
 * Turns a lead into a customer (name, email, phone, address and notes carry over), marks the
 * lead won and linked to that customer, and optionally creates the customer's first job, all
 * in the caller's transaction. A lead converts once: a second time is a 409.
 */
export async function convertLead({ tx, companyId, actorUserId, leadId, createJob, requestId }: Options): Promise<ConvertLeadResult> {
  const lead = await findLead({ tx, companyId, leadId, forUpdate: true })
  if (lead.customerId) {
    const [existing] = await tx.select({ name: customers.name }).from(customers).where(eq(customers.id, lead.customerId))
    if (lead.requestType) {
      throw new ApiError('conflict', `This request came from the client portal: ${existing ? `"${existing.name}" is` : 'they are'} already your customer. Create a job for them instead.`)
    }
    throw new ApiError('conflict', `This lead was already converted${existing ? ` to the customer "${existing.name}"` : ''}.`)
  }
  const trade = createJob ? (createJob.trade ?? lead.trade) : null
  if (createJob && !trade) {
    throw new ApiError('validation_failed', 'Some fields are missing or not valid; see details.', {
      details: [{ path: 'createJob.trade', message: 'The lead has no trade; say which trade the job is for.' }],
    })
  }

  const customer = await createCustomer({
    tx,
    companyId,
    actorUserId,
    input: { name: lead.name, email: lead.email, phone: lead.phone, address: lead.address, notes: lead.notes },
    requestId,
  })
  const [updated] = await tx
    .update(leads)
    .set({ customerId: customer.id, stage: 'won', lostReason: null, updatedAt: new Date() })
    .where(eq(leads.id, lead.id))
    .returning()
  if (!updated) throw new Error('update returned no row')
  await recordAudit({ tx, companyId, actorUserId, action: 'lead.convert', entityType: 'lead', entityId: lead.id, changes: { from: lead.stage, customerId: customer.id }, requestId })

  let job: ConvertLeadResult['job'] = null
  if (createJob && trade) {
    const [row] = await tx
      .insert(jobs)
      .values({
        companyId,
        customerId: customer.id,
        title: createJob.title,
        trade,
        address: lead.address,
        scheduledStart: createJob.scheduledStart ? new Date(createJob.scheduledStart) : null,
        createdBy: actorUserId,
      })
      .returning()
    if (!row) throw new Error('insert returned no row')
    await recordAudit({ tx, companyId, actorUserId, action: 'job.create', entityType: 'job', entityId: row.id, changes: { fromLead: lead.id }, requestId })
    job = {
      id: row.id,
      customerId: row.customerId,
      title: row.title,
      trade: row.trade,
      status: row.status,
      scheduledStart: row.scheduledStart?.toISOString() ?? null,
    }
  }
  return ConvertLeadResult.parse({ lead: await toLead(tx, updated), customer, job })
}
