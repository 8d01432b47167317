import { and, count, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers, jobs } from '../../db/schema'
import { describeJobs, jobWithCustomer } from './describe-jobs'
import { jobFilterConditions, jobListOrder } from './job-filters'
import type { JobFilters } from './schemas'

type Options = JobFilters & {
  tx: Tx
  companyId: string
  page: number
  pageSize: number
}

/**
 * One page of jobs with the total for pagination. A tech's page and total count only the
 * jobs assigned to them: RLS filters both queries.
 */
export async function listJobs({ tx, companyId, page, pageSize, ...filters }: Options) {
  const where = and(...jobFilterConditions(companyId, filters))
  const [rows, [totals]] = await Promise.all([
    tx
      .select(jobWithCustomer)
      .from(jobs)
      .innerJoin(customers, eq(customers.id, jobs.customerId))
      .where(where)
      .orderBy(...jobListOrder)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ total: count() }).from(jobs).where(where),
  ])
  return { data: await describeJobs(tx, rows), page, pageSize, total: totals?.total ?? 0 }
}
