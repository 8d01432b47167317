import { eq, gte, ilike, inArray, lt, sql, type SQL } from 'drizzle-orm'
import { jobAssignments, jobs } from '../../db/schema'
import type { JobFilters } from './schemas'
import { containsPattern } from '../lib/search'

/** Only jobs this person is assigned to. */
export const assignedTo = (userId: string): SQL =>
  sql`exists (select 1 from ${jobAssignments} where ${jobAssignments.jobId} = ${jobs.id} and ${jobAssignments.userId} = ${userId})`

/** The WHERE conditions of the job list and the CSV export. */
export function jobFilterConditions(companyId: string, filters: JobFilters): SQL[] {
  const conditions: SQL[] = [eq(jobs.companyId, companyId)]
  if (filters.status?.length) conditions.push(inArray(jobs.status, filters.status))
  if (filters.customerId) conditions.push(eq(jobs.customerId, filters.customerId))
  if (filters.techId) conditions.push(assignedTo(filters.techId))
  if (filters.from) conditions.push(gte(jobs.scheduledStart, filters.from))
  if (filters.to) conditions.push(lt(jobs.scheduledStart, filters.to))
  if (filters.search) conditions.push(ilike(jobs.title, containsPattern(filters.search)))
  return conditions
}

/** Newest schedule first; unscheduled jobs last. */
export const jobListOrder = [sql`${jobs.scheduledStart} desc nulls last`, sql`${jobs.createdAt} desc`, sql`${jobs.id}`]
