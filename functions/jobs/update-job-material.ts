import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { jobMaterials } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ApiError, notFound } from '../lib/errors'
import { requireJob } from './job-references'
import type { JobMaterial, MaterialPatch } from './schemas'
import { toJobMaterial } from './to-job-material'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  jobId: string
  materialId: string
  /** Only the fields present are changed. */
  patch: MaterialPatch
  /** Only roles that see costs may change them. */
  showCosts: boolean
  requestId?: string
}

/** Corrects a material line of a job (a tech: its description, quantity or unit). */
export async function updateJobMaterial({ tx, companyId, actorUserId, jobId, materialId, patch, showCosts, requestId }: Options): Promise<JobMaterial> {
  if (patch.unitCostCents !== undefined && !showCosts) {
    throw new ApiError('forbidden', 'The office sets material costs. Leave out unitCostCents.')
  }
  await requireJob(tx, companyId, jobId)
  const [row] = await tx
    .update(jobMaterials)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(jobMaterials.id, materialId), eq(jobMaterials.jobId, jobId), eq(jobMaterials.companyId, companyId)))
    .returning()
  if (!row) throw notFound('Material')
  await recordAudit({ tx, companyId, actorUserId, action: 'job.material.update', entityType: 'job', entityId: jobId, changes: { materialId, ...patch }, requestId })
  return toJobMaterial(row, showCosts)
}
