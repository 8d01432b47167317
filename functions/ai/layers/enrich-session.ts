import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import type { VisibilityMask } from '../types'
import { inferIntent, type SessionContext } from './session-context'

/** The records the person has open, as this person may see them, plus what they seem to be doing. */
export type EnrichedSession = {
  currentScreen: string | null
  screenHistory: string[]
  inferredIntent: string | null
  lastAiSummary: string | null
  job: Record<string, unknown> | null
  customer: Record<string, unknown> | null
  bid: Record<string, unknown> | null
  invoice: Record<string, unknown> | null
}

type Row = Pick<EnrichedSession, 'job' | 'customer' | 'bid' | 'invoice'>

/**
 * Layer 4: the client's session context with its active ids replaced by their records,
 * in one query under the caller's RLS (a tech's unassigned job or any bid simply comes back
 * null). Money enters only where the mask allows it: bid prices with pricing_intelligence,
 * invoice amounts and a customer's balance with customer_payment_history.
 */
export async function enrichSession({ tx, session, mask }: { tx: Tx; session: SessionContext | undefined; mask: VisibilityMask }): Promise<EnrichedSession> {
  const base = {
    currentScreen: session?.current_screen ?? null,
    screenHistory: (session?.screen_history ?? []).slice(-5),
    inferredIntent: session ? inferIntent(session) : null,
    lastAiSummary: session?.last_ai_summary ?? null,
  }
  const ids = { job: session?.active_job_id ?? null, customer: session?.active_customer_id ?? null, bid: session?.active_bid_id ?? null, invoice: session?.active_invoice_id ?? null }
  if (!ids.job && !ids.customer && !ids.bid && !ids.invoice) return { ...base, job: null, customer: null, bid: null, invoice: null }
  const prices = mask.pricing_intelligence
  const payments = mask.customer_payment_history
  // Only the records that are open are asked for: each part is planned and run under RLS.
  const parts = [
    ids.job
      ? sql`(select jsonb_strip_nulls(jsonb_build_object(
          'id', j.id, 'title', j.title, 'status', j.status, 'trade', j.trade, 'category', j.job_category,
          'address', j.address, 'region', j.region, 'site_state', p.state, 'site_postal_code', p.postal_code,
          'scheduled_start', j.scheduled_start, 'estimated_hours', j.estimated_hours,
          'description', left(j.description, 600), 'customer', cu.name,
          'recent_notes', (select jsonb_agg(left(n.body, 300) order by n.created_at desc)
                           from (select body, created_at from public.job_notes where job_id = j.id order by created_at desc limit 3) n)))
         from public.jobs j join public.customers cu on cu.id = j.customer_id
         left join public.properties p on p.id = j.property_id where j.id = ${ids.job}::uuid) as job`
      : sql`null::jsonb as job`,
    ids.customer
      ? sql`(select jsonb_strip_nulls(jsonb_build_object(
          'id', c.id, 'name', c.name, 'phone', c.phone, 'email', c.email, 'address', c.address,
          'equipment', (select jsonb_agg(jsonb_strip_nulls(jsonb_build_object('kind', e.kind, 'make', e.make, 'model', e.model,
                          'installed', e.install_date, 'warranty_until', e.warranty_expires_on)) order by e.install_date)
                        from public.equipment e where e.customer_id = c.id),
          'balance_due_cents', case when ${payments} then (select sum(i.total_cents - i.amount_paid_cents)
                          from public.invoices i where i.customer_id = c.id and i.status in ('sent', 'partial')) end))
         from public.customers c where c.id = ${ids.customer}::uuid) as customer`
      : sql`null::jsonb as customer`,
    ids.bid
      ? sql`(select jsonb_strip_nulls(jsonb_build_object(
          'id', b.id, 'number', b.number, 'title', b.title, 'status', b.status, 'customer', cu.name,
          'valid_until', b.valid_until, 'sent_at', b.sent_at, 'created_by_ai', b.created_by_ai,
          'total_cents', case when ${prices} then b.total_cents end,
          'lines', (select jsonb_agg(jsonb_strip_nulls(jsonb_build_object('description', l.description, 'quantity', l.quantity, 'unit', l.unit,
                       'unit_price_cents', case when ${prices} then l.unit_price_cents end)) order by l.position)
                    from public.bid_line_items l where l.bid_id = b.id)))
         from public.bids b join public.customers cu on cu.id = b.customer_id where b.id = ${ids.bid}::uuid) as bid`
      : sql`null::jsonb as bid`,
    ids.invoice
      ? sql`(select jsonb_strip_nulls(jsonb_build_object(
          'id', i.id, 'number', i.number, 'status', i.status, 'customer', cu.name, 'due_date', i.due_date,
          'total_cents', case when ${payments} then i.total_cents end,
          'amount_paid_cents', case when ${payments} then i.amount_paid_cents end))
         from public.invoices i join public.customers cu on cu.id = i.customer_id where i.id = ${ids.invoice}::uuid) as invoice`
      : sql`null::jsonb as invoice`,
  ]
  const [row] = await tx.execute<Row>(sql`select ${sql.join(parts, sql`, `)}`)
  return { ...base, ...row! }
}
