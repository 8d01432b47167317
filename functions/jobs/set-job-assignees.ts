import { and, eq, inArray } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { jobAssignments } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { getJob } from './get-job'
import { requireJob, requireMembers } from './job-references'
import type { Job } from './schemas'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  jobId: string
  /** The whole crew after the change; an empty list unassigns everyone. */
  userIds: string[]
  requestId?: string
}

/** Replaces the people assigned to a job; each must be a member of the company. */
export async function setJobAssignees({ tx, companyId, actorUserId, jobId, userIds, requestId }: Options): Promise<Job> {
  await requireJob(tx, companyId, jobId)
  const crew = [...new Set(userIds)]
  await requireMembers(tx, companyId, crew)
  const before = (await tx.select({ userId: jobAssignments.userId }).from(jobAssignments).where(eq(jobAssignments.jobId, jobId))).map((a) => a.userId)
  const removed = before.filter((id) => !crew.includes(id))
  const added = crew.filter((id) => !before.includes(id))
  if (removed.length > 0) {
    await tx.delete(jobAssignments).where(and(eq(jobAssignments.jobId, jobId), inArray(jobAssignments.userId, removed)))
  }
  if (added.length > 0) {
    await tx.insert(jobAssignments).values(added.map((userId) => ({ companyId, jobId, userId })))
  }
  await recordAudit({ tx, companyId, actorUserId, action: 'job.assign', entityType: 'job', entityId: jobId, changes: { before, after: crew }, requestId })
  return getJob({ tx, companyId, jobId, showCosts: true })
}
