import { and, count, eq, isNull, ne } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyInvitations, companyMembers, type MemberRole } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import type { Membership } from '../lib/context'
import { ApiError, notFound } from '../lib/errors'
import type { Member } from './schemas'
import { toInvitedMember, toMember } from './to-member'

type Actor = Membership & { userId: string }

type Options = {
  tx: Tx
  /** The caller; only an owner may grant or take away the owner role. */
  actor: Actor
  /** A member's id, or an open invitation's id. */
  memberId: string
  requestId?: string
}

/** Refuses changes that would leave the company without an owner, or that an admin may not make. */
async function checkOwnerRules(tx: Tx, actor: Actor, target: { id: string; role: MemberRole }, newRole: MemberRole | null) {
  const touchesOwner = target.role === 'owner' || newRole === 'owner'
  if (touchesOwner && actor.role !== 'owner') throw new ApiError('forbidden', 'Only an owner can grant or remove the owner role.')
  if (target.role === 'owner' && newRole !== 'owner') {
    const [others] = await tx
      .select({ n: count() })
      .from(companyMembers)
      .where(and(eq(companyMembers.companyId, actor.companyId), eq(companyMembers.role, 'owner'), ne(companyMembers.id, target.id)))
    if (!others?.n) throw new ApiError('conflict', 'A company needs at least one owner. Make someone else an owner first.')
  }
}

/** Gives a member (or a pending invitation) another role. */
export async function changeMemberRole({ tx, actor, memberId, role, requestId }: Options & { role: MemberRole }): Promise<Member> {
  const [member] = await tx.select().from(companyMembers).where(and(eq(companyMembers.id, memberId), eq(companyMembers.companyId, actor.companyId)))
  if (member) {
    await checkOwnerRules(tx, actor, member, role)
    const [row] = await tx.update(companyMembers).set({ role, updatedAt: new Date() }).where(eq(companyMembers.id, memberId)).returning()
    if (!row) throw notFound('Member')
    await recordAudit({ tx, companyId: actor.companyId, actorUserId: actor.userId, action: 'member.role', entityType: 'company_member', entityId: memberId, changes: { from: member.role, to: role }, requestId })
    return toMember(row)
  }
  if (role === 'owner' && actor.role !== 'owner') throw new ApiError('forbidden', 'Only an owner can grant the owner role.')
  const [invitation] = await tx
    .update(companyInvitations)
    .set({ role })
    .where(and(eq(companyInvitations.id, memberId), eq(companyInvitations.companyId, actor.companyId), isNull(companyInvitations.claimedAt)))
    .returning()
  if (!invitation) throw notFound('Member')
  await recordAudit({ tx, companyId: actor.companyId, actorUserId: actor.userId, action: 'member.invite.role', entityType: 'company_invitation', entityId: memberId, changes: { to: role }, requestId })
  return toInvitedMember(invitation)
}

/** Removes a member from the company (their account stays), or withdraws an invitation. */
export async function removeMember({ tx, actor, memberId, requestId }: Options): Promise<void> {
  const [member] = await tx.select().from(companyMembers).where(and(eq(companyMembers.id, memberId), eq(companyMembers.companyId, actor.companyId)))
  if (member) {
    await checkOwnerRules(tx, actor, member, null)
    // Audit first: someone leaving their own company can no longer write to it afterwards.
    await recordAudit({ tx, companyId: actor.companyId, actorUserId: actor.userId, action: 'member.remove', entityType: 'company_member', entityId: memberId, changes: { email: member.email, role: member.role }, requestId })
    await tx.delete(companyMembers).where(eq(companyMembers.id, memberId))
    return
  }
  const [invitation] = await tx
    .delete(companyInvitations)
    .where(and(eq(companyInvitations.id, memberId), eq(companyInvitations.companyId, actor.companyId), isNull(companyInvitations.claimedAt)))
    .returning()
  if (!invitation) throw notFound('Member')
  await recordAudit({ tx, companyId: actor.companyId, actorUserId: actor.userId, action: 'member.invite.withdraw', entityType: 'company_invitation', entityId: memberId, changes: { email: invitation.email }, requestId })
}
