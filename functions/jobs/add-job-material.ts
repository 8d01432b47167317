import type { Tx } from '../../db/client'
import { jobMaterials } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ApiError } from '../lib/errors'
import { requireJob } from './job-references'
import type { JobMaterial, MaterialInput } from './schemas'
import { toJobMaterial } from './to-job-material'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  jobId: string
  input: MaterialInput
  /** Staff price materials and see costs; a tech records only what was used. */
  showCosts: boolean
  requestId?: string
}

/** Records material used on a job. Without a unit cost it is priced at 0 until the office sets one. */
export async function addJobMaterial({ tx, companyId, actorUserId, jobId, input, showCosts, requestId }: Options): Promise<JobMaterial> {
  if (input.unitCostCents !== undefined && !showCosts) {
    throw new ApiError('forbidden', 'Record what was used; the office sets material costs. Leave out unitCostCents.')
  }
  await requireJob(tx, companyId, jobId)
  const [row] = await tx
    .insert(jobMaterials)
    .values({ companyId, jobId, description: input.description, quantity: input.quantity, unit: input.unit ?? null, brand: input.brand ?? null, unitCostCents: input.unitCostCents ?? 0 })
    .returning()
  if (!row) throw new Error('insert returned no row')
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'job.material.add',
    entityType: 'job',
    entityId: jobId,
    changes: { materialId: row.id, description: row.description, quantity: row.quantity, unitCostCents: row.unitCostCents },
    requestId,
  })
  return toJobMaterial(row, showCosts)
}
