import { sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { jobStatuses } from '../../db/schema'
import { ensureCustomer } from './ensure-customer'
import { CustomerStats } from './history-schemas'

type Options = {
  tx: Tx
  companyId: string
  customerId: string
  /** Add revenue, billed and balances. False for techs: they get job counts only. */
  includeMoney: boolean
}

/**
 * A customer's job counts by status (of the jobs the caller can see) and, for staff, money:
 * payments received, lifetime billed (sent, partial and paid invoices), the open balance of
 * sent and partial invoices and the overdue part of it. Sums are exact integer cents.
 */
export async function getCustomerStats({ tx, companyId, customerId, includeMoney }: Options): Promise<CustomerStats> {
  await ensureCustomer({ tx, companyId, customerId })
  const jobRows = (await tx.execute(sql`
    select status::text as status, count(*)::int as n
    from jobs where customer_id = ${customerId} and company_id = ${companyId}
    group by status
  `)) as unknown as { status: string; n: number }[]
  const jobs = { total: 0, scheduled: 0, in_progress: 0, completed: 0, cancelled: 0 }
  for (const { status, n } of jobRows) {
    if ((jobStatuses as readonly string[]).includes(status)) jobs[status as (typeof jobStatuses)[number]] = n
    jobs.total += n
  }
  if (!includeMoney) return CustomerStats.parse({ customerId, jobs })

  const [money] = (await tx.execute(sql`
    select
      coalesce((select sum(p.amount_cents) from payments p join invoices pi on pi.id = p.invoice_id
                where pi.customer_id = ${customerId} and p.company_id = ${companyId}), 0)::text as revenue,
      coalesce(sum(i.total_cents) filter (where i.status in ('sent', 'partial', 'paid')), 0)::text as billed,
      coalesce(sum(i.total_cents - i.amount_paid_cents) filter (where i.status in ('sent', 'partial')), 0)::text as open,
      coalesce(sum(i.total_cents - i.amount_paid_cents)
               filter (where i.status in ('sent', 'partial') and i.due_date < current_date), 0)::text as overdue
    from invoices i where i.customer_id = ${customerId} and i.company_id = ${companyId}
  `)) as unknown as { revenue: string; billed: string; open: string; overdue: string }[]
  return CustomerStats.parse({
    customerId,
    jobs,
    revenueCents: Number(money?.revenue ?? 0),
    lifetimeBilledCents: Number(money?.billed ?? 0),
    openBalanceCents: Number(money?.open ?? 0),
    overdueBalanceCents: Number(money?.overdue ?? 0),
  })
}
