import { sql } from 'drizzle-orm'
import { integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { createdAt, id, timestamps, userRef } from '../_columns'
import { companyId } from '../_tenant'
import { authUsers } from '../auth'
import { memberRoles } from './values'

export const memberRole = pgEnum('member_role', memberRoles)

export type Certification = { name: string; number?: string; state?: string; expiresOn?: string }

/** A person working for a company. One company per user: the membership decides the tenant. */
export const companyMembers = pgTable(
  'company_members',
  {
    id: id(),
    companyId: companyId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => authUsers.id, { onDelete: 'cascade' }),
    role: memberRole('role').notNull(),
    /** Copied from the account when the member joins: auth.users is not readable by tenants. */
    email: text('email').notNull(),
    title: text('title'),
    certifications: jsonb('certifications').$type<Certification[]>().notNull().default([]),
    /** Loaded labour cost per hour, for job costing; visible to owners only. */
    hourlyCostCents: integer('hourly_cost_cents'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('company_members_user_key').on(t.userId)],
)

/** An invitation to an email with no account yet; claimed when that email signs up. */
export const companyInvitations = pgTable(
  'company_invitations',
  {
    id: id(),
    companyId: companyId(),
    email: text('email').notNull(),
    role: memberRole('role').notNull(),
    invitedBy: userRef('invited_by'),
    claimedBy: userRef('claimed_by'),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('company_invitations_open_email_key')
      .on(t.companyId, sql`lower(${t.email})`)
      .where(sql`${t.claimedAt} is null`),
  ],
)
