import { asc, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { companyMembers } from '../../db/schema'
import type { MemberRate } from './schemas'
import { toMemberRate } from './to-member-rate'

/** Every member of the company with their hourly labour cost (null when not set), by email. */
export async function listHourlyCosts({ tx, companyId }: { tx: Tx; companyId: string }): Promise<MemberRate[]> {
  const rows = await tx.select().from(companyMembers).where(eq(companyMembers.companyId, companyId)).orderBy(asc(companyMembers.email))
  return rows.map(toMemberRate)
}
