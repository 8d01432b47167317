import { and, count, desc, eq, type SQL } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { emailOutbox, type emailStatuses } from '../../db/schema'
import { toOutboxEmail } from './to-outbox-email'

type Options = {
  tx: Tx
  companyId: string
  /** Only emails in this state. */
  status?: (typeof emailStatuses)[number]
  page: number
  pageSize: number
}

/** One page of the company's outgoing email, newest first. */
export async function listOutbox({ tx, companyId, status, page, pageSize }: Options) {
  const filters: SQL[] = [eq(emailOutbox.companyId, companyId)]
  if (status) filters.push(eq(emailOutbox.status, status))
  const where = and(...filters)
  const [rows, [totals]] = await Promise.all([
    tx
      .select()
      .from(emailOutbox)
      .where(where)
      .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    tx.select({ total: count() }).from(emailOutbox).where(where),
  ])
  return { data: rows.map(toOutboxEmail), page, pageSize, total: totals?.total ?? 0 }
}
