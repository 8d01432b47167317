import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { jobs } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ApiError } from '../lib/errors'
import { crewTimeByJob } from './crew-time'
import { getJob } from './get-job'
import { assertJobTransition, statusTimestamp } from './job-status'
import { requireJob } from './job-references'
import type { Job, JobStatus } from './schemas'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  jobId: string
  status: JobStatus
  /** Cancelling is a scheduling decision: staff only. Techs start and complete their jobs. */
  mayCancel: boolean
  /** Whether the caller may see material costs in the answer. */
  showCosts: boolean
  requestId?: string
}

/**
 * Moves a job along its life cycle (scheduled → in_progress → completed, or cancelled) and
 * stamps when. Completing it also records the crew's clocked hours as the job's actual hours
 * (what job-duration patterns compare with the estimate). Any other move is a 409 that names
 * the allowed next states.
 */
export async function changeJobStatus({ tx, companyId, actorUserId, jobId, status, mayCancel, showCosts, requestId }: Options): Promise<Job> {
  const job = await requireJob(tx, companyId, jobId)
  assertJobTransition(job.status, status)
  if (status === 'cancelled' && !mayCancel) {
    throw new ApiError('forbidden', 'Only the office can cancel a job. Ask them, or add a note explaining why.')
  }
  const now = new Date()
  const clocked = status === 'completed' ? (await crewTimeByJob(tx, [jobId])).get(jobId)?.seconds : undefined
  const actualHours = clocked ? { actualHours: (Math.round(clocked / 36) / 100).toFixed(2) } : {}
  const [moved] = await tx
    .update(jobs)
    .set({ status, [statusTimestamp[status]]: now, updatedAt: now, ...actualHours })
    // The status in the WHERE makes two simultaneous moves safe: only one finds the old state.
    .where(and(eq(jobs.id, jobId), eq(jobs.companyId, companyId), eq(jobs.status, job.status)))
    .returning({ id: jobs.id })
  if (!moved) throw new ApiError('conflict', 'The job’s status changed meanwhile. Reload it and try again.')
  await recordAudit({ tx, companyId, actorUserId, action: 'job.status', entityType: 'job', entityId: jobId, changes: { from: job.status, to: status }, requestId })
  return getJob({ tx, companyId, jobId, showCosts })
}
