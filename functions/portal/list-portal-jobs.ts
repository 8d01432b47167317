import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { equipment, jobNotes, jobs } from '../../db/schema'
import { requirePortalCustomer } from './require-portal-customer'
import { PortalJob } from './schemas'

/**
 * The homeowner's jobs with one contractor, the latest first, with the notes the contractor
 * shared. Hours, costs, materials, crew and internal notes are never selected.
 */
export async function listPortalJobs({ tx, userId, customerId }: { tx: Tx; userId: string; customerId: string }): Promise<PortalJob[]> {
  const customer = await requirePortalCustomer({ tx, userId, customerId })
  const rows = await tx
    .select({
      id: jobs.id,
      title: jobs.title,
      trade: jobs.trade,
      status: jobs.status,
      scheduledStart: jobs.scheduledStart,
      scheduledEnd: jobs.scheduledEnd,
      startedAt: jobs.startedAt,
      completedAt: jobs.completedAt,
      address: jobs.address,
      equipment: { id: equipment.id, kind: equipment.kind },
    })
    .from(jobs)
    .leftJoin(equipment, eq(equipment.id, jobs.equipmentId))
    .where(eq(jobs.customerId, customer.id))
    .orderBy(desc(sql`coalesce(${jobs.scheduledStart}, ${jobs.createdAt})`), desc(jobs.id))
  const notes = rows.length
    ? await tx
        .select({ jobId: jobNotes.jobId, body: jobNotes.body, createdAt: jobNotes.createdAt })
        .from(jobNotes)
        .where(
          and(
            inArray(
              jobNotes.jobId,
              rows.map((row) => row.id),
            ),
            eq(jobNotes.internal, false),
          ),
        )
        .orderBy(asc(jobNotes.createdAt), asc(jobNotes.id))
    : []
  const iso = (value: Date | null) => value?.toISOString() ?? null
  return rows.map((row) =>
    PortalJob.parse({
      ...row,
      scheduledStart: iso(row.scheduledStart),
      scheduledEnd: iso(row.scheduledEnd),
      startedAt: iso(row.startedAt),
      completedAt: iso(row.completedAt),
      equipment: row.equipment?.id ? row.equipment : null,
      notes: notes.filter((note) => note.jobId === row.id).map((note) => ({ body: note.body, createdAt: note.createdAt.toISOString() })),
    }),
  )
}
