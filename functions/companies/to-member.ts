import type { companyInvitations, companyMembers } from '../../db/schema'
import type { Member } from './schemas'

/** The API's view of a member of the company. */
export const toMember = (row: typeof companyMembers.$inferSelect): Member => ({
  id: row.id,
  userId: row.userId,
  email: row.email,
  role: row.role,
  status: 'active',
  createdAt: row.createdAt.toISOString(),
})

/** The API's view of an invitation still waiting for that email to sign up. */
export const toInvitedMember = (row: typeof companyInvitations.$inferSelect): Member => ({
  id: row.id,
  userId: null,
  email: row.email,
  role: row.role,
  status: 'invited',
  createdAt: row.createdAt.toISOString(),
})
