import type { Sql } from '../../db/client'
import { hashPassword } from './password'

export type AuthUserRow = {
  id: string
  email: string
  encrypted_password: string | null
  raw_user_meta_data: Record<string, unknown>
  raw_app_meta_data: Record<string, unknown>
  // Strings: drizzle, which shares this connection, turns off the driver's date parsing.
  email_confirmed_at: string | null
  last_sign_in_at: string | null
  created_at: string
  updated_at: string
}

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString())

type CreateUserOptions = {
  sql: Sql
  /** Stored lower-cased; unique. */
  email: string
  /** null: an account that signs in by magic link only. */
  password: string | null
  userMetadata?: Record<string, unknown>
  /** Merged into app_metadata (only the server sets it; `{ role: 'ops' }` marks platform staff). */
  appMetadata?: Record<string, unknown>
  /** false: the email is confirmed when a magic link sent to it is used. */
  confirmed?: boolean
}

/**
 * Creates a confirmed email/password account in auth.users (email confirmation is off in the
 * embedded default). Returns null when the email is taken. Inserting fires the trigger that
 * claims pending company invitations for this email.
 */
export async function createUser({ sql, email, password, userMetadata = {}, appMetadata = {}, confirmed = true }: CreateUserOptions): Promise<AuthUserRow | null> {
  const encrypted = password === null ? null : await hashPassword(password)
  const [row] = await sql<AuthUserRow[]>`
    insert into auth.users (id, email, encrypted_password, email_confirmed_at, raw_user_meta_data, raw_app_meta_data)
    values (gen_random_uuid(), ${email.toLowerCase()}, ${encrypted}, ${confirmed ? new Date().toISOString() : null}::timestamptz,
            ${JSON.stringify(userMetadata)}::jsonb, ${JSON.stringify({ provider: 'email', providers: ['email'], ...appMetadata })}::jsonb)
    on conflict ((lower(email))) do nothing
    returning *`
  return row ?? null
}

export async function findUserByEmail(sql: Sql, email: string): Promise<AuthUserRow | null> {
  const [row] = await sql<AuthUserRow[]>`select * from auth.users where lower(email) = ${email.toLowerCase()}`
  return row ?? null
}

export async function findUserById(sql: Sql, id: string): Promise<AuthUserRow | null> {
  const [row] = await sql<AuthUserRow[]>`select * from auth.users where id = ${id}`
  return row ?? null
}

/** The user object GoTrue returns. */
export const toGoTrueUser = (row: AuthUserRow) => ({
  id: row.id,
  aud: 'authenticated',
  role: 'authenticated',
  email: row.email,
  email_confirmed_at: iso(row.email_confirmed_at),
  confirmed_at: iso(row.email_confirmed_at),
  phone: '',
  last_sign_in_at: iso(row.last_sign_in_at),
  app_metadata: row.raw_app_meta_data,
  user_metadata: row.raw_user_meta_data,
  identities: [],
  created_at: iso(row.created_at),
  updated_at: iso(row.updated_at),
  is_anonymous: false,
})
