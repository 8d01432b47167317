import type postgres from 'postgres'
import { stateOf, withinWindow, zip3Of } from './pattern-sql'
import { HISTORY_WINDOW } from './privacy'

type Tx = postgres.TransactionSql

/**
 * The bids both bid pipelines read, as a temporary table `bid_base` (dropped at commit):
 * every bid sent within the history window by a contributing company, with its kind of work
 * (the linked job's, else the bid's own), its site (the job's property, else the customer's
 * first property, else the company's state), amount in dollars, outcome (1 won, 0 lost or
 * expired, null still open), line-item totals by type, whether it was followed up, and hours
 * from the request (the customer's latest lead within 60 days before sending, else the bid's
 * creation) to sending. Set-based joins only, so it scales with the number of bids. Returns
 * the number of bids read.
 */
export async function createBidBase(tx: Tx, asOf: Date): Promise<number> {
  const created = await tx`
    create temp table bid_base on commit drop as
    with sent as (
      select b.* from public.bids b
      where b.sent_at is not null and b.status <> 'draft' and b.total_cents > 0
        and ${withinWindow(tx, tx`b.sent_at`, asOf, HISTORY_WINDOW)}
    ),
    first_property as (
      select distinct on (p.customer_id) p.customer_id, p.state, p.postal_code
      from public.properties p order by p.customer_id, p.created_at, p.id
    ),
    requested as (
      select distinct on (s.id) s.id as bid_id, l.created_at
      from sent s join public.leads l on l.customer_id = s.customer_id and l.company_id = s.company_id
      where l.created_at <= s.sent_at and l.created_at > s.sent_at - interval '60 days'
      order by s.id, l.created_at desc
    ),
    lines as (
      select li.bid_id,
             sum(li.total_cents) filter (where li.type = 'material') as material_cents,
             sum(li.total_cents) filter (where li.type = 'labor') as labor_cents,
             sum(li.total_cents) filter (where li.type = 'other') as other_cents,
             sum(li.total_cents) as line_cents
      from public.bid_line_items li join sent s on s.id = li.bid_id group by li.bid_id
    )
    select s.company_id, coalesce(j.trade, s.trade) as trade, coalesce(j.job_category, s.job_category) as job_category,
           ${stateOf(tx, 'site', tx`j.region`, 'c')} as state, ${zip3Of(tx, 'site')} as zip3,
           s.total_cents / 100.0 as amount,
           case when s.status = 'accepted' then 1 when s.status in ('declined', 'expired') then 0 end as won,
           s.followed_up_at is not null as followed_up,
           extract(epoch from s.sent_at - coalesce(r.created_at, s.created_at)) / 3600 as response_hours,
           coalesce(li.material_cents, 0) as material_cents, coalesce(li.labor_cents, 0) as labor_cents,
           coalesce(li.other_cents, 0) as other_cents, coalesce(li.line_cents, 0) as line_cents
    from sent s
    join public.companies c on c.id = s.company_id and c.contribute_to_intelligence
    left join public.jobs j on j.id = s.job_id
    left join public.properties jp on jp.id = j.property_id
    left join first_property fp on fp.customer_id = s.customer_id
    cross join lateral (select coalesce(jp.state, fp.state) as state, case when jp.id is not null then jp.postal_code else fp.postal_code end as postal_code) site
    left join requested r on r.bid_id = s.id
    left join lines li on li.bid_id = s.id
    where coalesce(j.job_category, s.job_category) is not null and coalesce(j.trade, s.trade) is not null`
  return created.count
}
