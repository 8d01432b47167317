import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { leads } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { checkLead } from './check-lead'
import { findLead } from './find-lead'
import type { Lead, LeadPatch } from './schemas'
import { toLead } from './to-lead'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  leadId: string
  /** Only the fields present are changed; the stage changes through `moveLeadStage`. */
  patch: LeadPatch
  requestId?: string
}

/** Changes some fields of a lead, keeping its rules (a lost lead keeps a reason). */
export async function updateLead({ tx, companyId, actorUserId, leadId, patch, requestId }: Options): Promise<Lead> {
  const current = await findLead({ tx, companyId, leadId, forUpdate: true })
  await checkLead({
    tx,
    companyId,
    stage: current.stage,
    lostReason: patch.lostReason !== undefined ? patch.lostReason : current.lostReason,
    assignedTo: patch.assignedTo,
  })
  const [row] = await tx
    .update(leads)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(leads.id, current.id))
    .returning()
  if (!row) throw new Error('update returned no row')
  await recordAudit({ tx, companyId, actorUserId, action: 'lead.update', entityType: 'lead', entityId: row.id, changes: patch, requestId })
  return toLead(tx, row)
}
