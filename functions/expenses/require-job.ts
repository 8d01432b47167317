import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { jobs } from '../../db/schema'
import { ApiError } from '../lib/errors'

/**
 * Refuses a job id the caller cannot reach: another company's job, or for a tech a job not
 * assigned to them (Row Level Security hides both). The foreign key alone would accept any
 * existing job, whoever owns it.
 */
export async function requireReachableJob(tx: Tx, companyId: string, jobId: string): Promise<void> {
  const [job] = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.companyId, companyId)))
  if (!job) {
    throw new ApiError('validation_failed', 'Some fields are missing or not valid; see details.', {
      details: [{ path: 'jobId', message: 'No such job in your company (a tech can link only jobs assigned to them).' }],
    })
  }
}
