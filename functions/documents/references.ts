import { z } from '@hono/zod-openapi'
import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers, jobs } from '../../db/schema'
import { ApiError } from '../lib/errors'

/** The customer as a bid or invoice shows it. */
export const CustomerRef = z.object({ id: z.uuid(), name: z.string(), email: z.string().nullable() }).openapi('CustomerRef')
export type CustomerRef = z.output<typeof CustomerRef>

/**
 * The customer a bid or invoice is for, checked to be one of the caller's company. Another
 * company's id (hidden by RLS too) is refused as a field error, and nothing is written.
 */
export async function requireCustomer(tx: Tx, companyId: string, customerId: string) {
  const [customer] = await tx
    .select({ id: customers.id, name: customers.name, email: customers.email, address: customers.address, phone: customers.phone })
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.companyId, companyId)))
  if (!customer) {
    throw new ApiError('validation_failed', 'That customer does not exist in your company.', { details: [{ path: 'customerId', message: 'No such customer.' }] })
  }
  return customer
}

/** The job a bid or invoice belongs to, checked to be one of the caller's company and customer. */
export async function requireJob(tx: Tx, companyId: string, jobId: string, customerId: string) {
  const [job] = await tx
    .select({ id: jobs.id, customerId: jobs.customerId })
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.companyId, companyId)))
  if (!job) throw new ApiError('validation_failed', 'That job does not exist in your company.', { details: [{ path: 'jobId', message: 'No such job.' }] })
  if (job.customerId !== customerId) {
    throw new ApiError('validation_failed', 'That job is for a different customer.', { details: [{ path: 'jobId', message: 'The job belongs to another customer.' }] })
  }
  return job
}

/**
 * The job an edited bid or invoice keeps, checked like a new one's: a changed customer must be
 * the caller's company's, and the job (changed, or kept under a new customer) that customer's.
 */
export async function requireEditedReferences(
  tx: Tx,
  companyId: string,
  row: { customerId: string; jobId: string | null },
  patch: { customerId?: string; jobId?: string | null },
): Promise<{ jobId: string | null }> {
  const customerId = patch.customerId ?? row.customerId
  if (patch.customerId) await requireCustomer(tx, companyId, patch.customerId)
  const jobId = patch.jobId === undefined ? row.jobId : patch.jobId
  if (jobId && (patch.jobId || patch.customerId)) await requireJob(tx, companyId, jobId, customerId)
  return { jobId }
}

/** The customer's contact details as printed on a document. */
export async function loadPrintedCustomer(tx: Tx, customerId: string) {
  const [customer] = await tx
    .select({ name: customers.name, email: customers.email, phone: customers.phone, address: customers.address })
    .from(customers)
    .where(eq(customers.id, customerId))
  if (!customer) throw new Error(`customer ${customerId} is not readable`)
  return customer
}
