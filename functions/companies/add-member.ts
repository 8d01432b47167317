import { sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyInvitations, companyMembers, type MemberRole } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import type { Membership } from '../lib/context'
import { ApiError, constraintOf } from '../lib/errors'
import type { Member } from './schemas'
import { toInvitedMember, toMember } from './to-member'

type Options = {
  tx: Tx
  /** The caller's membership; only an owner may add another owner. */
  actor: Membership & { userId: string }
  email: string
  role: MemberRole
  requestId?: string
}

/**
 * Adds the person with this email to the company. Without an account yet, leaves an
 * invitation that their sign-up claims (a database trigger on auth.users).
 */
export async function addMember({ tx, actor, email, role, requestId }: Options): Promise<Member> {
  if (role === 'owner' && actor.role !== 'owner') throw new ApiError('forbidden', 'Only an owner can add another owner.')
  const companyId = actor.companyId
  const [found] = await tx.execute<{ id: string | null }>(sql`select public.user_id_by_email(${email}) as id`)
  try {
    if (found?.id) {
      const [member] = await tx.insert(companyMembers).values({ companyId, userId: found.id, role, email }).returning()
      if (!member) throw new Error('insert returned no row')
      await recordAudit({ tx, companyId, actorUserId: actor.userId, action: 'member.add', entityType: 'company_member', entityId: member.id, changes: { email, role }, requestId })
      return toMember(member)
    }
    const [invitation] = await tx.insert(companyInvitations).values({ companyId, email, role, invitedBy: actor.userId }).returning()
    if (!invitation) throw new Error('insert returned no row')
    await recordAudit({ tx, companyId, actorUserId: actor.userId, action: 'member.invite', entityType: 'company_invitation', entityId: invitation.id, changes: { email, role }, requestId })
    return toInvitedMember(invitation)
  } catch (error) {
    const constraint = constraintOf(error)
    if (constraint === 'company_members_user_key') throw new ApiError('conflict', `${email} already belongs to a company.`)
    if (constraint === 'company_invitations_open_email_key') throw new ApiError('conflict', `${email} is already invited.`)
    throw error
  }
}
