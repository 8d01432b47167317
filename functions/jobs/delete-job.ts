import { and, count, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { expenses, files, invoices, jobs, timeEntries } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ApiError } from '../lib/errors'
import type { Storage } from '../lib/storage'
import { requireJob } from './job-references'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  jobId: string
  /** Where the job's photos live; they go with it. */
  storage: Storage
  requestId?: string
}

const counted = (n: number, one: string, many: string) => (n === 0 ? null : `${n} ${n === 1 ? one : many}`)

/**
 * Deletes a job booked by mistake, with its crew, notes, materials and files. A job that
 * reached the books — invoiced, with time clocked or expenses logged against it — is
 * refused with 409: the database would only unlink those records (ON DELETE SET NULL) and
 * job costing would silently lose them. Cancel such a job instead. Bids made from it keep
 * existing without the link.
 */
export async function deleteJob({ tx, companyId, actorUserId, jobId, storage, requestId }: Options): Promise<void> {
  const job = await requireJob(tx, companyId, jobId)
  const [[billed], [clocked], [spent]] = await Promise.all([
    tx.select({ n: count() }).from(invoices).where(eq(invoices.jobId, jobId)),
    tx.select({ n: count() }).from(timeEntries).where(eq(timeEntries.jobId, jobId)),
    tx.select({ n: count() }).from(expenses).where(eq(expenses.jobId, jobId)),
  ])
  const kept = [
    counted(billed?.n ?? 0, 'invoice', 'invoices'),
    counted(clocked?.n ?? 0, 'time entry', 'time entries'),
    counted(spent?.n ?? 0, 'expense', 'expenses'),
  ].filter(Boolean)
  if (kept.length > 0) {
    throw new ApiError('conflict', `This job has ${kept.join(', ')}; cancel it instead of deleting it, so its history stays in the books.`)
  }
  const attached = await tx
    .delete(files)
    .where(and(eq(files.entityType, 'job'), eq(files.entityId, jobId)))
    .returning({ bucket: files.bucket, path: files.path })
  await tx.delete(jobs).where(and(eq(jobs.id, jobId), eq(jobs.companyId, companyId)))
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'job.delete',
    entityType: 'job',
    entityId: jobId,
    changes: { title: job.title, customerId: job.customerId, status: job.status, files: attached.length },
    requestId,
  })
  await Promise.all(attached.map((f) => storage.delete(f.bucket, f.path)))
}
