import type { Tx } from '../../db/client'
import { leads } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { checkLead } from './check-lead'
import type { Lead, LeadInput } from './schemas'
import { toLead } from './to-lead'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  input: LeadInput
  requestId?: string
}

/** Adds a lead to the pipeline (in `new` unless a stage is given). */
export async function createLead({ tx, companyId, actorUserId, input, requestId }: Options): Promise<Lead> {
  const stage = input.stage ?? 'new'
  await checkLead({ tx, companyId, stage, lostReason: input.lostReason ?? null, assignedTo: input.assignedTo })
  const [row] = await tx
    .insert(leads)
    .values({ companyId, ...input, stage })
    .returning()
  if (!row) throw new Error('insert returned no row')
  await recordAudit({ tx, companyId, actorUserId, action: 'lead.create', entityType: 'lead', entityId: row.id, changes: { stage }, requestId })
  return toLead(tx, row)
}
