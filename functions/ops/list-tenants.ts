import { sql } from 'drizzle-orm'
import type { z } from '@hono/zod-openapi'
import type { Tx } from '../../db/client'
import { integerFrom } from '../lib/sql-values'
import { TenantList } from './schemas'

/** Every company with its size in counts (members, customers, jobs created in 30 days), newest first. */
export async function listTenants({ tx, now = new Date() }: { /** A transaction running as `zafto_ops`. */ tx: Tx; now?: Date }): Promise<z.infer<typeof TenantList>> {
  const since = new Date(now.getTime() - 30 * 86_400_000).toISOString()
  const rows = await tx.execute<{ id: string; name: string; trades: string[]; state: string | null; created_at: string; members: string; customers: string; jobs: string }>(sql`
    select c.id, c.name, to_jsonb(c.trades) as trades, c.state, c.created_at,
      (select count(*) from public.company_members m where m.company_id = c.id)::text as members,
      (select count(*) from public.customers u where u.company_id = c.id)::text as customers,
      (select count(*) from public.jobs j where j.company_id = c.id and j.created_at >= ${since}::timestamptz)::text as jobs
    from public.companies c
    order by c.created_at desc, c.id`)
  return TenantList.parse(
    rows.map((row) => ({
      companyId: row.id,
      name: row.name,
      trades: row.trades,
      state: row.state,
      createdAt: new Date(row.created_at).toISOString(),
      members: integerFrom(row.members),
      customers: integerFrom(row.customers),
      jobs30d: integerFrom(row.jobs),
    })),
  )
}
