import { asc, eq, inArray } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyMembers, customers, jobAssignments, jobs } from '../../db/schema'
import { hoursFromSeconds } from '../time/hours'
import { crewTimeByJob } from './crew-time'
import { JobSummary } from './schemas'

/** Select shape for a job with its customer's name (join `customers` on the job's customer). */
export const jobWithCustomer = { job: jobs, customerName: customers.name }
export type JobWithCustomer = { job: typeof jobs.$inferSelect; customerName: string }

const CHUNK = 1000

const iso = (date: Date | null) => date?.toISOString() ?? null

/**
 * The API's view of jobs: each with its crew and its actual hours (the whole crew's time
 * entries summed, open ones up to now), in two queries for the whole page.
 */
export async function describeJobs(tx: Tx, rows: JobWithCustomer[]): Promise<JobSummary[]> {
  if (rows.length === 0) return []
  // Keep each IN list far below Postgres's 65,535 parameters (a large CSV export).
  if (rows.length > CHUNK) {
    const described: JobSummary[] = []
    for (let i = 0; i < rows.length; i += CHUNK) described.push(...(await describeJobs(tx, rows.slice(i, i + CHUNK))))
    return described
  }
  const ids = rows.map((r) => r.job.id)
  const [crew, hours] = await Promise.all([
    tx
      .select({ jobId: jobAssignments.jobId, userId: jobAssignments.userId, email: companyMembers.email })
      .from(jobAssignments)
      .leftJoin(companyMembers, eq(companyMembers.userId, jobAssignments.userId))
      .where(inArray(jobAssignments.jobId, ids))
      .orderBy(asc(companyMembers.email), asc(jobAssignments.userId)),
    crewTimeByJob(tx, ids),
  ])
  return rows.map(({ job, customerName }) =>
    JobSummary.parse({
      id: job.id,
      customer: { id: job.customerId, name: customerName },
      propertyId: job.propertyId,
      title: job.title,
      description: job.description,
      trade: job.trade,
      jobCategory: job.jobCategory,
      equipmentId: job.equipmentId,
      failureMode: job.failureMode,
      status: job.status,
      address: job.address,
      region: job.region,
      scheduledStart: iso(job.scheduledStart),
      scheduledEnd: iso(job.scheduledEnd),
      startedAt: iso(job.startedAt),
      completedAt: iso(job.completedAt),
      cancelledAt: iso(job.cancelledAt),
      estimatedHours: job.estimatedHours === null ? null : Number(job.estimatedHours),
      actualHours: hoursFromSeconds(hours.get(job.id)?.seconds ?? 0),
      assignees: crew.filter((a) => a.jobId === job.id).map((a) => ({ userId: a.userId, email: a.email })),
      createdAt: job.createdAt.toISOString(),
      updatedAt: job.updatedAt.toISOString(),
    }),
  )
}
