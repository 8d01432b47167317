import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { leads } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { ApiError } from '../lib/errors'
import { checkLead } from './check-lead'
import { findLead } from './find-lead'
import type { Lead, LeadStageInput } from './schemas'
import { toLead } from './to-lead'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  leadId: string
  move: LeadStageInput
  requestId?: string
}

/**
 * Moves a lead to a stage. Any stage may follow any other (a pipeline is worked by hand:
 * leads come back from lost, skip steps, or go back a step), with two rules: moving to lost
 * needs a reason (cleared again on leaving lost), and a lead converted to a customer stays won.
 */
export async function moveLeadStage({ tx, companyId, actorUserId, leadId, move, requestId }: Options): Promise<Lead> {
  const current = await findLead({ tx, companyId, leadId, forUpdate: true })
  // A client portal request names its customer from the start: it moves like any lead.
  if (current.customerId && current.requestType === null && move.stage !== 'won') {
    throw new ApiError('conflict', 'This lead was converted to a customer, so it stays won. Work with the customer instead.')
  }
  await checkLead({ tx, companyId, stage: move.stage, lostReason: move.lostReason ?? null })
  const lostReason = move.stage === 'lost' ? (move.lostReason ?? null) : null
  const [row] = await tx
    .update(leads)
    .set({ stage: move.stage, lostReason, updatedAt: new Date() })
    .where(eq(leads.id, current.id))
    .returning()
  if (!row) throw new Error('update returned no row')
  await recordAudit({ tx, companyId, actorUserId, action: 'lead.stage', entityType: 'lead', entityId: row.id, changes: { from: current.stage, to: move.stage, lostReason }, requestId })
  return toLead(tx, row)
}
