import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyMembers, jobNotes } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { requireJob } from './job-references'
import type { JobNote } from './schemas'
import { toJobNote } from './to-job-note'

type Options = {
  tx: Tx
  companyId: string
  /** The note's author. */
  actorUserId: string
  jobId: string
  input: { body: string; internal: boolean }
  requestId?: string
}

/** Adds a note to a job the caller can see (a tech: one assigned to them). */
export async function addJobNote({ tx, companyId, actorUserId, jobId, input, requestId }: Options): Promise<JobNote> {
  await requireJob(tx, companyId, jobId)
  const [row] = await tx
    .insert(jobNotes)
    .values({ companyId, jobId, authorId: actorUserId, body: input.body, internal: input.internal })
    .returning()
  if (!row) throw new Error('insert returned no row')
  const [author] = await tx.select({ email: companyMembers.email }).from(companyMembers).where(eq(companyMembers.userId, actorUserId))
  await recordAudit({ tx, companyId, actorUserId, action: 'job.note.add', entityType: 'job', entityId: jobId, changes: { noteId: row.id, internal: row.internal }, requestId })
  return toJobNote(row, author?.email ?? null)
}
