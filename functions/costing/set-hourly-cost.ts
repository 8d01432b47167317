import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyMembers } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { notFound } from '../lib/errors'
import type { MemberRate } from './schemas'
import { toMemberRate } from './to-member-rate'

type Options = {
  tx: Tx
  companyId: string
  actorUserId: string
  /** The member's user id (the id their time entries carry). */
  userId: string
  /** Cents per hour, or null to clear the rate. */
  hourlyCostCents: number | null
  requestId?: string
}

/** Sets (or clears) a member's loaded hourly cost, used by job costing, and audits the change. */
export async function setHourlyCost({ tx, companyId, actorUserId, userId, hourlyCostCents, requestId }: Options): Promise<MemberRate> {
  const [before] = await tx
    .select({ id: companyMembers.id, hourlyCostCents: companyMembers.hourlyCostCents })
    .from(companyMembers)
    .where(and(eq(companyMembers.userId, userId), eq(companyMembers.companyId, companyId)))
    .for('update')
  if (!before) throw notFound('Member')
  const [row] = await tx
    .update(companyMembers)
    .set({ hourlyCostCents, updatedAt: new Date() })
    .where(eq(companyMembers.id, before.id))
    .returning()
  if (!row) throw notFound('Member')
  await recordAudit({
    tx,
    companyId,
    actorUserId,
    action: 'member.hourly_cost',
    entityType: 'company_member',
    entityId: row.id,
    changes: { userId, from: before.hourlyCostCents, to: hourlyCostCents },
    requestId,
  })
  return toMemberRate(row)
}
