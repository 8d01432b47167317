import { createUser, findUserByEmail } from '../../functions/auth/users'
import type { Sql } from '../client'
import { DEMO_PASSWORD } from './people'

/** The embedded default's platform staff account (app_metadata role `ops`). */
export const OPS_ACCOUNT = { email: 'ops@zafto.test', name: 'Avery Quinn' }

/** A demo customer who signs in to the client portal (password DEMO_PASSWORD). */
export const HOMEOWNER_ACCOUNT = { email: 'priya.n@example.com', name: 'Priya Natarajan' }

/**
 * Makes sure the embedded default has an ops account and a homeowner linked to their demo
 * customer record. Idempotent: runs on every start of the embedded default, so databases
 * seeded before these accounts existed get them too. Returns the accounts it could set up.
 */
export async function seedPortalAccounts(sql: Sql): Promise<{ ops: string; homeowner: string | null }> {
  const ops =
    (await createUser({ sql, email: OPS_ACCOUNT.email, password: DEMO_PASSWORD, userMetadata: { full_name: OPS_ACCOUNT.name }, appMetadata: { role: 'ops' } })) ??
    (await findUserByEmail(sql, OPS_ACCOUNT.email))
  if (!ops) throw new Error(`ops account ${OPS_ACCOUNT.email} could not be created`)
  await sql`
    update auth.users set raw_app_meta_data = raw_app_meta_data || '{"role":"ops"}'::jsonb
    where id = ${ops.id} and coalesce(raw_app_meta_data ->> 'role', '') <> 'ops'`

  const [customer] = await sql<{ id: string; portal_user_id: string | null }[]>`
    select id, portal_user_id from public.customers where lower(email) = ${HOMEOWNER_ACCOUNT.email} order by created_at limit 1`
  if (!customer) return { ops: OPS_ACCOUNT.email, homeowner: null }
  if (!customer.portal_user_id) {
    const homeowner =
      (await createUser({ sql, email: HOMEOWNER_ACCOUNT.email, password: DEMO_PASSWORD, userMetadata: { full_name: HOMEOWNER_ACCOUNT.name } })) ??
      (await findUserByEmail(sql, HOMEOWNER_ACCOUNT.email))
    if (!homeowner) return { ops: OPS_ACCOUNT.email, homeowner: null }
    await sql`update public.customers set portal_user_id = ${homeowner.id} where id = ${customer.id}`
  }
  return { ops: OPS_ACCOUNT.email, homeowner: HOMEOWNER_ACCOUNT.email }
}
