import { sql } from 'drizzle-orm'
import { boolean, integer, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { createdAt, updatedAt, userRef } from '../_columns'
import { companyTiers } from './values'

export const companyTier = pgEnum('company_tier', companyTiers)

export const companies = pgTable('companies', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  name: text('name').notNull(),
  /** Values from `trades` in ./values; a text[] so new trades need no migration. */
  trades: text('trades').array().notNull().default(sql`'{}'::text[]`),
  state: text('state'),
  licenseNumber: text('license_number'),
  phone: text('phone'),
  email: text('email'),
  address: text('address'),
  logoFileId: uuid('logo_file_id'),
  tier: companyTier('tier').notNull().default('solo'),
  employeeCount: integer('employee_count'),
  /** Owner overrides of Z's default role visibility matrix (Layer 6). */
  aiVisibilitySettings: jsonb('ai_visibility_settings').notNull().default({}),
  /** Opt-out of the anonymous cross-tenant patterns (Layer 5). */
  contributeToIntelligence: boolean('contribute_to_intelligence').notNull().default(true),
  createdBy: userRef('created_by'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
})
