import type postgres from 'postgres'
import { scheduleOf } from './schedules'
import type { ScheduledTask } from './scheduled-task'

/** Revoked refresh tokens are kept this long, so a reused old token is still recognised as reuse. */
const REVOKED_TOKENS_KEPT = '30 days'

/**
 * Nightly bookkeeping that no request does on its own, as of `asOf` ("today" is its UTC date),
 * in one transaction and idempotent (a second run the same day changes nothing):
 * - an unpaid invoice past its due date gets `overdue_since` (the day after it was due);
 * - a sent bid past `valid_until` becomes `expired`, as `POST /bids/{id}/expire` would;
 * - a proposed Z intent past `expires_at` becomes `expired`;
 * - with the embedded default's auth tables only (Supabase Auth prunes its own), sessions past
 *   `not_after` are deleted (their refresh tokens cascade) and so are tokens revoked 30+ days ago.
 * Each invoice and bid changed gets an audit row with no actor: the platform did it.
 */
/**
 * Runs `update` (which returns id, company_id and the `changes` to record) and writes one
 * audit row per changed row with no actor — the platform did it — in one statement; resolves
 * to how many rows changed.
 */
async function auditedUpdate(tx: postgres.TransactionSql, options: { update: postgres.Fragment; action: string; entityType: string }): Promise<number> {
  const [changed] = await tx<{ count: number }[]>`
    with changed as (${options.update}),
    audited as (
      insert into public.audit_log (company_id, actor_user_id, action, entity_type, entity_id, changes)
      select company_id, null, ${options.action}, ${options.entityType}, id, changes from changed
    )
    select count(*)::int as count from changed`
  return changed!.count
}

export const housekeepingTask: ScheduledTask = {
  name: 'housekeeping',
  schedule: scheduleOf('housekeeping'),
  summary: 'Marks unpaid invoices overdue, expires old bids and Z intents, prunes expired sign-in sessions (embedded auth only).',
  async run(sql, { asOf }) {
    // ISO text with a cast: the client skips type discovery (createSql), so a Date would not bind.
    const at = asOf.toISOString()
    const today = at.slice(0, 10)
    return sql.begin(async (tx) => {
      const invoices = await auditedUpdate(tx, {
        update: tx`
          update public.invoices set overdue_since = due_date + 1
          where status in ('sent', 'partial') and due_date < ${today}::date and overdue_since is null
          returning id, company_id, jsonb_build_object('dueDate', due_date, 'overdueSince', overdue_since) as changes`,
        action: 'invoice.overdue',
        entityType: 'invoice',
      })
      const bids = await auditedUpdate(tx, {
        update: tx`
          update public.bids set status = 'expired', updated_at = now()
          where status = 'sent' and valid_until < ${today}::date
          returning id, company_id, jsonb_build_object('from', 'sent', 'to', 'expired', 'validUntil', valid_until) as changes`,
        action: 'bid.expire',
        entityType: 'bid',
      })
      const [intents] = await tx<{ count: number }[]>`
        with expired as (
          update public.ai_actions set status = 'expired', decided_at = now()
          where status = 'proposed' and expires_at < ${at}::timestamptz
          returning id
        )
        select count(*)::int as count from expired`
      // Supabase Auth has auth.identities and manages its own sessions; the embedded default's
      // compatible subset (db/migrations/0000) has no such table and nobody else to prune it.
      const [auth] = await tx<{ embedded: boolean }[]>`select to_regclass('auth.identities') is null as embedded`
      let sessionsPruned = 0
      let refreshTokensPruned = 0
      if (auth!.embedded) {
        const [sessions] = await tx<{ count: number }[]>`
          with pruned as (delete from auth.sessions where not_after < ${at}::timestamptz returning id)
          select count(*)::int as count from pruned`
        const [tokens] = await tx<{ count: number }[]>`
          with pruned as (
            delete from auth.refresh_tokens where revoked and updated_at < ${at}::timestamptz - ${REVOKED_TOKENS_KEPT}::interval returning id
          )
          select count(*)::int as count from pruned`
        sessionsPruned = sessions!.count
        refreshTokensPruned = tokens!.count
      }
      return {
        details: {
          invoicesMarkedOverdue: invoices,
          bidsExpired: bids,
          intentsExpired: intents!.count,
          sessionsPruned,
          refreshTokensPruned,
        },
      }
    })
  },
}
