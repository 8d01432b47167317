import { and, asc, eq, isNull } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyInvitations, companyMembers } from '../../db/schema'
import type { Member } from './schemas'
import { toInvitedMember, toMember } from './to-member'

type Options = { tx: Tx; companyId: string }

/** The company's people: members first, then invitations still waiting for a sign-up. */
export async function listMembers({ tx, companyId }: Options): Promise<Member[]> {
  const [members, invitations] = await Promise.all([
    tx.select().from(companyMembers).where(eq(companyMembers.companyId, companyId)).orderBy(asc(companyMembers.createdAt)),
    tx
      .select()
      .from(companyInvitations)
      .where(and(eq(companyInvitations.companyId, companyId), isNull(companyInvitations.claimedAt)))
      .orderBy(asc(companyInvitations.createdAt)),
  ])
  return [...members.map(toMember), ...invitations.map(toInvitedMember)]
}
