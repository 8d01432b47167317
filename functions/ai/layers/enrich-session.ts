import { sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { equipmentInsights } from '../../portal/equipment-insight'
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
  equipment: Record<string, unknown> | null
  property: Record<string, unknown> | null
  /**
   * Client portal: the homeowner's customer record (their relationship with one contractor)
   * the open records belong to, the most specific first; null elsewhere or when none is open.
   */
  viewedCustomerId: string | null
}

type RecordKey = 'job' | 'customer' | 'bid' | 'invoice' | 'equipment' | 'property'
type Row = Pick<EnrichedSession, RecordKey> & { viewed_customer_id: string | null }

/** Who the records are shaped for: contractor staff (the CRM) or a homeowner (the client portal). */
export type SessionAudience = 'staff' | 'homeowner'

/** A record's columns as one jsonb object without its nulls. */
const object = (fields: SQL) => sql`jsonb_strip_nulls(jsonb_build_object(${fields}))`

/** Equipment age in whole years and warranty state, as the portal shows them. */
const ageYears = (date: SQL) => sql`case when ${date} is not null then floor((current_date - ${date}) / 365.25)::int end`
const warranty = (until: SQL) => sql`case when ${until} is null then 'unknown' when ${until} >= current_date then 'active' else 'expired' end`

/**
 * Layer 4: the client's session context with its active ids replaced by their records,
 * in one query under the caller's RLS (a tech's unassigned job, any bid for a tech, or another
 * homeowner's equipment simply comes back null). Money enters only where the mask allows it:
 * bid prices with pricing_intelligence, invoice amounts and a customer's balance with
 * customer_payment_history. A homeowner also gets no job hours or description (the
 * contractor's own planning) and no AI-draft flags.
 */
export async function enrichSession({
  tx,
  session,
  mask,
  audience = 'staff',
}: {
  tx: Tx
  session: SessionContext | undefined
  mask: VisibilityMask
  audience?: SessionAudience
}): Promise<EnrichedSession> {
  const base = {
    currentScreen: session?.current_screen ?? null,
    screenHistory: (session?.screen_history ?? []).slice(-5),
    inferredIntent: session ? inferIntent(session) : null,
    lastAiSummary: session?.last_ai_summary ?? null,
  }
  const ids: Record<RecordKey, string | null> = {
    equipment: session?.active_equipment_id ?? null,
    property: session?.active_property_id ?? null,
    job: session?.active_job_id ?? null,
    bid: session?.active_bid_id ?? session?.active_quote_id ?? null,
    invoice: session?.active_invoice_id ?? null,
    customer: session?.active_customer_id ?? null,
  }
  const empty = { job: null, customer: null, bid: null, invoice: null, equipment: null, property: null, viewedCustomerId: null }
  if (!Object.values(ids).some(Boolean)) return { ...base, ...empty }
  const prices = mask.pricing_intelligence
  const payments = mask.customer_payment_history
  const staff = audience === 'staff'
  const parts: Record<RecordKey, SQL> = {
    job: sql`(select ${object(sql`
          'id', j.id, 'title', j.title, 'status', j.status, 'trade', j.trade, 'category', j.job_category,
          'address', j.address, 'region', j.region, 'site_state', p.state, 'site_postal_code', p.postal_code,
          'scheduled_start', j.scheduled_start, 'completed_at', j.completed_at,
          'estimated_hours', case when ${staff} then j.estimated_hours end,
          'description', case when ${staff} then left(j.description, 600) end, 'customer', cu.name,
          'equipment', (select e.kind from public.equipment e where e.id = j.equipment_id),
          'recent_notes', (select jsonb_agg(left(n.body, 300) order by n.created_at desc)
                           from (select body, created_at from public.job_notes where job_id = j.id order by created_at desc limit 3) n)`)}
         from public.jobs j join public.customers cu on cu.id = j.customer_id
         left join public.properties p on p.id = j.property_id where j.id = ${ids.job}::uuid)`,
    customer: sql`(select ${object(sql`
          'id', c.id, 'name', c.name, 'phone', c.phone, 'email', c.email, 'address', c.address,
          'equipment', (select jsonb_agg(jsonb_strip_nulls(jsonb_build_object('kind', e.kind, 'make', e.make, 'model', e.model,
                          'installed', e.install_date, 'warranty_until', e.warranty_expires_on)) order by e.install_date)
                        from public.equipment e where e.customer_id = c.id),
          'balance_due_cents', case when ${payments} then (select sum(i.total_cents - i.amount_paid_cents)
                          from public.invoices i where i.customer_id = c.id and i.status in ('sent', 'partial')) end`)}
         from public.customers c where c.id = ${ids.customer}::uuid)`,
    bid: sql`(select ${object(sql`
          'id', b.id, 'number', b.number, 'title', b.title, 'status', b.status, 'customer', cu.name,
          'valid_until', b.valid_until, 'sent_at', b.sent_at, 'created_by_ai', case when ${staff} then b.created_by_ai end,
          'total_cents', case when ${prices} then b.total_cents end,
          'lines', (select jsonb_agg(jsonb_strip_nulls(jsonb_build_object('description', l.description, 'quantity', l.quantity, 'unit', l.unit,
                       'unit_price_cents', case when ${prices} then l.unit_price_cents end)) order by l.position)
                    from public.bid_line_items l where l.bid_id = b.id)`)}
         from public.bids b join public.customers cu on cu.id = b.customer_id where b.id = ${ids.bid}::uuid)`,
    invoice: sql`(select ${object(sql`
          'id', i.id, 'number', i.number, 'status', i.status, 'customer', cu.name, 'due_date', i.due_date,
          'total_cents', case when ${payments} then i.total_cents end,
          'amount_paid_cents', case when ${payments} then i.amount_paid_cents end`)}
         from public.invoices i join public.customers cu on cu.id = i.customer_id where i.id = ${ids.invoice}::uuid)`,
    equipment: sql`(select ${object(sql`
          'id', e.id, 'kind', e.kind, 'make', e.make, 'model', e.model, 'installed', e.install_date,
          'age_years', ${ageYears(sql`e.install_date`)}, 'warranty', ${warranty(sql`e.warranty_expires_on`)}, 'warranty_until', e.warranty_expires_on,
          'location', p.address, 'site_state', p.state, 'site_postal_code', p.postal_code,
          'service_history', (select jsonb_agg(jsonb_strip_nulls(jsonb_build_object('title', h.title, 'status', h.status,
                                'completed', h.completed_at::date, 'problem', h.failure_mode)) order by h.at desc)
                              from (select title, status, completed_at, failure_mode, coalesce(completed_at, scheduled_start, created_at) as at
                                    from public.jobs where equipment_id = e.id order by at desc limit 3) h)`)}
         from public.equipment e left join public.properties p on p.id = e.property_id where e.id = ${ids.equipment}::uuid)`,
    property: sql`(select ${object(sql`
          'id', p.id, 'label', p.label, 'address', p.address, 'city', p.city, 'state', p.state, 'postal_code', p.postal_code,
          'year_built', p.year_built, 'square_feet', p.square_feet,
          'equipment', (select jsonb_agg(jsonb_strip_nulls(jsonb_build_object('kind', e.kind, 'make', e.make, 'model', e.model,
                          'age_years', ${ageYears(sql`e.install_date`)}, 'warranty', ${warranty(sql`e.warranty_expires_on`)})) order by e.install_date)
                        from public.equipment e where e.property_id = p.id)`)}
         from public.properties p where p.id = ${ids.property}::uuid)`,
  }
  // Only the records that are open are asked for: each part is planned and run under RLS.
  const keys = Object.keys(parts) as RecordKey[]
  const columns = keys.map((key) => (ids[key] ? sql`${parts[key]} as ${sql.identifier(key)}` : sql`null::jsonb as ${sql.identifier(key)}`))
  const [row] = await tx.execute<Row>(sql`select ${sql.join([...columns, viewedCustomer(ids, audience)], sql`, `)}`)
  const { viewed_customer_id: viewedCustomerId, ...records } = row!
  const equipment = records.equipment && mask.equipment_lifespan ? await withLifespanInsight(tx, records.equipment) : records.equipment
  return { ...base, ...records, equipment, viewedCustomerId }
}

/** The open equipment with the portal's lifespan insight ("Water heaters of this brand typically last 10–14 years; yours is 8."), when a pattern qualifies. */
async function withLifespanInsight(tx: Tx, equipment: Record<string, unknown>): Promise<Record<string, unknown>> {
  const text = (value: unknown) => (typeof value === 'string' ? value : null)
  const [insight] = await equipmentInsights(tx, [
    {
      kind: text(equipment.kind) ?? '',
      make: text(equipment.make),
      model: text(equipment.model),
      ageYears: typeof equipment.age_years === 'number' ? equipment.age_years : null,
      state: text(equipment.site_state),
      postalCode: text(equipment.site_postal_code),
    },
  ])
  return insight ? { ...equipment, lifespan_insight: insight.text } : equipment
}

/** Which of a homeowner's customer records the open records belong to: the most specific open record's. */
function viewedCustomer(ids: Record<RecordKey, string | null>, audience: SessionAudience): SQL {
  if (audience !== 'homeowner') return sql`null::uuid as viewed_customer_id`
  const owners: [RecordKey, SQL][] = [
    ['equipment', sql`(select customer_id from public.equipment where id = ${ids.equipment}::uuid)`],
    ['property', sql`(select customer_id from public.properties where id = ${ids.property}::uuid)`],
    ['job', sql`(select customer_id from public.jobs where id = ${ids.job}::uuid)`],
    ['bid', sql`(select customer_id from public.bids where id = ${ids.bid}::uuid)`],
    ['invoice', sql`(select customer_id from public.invoices where id = ${ids.invoice}::uuid)`],
    ['customer', sql`(select id from public.customers where id = ${ids.customer}::uuid)`],
  ]
  const open = owners.filter(([key]) => ids[key]).map(([, query]) => query)
  return sql`coalesce(${sql.join(open, sql`, `)}, null::uuid) as viewed_customer_id`
}
