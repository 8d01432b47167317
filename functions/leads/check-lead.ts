import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyMembers, type leadStages } from '../../db/schema'
import { ApiError, type ErrorDetail } from '../lib/errors'
import { can } from '../lib/permissions'

type Options = {
  tx: Tx
  companyId: string
  /** The stage the lead will be in. */
  stage: (typeof leadStages)[number]
  /** The lost reason it will have. */
  lostReason: string | null
  /** Checked only when it is being set. */
  assignedTo?: string | null
}

/**
 * The rules a saved lead must meet: a lost lead says why (and only a lost lead has a
 * reason), and it is assigned only to someone of the company who works leads.
 */
export async function checkLead({ tx, companyId, stage, lostReason, assignedTo }: Options): Promise<void> {
  const details: ErrorDetail[] = []
  if (stage === 'lost' && !lostReason) details.push({ path: 'lostReason', message: 'Say why the lead was lost.' })
  if (stage !== 'lost' && lostReason) details.push({ path: 'lostReason', message: 'Only a lost lead has a lost reason.' })
  if (assignedTo) {
    const [member] = await tx
      .select({ role: companyMembers.role })
      .from(companyMembers)
      .where(and(eq(companyMembers.userId, assignedTo), eq(companyMembers.companyId, companyId)))
    if (!member || !can(member.role, 'leads:read')) {
      details.push({ path: 'assignedTo', message: 'Assign leads to an owner, admin or office member of this company.' })
    }
  }
  if (details.length > 0) throw new ApiError('validation_failed', 'Some fields are missing or not valid; see details.', { details })
}
