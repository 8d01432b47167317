import { eq, sql } from 'drizzle-orm'
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { companyMembers } from '../../db/schema'
import type { Database, Tx } from '../../db/client'
import type { AppEnv, AuthUser, Membership } from './context'
import { requireMembership } from './permissions'

const rollback = Symbol('rollback')

/**
 * Runs `work` in one transaction as the `authenticated` role with the user's claims in
 * `request.jwt.claims` (the Supabase convention), so Row Level Security scopes every query
 * to the user's company. `readOnly` makes Postgres refuse any write in it (Z's model tools).
 *
 * @example await runAsUser(services.db, user, (tx, membership) => listJobs({ tx, ... }))
 */
export async function runAsUser<T>(
  db: Database,
  user: AuthUser,
  work: (tx: Tx, membership: Membership | null) => Promise<T>,
  options: { readOnly?: boolean; /** false: the caller reads the membership itself (one query fewer). */ loadMembership?: boolean } = {},
): Promise<T> {
  return db.transaction(
    async (tx) => {
      await tx.execute(
        sql`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', ${JSON.stringify(user.claims)}, true)`,
      )
      if (options.loadMembership === false) return work(tx, null)
      const [membership] = await tx
        .select({ memberId: companyMembers.id, companyId: companyMembers.companyId, role: companyMembers.role })
        .from(companyMembers)
        .where(eq(companyMembers.userId, user.id))
      return work(tx, membership ?? null)
    },
    options.readOnly ? { accessMode: 'read only' } : undefined,
  )
}

/**
 * Runs the rest of the request inside runAsUser. The transaction rolls back when the
 * response is an error: a failed request writes nothing.
 */
export const tenantTransaction = createMiddleware<AppEnv>(async function tenantTransaction(c, next) {
  try {
    await runAsUser(c.get('services').db, c.get('user'), async (tx, membership) => {
      c.set('tx', tx)
      c.set('membership', membership)
      await next()
      if (c.error || c.res.status >= 400) throw rollback
    })
  } catch (error) {
    if (error !== rollback) throw error
  }
})

/**
 * What a tenant service function needs from the request: its transaction, the caller's
 * company (or a `no_company` error), who is acting, and the request id for the audit log.
 *
 * @example await createCustomer({ ...tenantScope(c), input: c.req.valid('json') })
 */
export function tenantScope(c: Context<AppEnv>) {
  const { companyId } = requireMembership(c.get('membership'))
  return { tx: c.get('tx'), companyId, actorUserId: c.get('user').id, requestId: c.get('requestId') }
}
