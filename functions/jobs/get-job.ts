import { and, asc, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyMembers, customers, jobMaterials, jobNotes, jobs } from '../../db/schema'
import { listFiles, toFileInfo } from '../files/store-file'
import { notFound } from '../lib/errors'
import { lineTotalCents } from '../lib/money'
import { crewTimeByJob } from './crew-time'
import { describeJobs, jobWithCustomer } from './describe-jobs'
import { nextJobStatuses } from './job-status'
import { Job } from './schemas'
import { toJobMaterial } from './to-job-material'
import { toJobNote } from './to-job-note'

type Options = {
  tx: Tx
  companyId: string
  jobId: string
  /** Whether the caller may see material costs and totals (not techs). */
  showCosts: boolean
}

/**
 * One job with its crew, notes, materials, files and hours. A tech reaches only jobs
 * assigned to them (RLS), so any other id is simply not found.
 */
export async function getJob({ tx, companyId, jobId, showCosts }: Options): Promise<Job> {
  const [row] = await tx
    .select(jobWithCustomer)
    .from(jobs)
    .innerJoin(customers, eq(customers.id, jobs.customerId))
    .where(and(eq(jobs.id, jobId), eq(jobs.companyId, companyId)))
  if (!row) throw notFound('Job')
  const [[summary], notes, materials, files, crewTime] = await Promise.all([
    describeJobs(tx, [row]),
    tx
      .select({ note: jobNotes, authorEmail: companyMembers.email })
      .from(jobNotes)
      .leftJoin(companyMembers, eq(companyMembers.userId, jobNotes.authorId))
      .where(eq(jobNotes.jobId, jobId))
      .orderBy(asc(jobNotes.createdAt), asc(jobNotes.id)),
    tx.select().from(jobMaterials).where(eq(jobMaterials.jobId, jobId)).orderBy(asc(jobMaterials.createdAt), asc(jobMaterials.id)),
    listFiles(tx, 'job', jobId),
    crewTimeByJob(tx, [jobId]),
  ])
  const materialsTotalCents = materials.reduce((sum, m) => sum + lineTotalCents({ quantity: m.quantity, unitPriceCents: m.unitCostCents }), 0)
  return Job.parse({
    ...summary,
    allowedNextStatuses: nextJobStatuses[row.job.status],
    clockedInNow: crewTime.get(jobId)?.openEntries ?? 0,
    notes: notes.map((n) => toJobNote(n.note, n.authorEmail)),
    materials: materials.map((m) => toJobMaterial(m, showCosts)),
    ...(showCosts ? { materialsTotalCents } : {}),
    files: files.map(toFileInfo),
  })
}
