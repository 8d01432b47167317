import { sql } from 'drizzle-orm'
import { uuid } from 'drizzle-orm/pg-core'
import { companies } from './companies/companies'

/**
 * The tenant column. Row Level Security keys on it (see db/migrations), and its default
 * fills in the caller's company so a forgotten value can never land in another tenant.
 */
export const companyId = () =>
  uuid('company_id')
    .notNull()
    .default(sql`public.current_company_id()`)
    .references(() => companies.id, { onDelete: 'cascade' })
