import { sql } from 'drizzle-orm'
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { Database, Tx } from '../../db/client'
import { auditLog } from '../../db/schema'
import type { AppEnv, AuthUser } from './context'
import { ApiError } from './errors'

/**
 * Platform staff: the auth user's app_metadata says role `ops`. Only the service role can set
 * app_metadata (Supabase), so a person cannot make themself staff. The database asks the same
 * claim (`public.is_platform_ops()`), so both layers agree.
 */
export function isPlatformOps(user: AuthUser): boolean {
  const appMetadata = user.claims.app_metadata
  return typeof appMetadata === 'object' && appMetadata !== null && (appMetadata as Record<string, unknown>).role === 'ops'
}

const rollback = Symbol('rollback')

/**
 * Runs `work` in one transaction as the `zafto_ops` role with the caller's claims: it reads
 * every tenant's tables for aggregates and may write only the audit log, correction reviews
 * and notification emails (migration 0009). Statements are capped at 15 s.
 */
export async function runAsOps<T>(db: Database, user: AuthUser, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'zafto_ops', true), set_config('request.jwt.claims', ${JSON.stringify(user.claims)}, true),
                 set_config('statement_timeout', '15s', true)`,
    )
    return work(tx)
  })
}

/**
 * The ops API's gate and audited path: refuses anyone without the ops role (403), runs the
 * request as `zafto_ops`, and records every successful request in the audit log (who, which
 * endpoint, the query and a support reason when one is given). A failed request writes nothing.
 */
export const opsTransaction = createMiddleware<AppEnv>(async function opsTransaction(c, next) {
  const user = c.get('user')
  if (!isPlatformOps(user)) throw new ApiError('forbidden', 'This is for ZAFTO platform staff only.')
  try {
    await runAsOps(c.get('services').db, user, async (tx) => {
      c.set('tx', tx)
      c.set('membership', null)
      await next()
      if (c.error || c.res.status >= 400) throw rollback
      await tx.insert(auditLog).values({
        companyId: c.get('opsCompanyId') ?? null,
        actorUserId: user.id,
        action: `ops.${c.req.method === 'GET' ? 'read' : 'act'}`,
        entityType: 'platform',
        entityId: c.get('opsEntityId') ?? null,
        changes: { method: c.req.method, path: c.req.path, query: c.req.query(), reason: c.get('opsReason') ?? null },
        requestId: c.get('requestId'),
      })
    })
  } catch (error) {
    if (error !== rollback) throw error
  }
})

/** What an ops service function needs: the transaction, who acts and the request id. */
export function opsScope(c: Context<AppEnv>) {
  return { tx: c.get('tx'), actorUserId: c.get('user').id, requestId: c.get('requestId') }
}

/**
 * A support action that reads one tenant's rows: needs a reason, which goes into the audit row
 * with the company and record it concerns.
 */
export function recordSupportAccess(c: Context<AppEnv>, access: { companyId: string; entityId?: string; reason: string }) {
  c.set('opsCompanyId', access.companyId)
  c.set('opsEntityId', access.entityId ?? null)
  c.set('opsReason', access.reason)
}
