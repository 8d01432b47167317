import { sql } from 'drizzle-orm'
import { timestamp, uuid } from 'drizzle-orm/pg-core'
import { authUsers } from './auth'

/** Primary key shared by every table: a server-generated UUID. */
export const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`)

/** A reference to a signed-in person (auth.users, owned by Supabase Auth). */
export const userRef = (name: string) => uuid(name).references(() => authUsers.id, { onDelete: 'set null' })

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date())

export const timestamps = () => ({ createdAt: createdAt(), updatedAt: updatedAt() })
