import { sql } from 'drizzle-orm'
import type { z } from '@hono/zod-openapi'
import type { Tx } from '../../db/client'
import { notFound } from '../lib/errors'
import { integerFrom } from '../lib/sql-values'
import { TenantSupportView } from './schemas'

const AUDIT_ROWS = 25

/**
 * One tenant for a support action: the company's profile, its records in counts, and its
 * latest audit rows (what happened and by which role, not the values). The caller records
 * the access and its reason (recordSupportAccess) before reading.
 */
export async function loadTenantSupportView({ tx, companyId, now = new Date() }: { /** A transaction running as `zafto_ops`. */ tx: Tx; companyId: string; now?: Date }): Promise<z.infer<typeof TenantSupportView>> {
  const since = new Date(now.getTime() - 30 * 86_400_000).toISOString()
  const [company] = await tx.execute<{
    id: string
    name: string
    trades: string[]
    state: string | null
    tier: string
    employee_count: number | null
    phone: string | null
    email: string | null
    address: string | null
    contribute_to_intelligence: boolean
    created_at: string
  }>(sql`
    select id, name, to_jsonb(trades) as trades, state, tier::text as tier, employee_count, phone, email, address, contribute_to_intelligence, created_at
    from public.companies where id = ${companyId}::uuid`)
  if (!company) throw notFound('Company')
  const [counts] = await tx.execute<Record<string, string>>(sql`
    select
      (select count(*) from public.company_members where company_id = ${companyId}::uuid)::text as members,
      (select count(*) from public.customers where company_id = ${companyId}::uuid)::text as customers,
      (select count(*) from public.customers where company_id = ${companyId}::uuid and portal_user_id is not null)::text as linked,
      (select count(*) from public.jobs where company_id = ${companyId}::uuid)::text as jobs,
      (select count(*) from public.jobs where company_id = ${companyId}::uuid and status in ('scheduled', 'in_progress'))::text as jobs_open,
      (select count(*) from public.bids where company_id = ${companyId}::uuid)::text as bids,
      (select count(*) from public.invoices where company_id = ${companyId}::uuid)::text as invoices,
      (select count(*) from public.leads where company_id = ${companyId}::uuid)::text as leads,
      (select count(*) from public.ai_messages where company_id = ${companyId}::uuid and role = 'assistant' and created_at >= ${since}::timestamptz)::text as ai`)
  const audit = await tx.execute<{ created_at: string; action: string; entity_type: string; entity_id: string | null; role: string | null }>(sql`
    select a.created_at, a.action, a.entity_type, a.entity_id, m.role::text as role
    from public.audit_log a left join public.company_members m on m.user_id = a.actor_user_id and m.company_id = a.company_id
    where a.company_id = ${companyId}::uuid
    order by a.created_at desc, a.id limit ${AUDIT_ROWS}`)
  return TenantSupportView.parse({
    company: {
      id: company.id,
      name: company.name,
      trades: company.trades,
      state: company.state,
      tier: company.tier,
      employeeCount: company.employee_count,
      phone: company.phone,
      email: company.email,
      address: company.address,
      contributeToIntelligence: company.contribute_to_intelligence,
      createdAt: new Date(company.created_at).toISOString(),
    },
    counts: {
      members: integerFrom(counts?.members),
      customers: integerFrom(counts?.customers),
      linkedHomeowners: integerFrom(counts?.linked),
      jobs: integerFrom(counts?.jobs),
      jobsOpen: integerFrom(counts?.jobs_open),
      bids: integerFrom(counts?.bids),
      invoices: integerFrom(counts?.invoices),
      leads: integerFrom(counts?.leads),
      aiRequests30d: integerFrom(counts?.ai),
    },
    recentAudit: audit.map((row) => ({
      at: new Date(row.created_at).toISOString(),
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      actorRole: row.role,
    })),
  })
}
