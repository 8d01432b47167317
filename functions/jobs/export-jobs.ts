import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers, jobs } from '../../db/schema'
import { toCsv } from '../lib/csv'
import { describeJobs, jobWithCustomer } from './describe-jobs'
import { jobFilterConditions, jobListOrder } from './job-filters'
import type { JobFilters, JobSummary } from './schemas'

type Options = JobFilters & { tx: Tx; companyId: string }

const columns: { header: string; value: (job: JobSummary) => unknown }[] = [
  { header: 'Job ID', value: (j) => j.id },
  { header: 'Title', value: (j) => j.title },
  { header: 'Customer', value: (j) => j.customer.name },
  { header: 'Status', value: (j) => j.status },
  { header: 'Scheduled start', value: (j) => j.scheduledStart },
  { header: 'Scheduled end', value: (j) => j.scheduledEnd },
  { header: 'Trade', value: (j) => j.trade },
  { header: 'Category', value: (j) => j.jobCategory },
  { header: 'Address', value: (j) => j.address },
  { header: 'Assigned', value: (j) => j.assignees.map((a) => a.email ?? a.userId).join('; ') },
  { header: 'Estimated hours', value: (j) => j.estimatedHours },
  { header: 'Actual hours', value: (j) => j.actualHours },
  { header: 'Completed at', value: (j) => j.completedAt },
]

/** Every job matching the list filters, as a CSV file (same order as the list). */
export async function exportJobs({ tx, companyId, ...filters }: Options): Promise<string> {
  const rows = await tx
    .select(jobWithCustomer)
    .from(jobs)
    .innerJoin(customers, eq(customers.id, jobs.customerId))
    .where(and(...jobFilterConditions(companyId, filters)))
    .orderBy(...jobListOrder)
  return toCsv(columns, await describeJobs(tx, rows))
}
