import { sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { ensureCustomer } from './ensure-customer'
import { parseTimelineCursor, type Timeline, type TimelineType } from './history-schemas'
import { toTimelineItem, type TimelineRow } from './to-timeline-item'

type Options = {
  tx: Tx
  companyId: string
  customerId: string
  /** Include bids, invoices and payments. False for techs (RLS hides them from techs anyway). */
  includeMoney: boolean
  /**
   * Include messages on threads not tied to a job the caller can see. False for techs, who
   * read a customer's conversation only where it concerns a job assigned to them.
   */
  includeAllMessages: boolean
  limit: number
  /** An ISO time, or a previous page's `nextBefore`. */
  before?: string
}

/**
 * Everything that happened with a customer, newest first, in one UNION ALL query: job,
 * bid and invoice milestones (each timestamp column is one event; a bid accepted or declined in
 * the client portal says so), payments, job notes and messages. Row Level Security applies to every branch, so a tech sees only their jobs.
 */
export async function getCustomerTimeline({ tx, companyId, customerId, includeMoney, includeAllMessages, limit, before }: Options): Promise<Timeline> {
  await ensureCustomer({ tx, companyId, customerId })

  const branches: SQL[] = [
    sql`select e.type || ':' || j.id as id, e.type, e.at, j.title as subject, j.description as detail,
          'job' as entity_type, j.id as entity_id, null::integer as amount_cents, null::text as via
        from jobs j
        cross join lateral (values ('job.created', j.created_at), ('job.started', j.started_at),
                                   ('job.completed', j.completed_at), ('job.cancelled', j.cancelled_at)) as e(type, at)
        where j.customer_id = ${customerId} and j.company_id = ${companyId} and e.at is not null`,
    sql`select 'note.added:' || n.id, 'note.added', n.created_at, j.title, left(n.body, 500),
          'job', j.id, null::integer, null::text
        from job_notes n join jobs j on j.id = n.job_id
        where j.customer_id = ${customerId} and n.company_id = ${companyId}`,
    sql`select case m.sender when 'homeowner' then 'message.received' else 'message.sent' end || ':' || m.id,
          case m.sender when 'homeowner' then 'message.received' else 'message.sent' end,
          m.created_at, coalesce(t.subject, 'Conversation'), left(m.body, 500),
          'message_thread', t.id, null::integer, null::text
        from messages m join message_threads t on t.id = m.thread_id
        where t.customer_id = ${customerId} and m.company_id = ${companyId}
          ${includeAllMessages ? sql`` : sql`and exists (select 1 from jobs vj where vj.id = t.job_id)`}`,
  ]
  if (includeMoney) {
    branches.push(
      // A decision made in the client portal says so, with the name the customer signed.
      sql`select e.type || ':' || b.id, e.type, e.at, b.number || coalesce(' · ' || b.title, ''),
            case when e.type = 'bid.accepted' and b.signed_name is not null then 'Signed by ' || b.signed_name
                 when e.type = 'bid.declined' then b.decline_reason end,
            'bid', b.id, b.total_cents,
            case when e.type in ('bid.accepted', 'bid.declined') and b.signed_content_hash is not null then 'client_portal' end
          from bids b
          cross join lateral (values ('bid.created', b.created_at), ('bid.sent', b.sent_at),
                                     ('bid.accepted', b.accepted_at), ('bid.declined', b.declined_at)) as e(type, at)
          where b.customer_id = ${customerId} and b.company_id = ${companyId} and e.at is not null`,
      sql`select e.type || ':' || i.id, e.type, e.at, i.number,
            case when i.due_date is not null and e.type in ('invoice.created', 'invoice.sent') then 'Due ' || i.due_date::text end,
            'invoice', i.id, i.total_cents, null::text
          from invoices i
          cross join lateral (values ('invoice.created', i.created_at), ('invoice.sent', i.sent_at),
                                     ('invoice.paid', i.paid_at), ('invoice.void', i.voided_at)) as e(type, at)
          where i.customer_id = ${customerId} and i.company_id = ${companyId} and e.at is not null`,
      // A payment happened on its paid_on day; when recorded that same day, the recording
      // time orders it among the day's other events.
      sql`select 'payment.received:' || p.id, 'payment.received',
            case when p.paid_on = (p.created_at at time zone 'UTC')::date then p.created_at
                 else p.paid_on::timestamp at time zone 'UTC' end,
            i.number, initcap(p.method::text) || coalesce(' · ' || p.reference, ''),
            'invoice', i.id, p.amount_cents, null::text
          from payments p join invoices i on i.id = p.invoice_id
          where i.customer_id = ${customerId} and p.company_id = ${companyId}`,
    )
  }

  let cursorFilter = sql``
  if (before) {
    const cursor = parseTimelineCursor(before)
    cursorFilter = cursor.id
      ? sql`where (at, id) < (${cursor.at}::timestamptz, ${cursor.id})`
      : sql`where at < ${cursor.at}::timestamptz`
  }

  const rows = (await tx.execute(sql`
    with events (id, type, at, subject, detail, entity_type, entity_id, amount_cents, via) as (
      ${sql.join(branches, sql` union all `)}
    )
    select id, type, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
           subject, detail, entity_type, entity_id, amount_cents, via
    from events
    ${cursorFilter}
    order by events.at desc, id desc
    limit ${limit + 1}
  `)) as unknown as TimelineRow[]

  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    data: page.map((row) => toTimelineItem({ ...row, type: row.type as TimelineType }, includeMoney)),
    nextBefore: rows.length > limit && last ? `${last.at}~${last.id}` : null,
  }
}
