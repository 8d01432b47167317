import { jsonb, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core'

/**
 * The part of Supabase's `auth.users` this app reads. Supabase owns the table in production;
 * the embedded default creates a compatible subset (db/migrations/0000). drizzle-kit only
 * manages the `public` schema (drizzle.config.ts), so nothing here is ever generated.
 */
export const auth = pgSchema('auth')

export const authUsers = auth.table('users', {
  id: uuid('id').primaryKey(),
  email: text('email'),
  rawUserMetaData: jsonb('raw_user_meta_data'),
  createdAt: timestamp('created_at', { withTimezone: true }),
})
