import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companies, jobAssignments, jobs } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ApiError } from '../lib/errors'
import { getJob } from './get-job'
import { assertSchedule, propertyAddress, requireCustomer, requireEquipment, requireMembers, requireProperty } from './job-references'
import type { Job, JobInput } from './schemas'

type Options = {
  tx: Tx
  /** The caller's company; RLS refuses any other. */
  companyId: string
  /** Who is creating it, for `created_by` and the audit log. */
  actorUserId: string
  input: JobInput
  requestId?: string
}

/**
 * Schedules a job for one of the company's customers, with its crew. The trade defaults to
 * the company's first, the site address to the property's (else the customer's) and the
 * region to the company's state, so a quick booking still feeds the patterns.
 */
export async function createJob({ tx, companyId, actorUserId, input, requestId }: Options): Promise<Job> {
  const { assigneeIds, ...fields } = input
  const customer = await requireCustomer(tx, companyId, fields.customerId)
  const property = fields.propertyId ? await requireProperty(tx, companyId, customer.id, fields.propertyId) : null
  if (fields.equipmentId) await requireEquipment(tx, companyId, customer.id, fields.equipmentId)
  const crew = [...new Set(assigneeIds)]
  await requireMembers(tx, companyId, crew)
  assertSchedule(fields.scheduledStart ?? null, fields.scheduledEnd ?? null)
  const [company] = await tx.select({ trades: companies.trades, state: companies.state }).from(companies).where(eq(companies.id, companyId))
  const trade = fields.trade ?? company?.trades[0]
  if (!trade) {
    throw new ApiError('validation_failed', 'Say which trade this job is for.', { details: [{ path: 'trade', message: 'Required: your company has no trades set.' }] })
  }
  const [row] = await tx
    .insert(jobs)
    .values({
      ...fields,
      companyId,
      trade,
      address: fields.address ?? (property ? propertyAddress(property) : customer.address),
      region: fields.region ?? company?.state ?? null,
      createdBy: actorUserId,
    })
    .returning({ id: jobs.id })
  if (!row) throw new Error('insert returned no row')
  if (crew.length > 0) {
    await tx.insert(jobAssignments).values(crew.map((userId) => ({ companyId, jobId: row.id, userId })))
  }
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'job.create',
    entityType: 'job',
    entityId: row.id,
    changes: { title: fields.title, customerId: customer.id, assignees: crew },
    requestId,
  })
  return getJob({ tx, companyId, jobId: row.id, showCosts: true })
}
