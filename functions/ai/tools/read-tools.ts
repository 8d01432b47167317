import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { jobStatuses } from '../../../db/schema'
import type { AuthUser, Services } from '../../lib/context'
import { can } from '../../lib/permissions'
import { escapeLike } from '../../lib/search'
import { runAsUser } from '../../lib/tenancy'
import type { ModelTool } from '../providers/types'
import type { Identity, VisibilityMask } from '../types'

type ToolScope = { services: Services; user: AuthUser; identity: Identity; mask: VisibilityMask }

const text = (value: unknown, max = 80) => (typeof value === 'string' ? value.trim().slice(0, max) : '')
const isoDate = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null)

/**
 * Runs a tool's query as the asking user in a READ ONLY transaction: RLS scopes it to what
 * they may see, and Postgres itself refuses any write, whatever the model asked for.
 */
const readAsUser = <T>(scope: ToolScope, work: (tx: Tx) => Promise<T>) => runAsUser(scope.services.db, scope.user, (tx) => work(tx), { readOnly: true })

/**
 * The read-only tools offered to the model for this person. Which tools exist depends on
 * role and mask: a tech is never offered invoices. There are no write tools; writes are
 * proposed as intents from the person's own words and confirmed by them.
 */
export function buildReadTools(scope: ToolScope): ModelTool[] {
  const { identity, mask } = scope
  if (!identity.company || identity.role === 'homeowner' || identity.role === 'ops') return []
  const role = identity.role
  const tools: ModelTool[] = [
    {
      name: 'find_customers',
      description: "Search the company's customers by name, email, phone or address. Returns up to 10 with contact details.",
      inputSchema: { type: 'object', properties: { query: { type: 'string', description: 'Part of a name, email, phone or address' } }, required: ['query'] },
      run: (input) =>
        readAsUser(scope, (tx) => {
          const pattern = `%${escapeLike(text((input as { query?: unknown })?.query))}%`
          return tx.execute(sql`
            select id, name, phone, email, address from public.customers
            where name ilike ${pattern} or email ilike ${pattern} or phone ilike ${pattern} or address ilike ${pattern}
            order by name limit 10`)
        }),
    },
    {
      name: 'list_jobs',
      description: 'List jobs scheduled between two dates (YYYY-MM-DD, inclusive) and/or with a status. Returns up to 20 with customer and address.',
      inputSchema: {
        type: 'object',
        properties: {
          from: { type: 'string', description: 'YYYY-MM-DD' },
          to: { type: 'string', description: 'YYYY-MM-DD' },
          status: { type: 'string', enum: [...jobStatuses] },
        },
      },
      run: (input) =>
        readAsUser(scope, (tx) => {
          const { from, to, status } = (input ?? {}) as Record<string, unknown>
          return tx.execute(sql`
            select j.id, j.title, j.status, j.trade, j.scheduled_start, j.address, c.name as customer
            from public.jobs j join public.customers c on c.id = j.customer_id
            where (${isoDate(from)}::date is null or j.scheduled_start >= ${isoDate(from)}::date)
              and (${isoDate(to)}::date is null or j.scheduled_start < ${isoDate(to)}::date + 1)
              and (${text(status, 20) || null}::text is null or j.status::text = ${text(status, 20)})
            order by j.scheduled_start nulls last limit 20`)
        }),
    },
  ]
  if (can(role, 'invoices:read') && mask.customer_payment_history) {
    tools.push({
      name: 'list_open_invoices',
      description: 'List sent or partly paid invoices with their balance and due date, optionally only the overdue ones. Up to 20.',
      inputSchema: { type: 'object', properties: { overdue_only: { type: 'boolean' } } },
      run: (input) =>
        readAsUser(scope, (tx) => {
          const overdueOnly = Boolean((input as { overdue_only?: unknown })?.overdue_only)
          return tx.execute(sql`
            select i.number, c.name as customer, i.due_date, round((i.total_cents - i.amount_paid_cents) / 100.0, 2) as balance_dollars
            from public.invoices i join public.customers c on c.id = i.customer_id
            where i.status in ('sent', 'partial') and (not ${overdueOnly} or i.due_date < current_date)
            order by i.due_date nulls last limit 20`)
        }),
    })
  }
  return tools
}
