import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { leads, type leadStages } from '../../db/schema'
import type { Lead } from './schemas'
import { toLeads } from './to-lead'
import { containsPattern, escapeLike } from '../lib/search'

type Options = {
  tx: Tx
  companyId: string
  stage?: (typeof leadStages)[number]
  /** Case-insensitive match on name, email or phone. */
  search?: string
  /** Exact source, case-insensitive. */
  source?: string
  assignedTo?: string
  page: number
  pageSize: number
}

/** One page of the company's leads, newest first, with the total for pagination. */
export async function listLeads({ tx, companyId, stage, search, source, assignedTo, page, pageSize }: Options) {
  const filters: SQL[] = [eq(leads.companyId, companyId)]
  if (stage) filters.push(eq(leads.stage, stage))
  if (assignedTo) filters.push(eq(leads.assignedTo, assignedTo))
  if (source) filters.push(ilike(leads.source, escapeLike(source)))
  if (search) {
    const pattern = containsPattern(search)
    filters.push(or(ilike(leads.name, pattern), ilike(leads.email, pattern), ilike(leads.phone, pattern))!)
  }
  const where = and(...filters)
  const [rows, [totals]] = await Promise.all([
    tx
      .select()
      .from(leads)
      .where(where)
      .orderBy(desc(leads.createdAt), desc(leads.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ total: count() }).from(leads).where(where),
  ])
  const data: Lead[] = await toLeads(tx, rows)
  return { data, page, pageSize, total: totals?.total ?? 0 }
}
