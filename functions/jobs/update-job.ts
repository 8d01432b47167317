import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { jobs } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { getJob } from './get-job'
import { assertSchedule, requireCustomer, requireEquipment, requireJob, requireProperty } from './job-references'
import type { Job, JobPatch } from './schemas'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  jobId: string
  /** Only the fields present are changed. Status has its own endpoint. */
  patch: JobPatch
  requestId?: string
}

/**
 * Changes some fields of a job. Moving it to another customer drops a property and equipment
 * that belong to the previous one; the schedule is checked as it will be after the change.
 */
export async function updateJob({ tx, companyId, actorUserId, jobId, patch, requestId }: Options): Promise<Job> {
  const current = await requireJob(tx, companyId, jobId)
  const changes: Partial<typeof jobs.$inferInsert> = { ...patch }
  const customerId = patch.customerId ?? current.customerId
  if (patch.customerId && patch.customerId !== current.customerId) {
    await requireCustomer(tx, companyId, patch.customerId)
    if (patch.propertyId === undefined && current.propertyId) changes.propertyId = null
    if (patch.equipmentId === undefined && current.equipmentId) changes.equipmentId = null
  }
  if (patch.propertyId) await requireProperty(tx, companyId, customerId, patch.propertyId)
  if (patch.equipmentId) await requireEquipment(tx, companyId, customerId, patch.equipmentId)
  assertSchedule(
    patch.scheduledStart !== undefined ? patch.scheduledStart : current.scheduledStart,
    patch.scheduledEnd !== undefined ? patch.scheduledEnd : current.scheduledEnd,
  )
  await tx
    .update(jobs)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(eq(jobs.id, jobId), eq(jobs.companyId, companyId)))
  await recordAudit({ tx, companyId, actorUserId, action: 'job.update', entityType: 'job', entityId: jobId, changes, requestId })
  return getJob({ tx, companyId, jobId, showCosts: true })
}
