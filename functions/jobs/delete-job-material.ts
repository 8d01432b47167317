import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { jobMaterials } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { notFound } from '../lib/errors'
import { requireJob } from './job-references'

type Options = { tx: Tx; companyId: string; actorUserId: string; jobId: string; materialId: string; requestId?: string }

/** Removes a material line from a job. */
export async function deleteJobMaterial({ tx, companyId, actorUserId, jobId, materialId, requestId }: Options): Promise<void> {
  await requireJob(tx, companyId, jobId)
  const [row] = await tx
    .delete(jobMaterials)
    .where(and(eq(jobMaterials.id, materialId), eq(jobMaterials.jobId, jobId), eq(jobMaterials.companyId, companyId)))
    .returning()
  if (!row) throw notFound('Material')
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'job.material.delete',
    entityType: 'job',
    entityId: jobId,
    changes: { materialId, description: row.description, quantity: row.quantity, unitCostCents: row.unitCostCents },
    requestId,
  })
}
