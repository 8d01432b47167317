import type { companyMembers } from '../../db/schema'
import { MemberRate } from './schemas'

/** A member as job costing sees them: who, and their hourly labour cost. */
export const toMemberRate = (row: typeof companyMembers.$inferSelect): MemberRate =>
  MemberRate.parse({ memberId: row.id, userId: row.userId, email: row.email, role: row.role, hourlyCostCents: row.hourlyCostCents })
