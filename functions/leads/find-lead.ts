import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { leads } from '../../db/schema'
import { notFound } from '../lib/errors'

type Options = {
  tx: Tx
  companyId: string
  leadId: string
  /** Lock the row until the transaction ends, for a change that depends on its state. */
  forUpdate?: boolean
}

/** The lead row, or 404 (also for another company's id). */
export async function findLead({ tx, companyId, leadId, forUpdate = false }: Options) {
  const query = tx
    .select()
    .from(leads)
    .where(and(eq(leads.id, leadId), eq(leads.companyId, companyId)))
  const [row] = forUpdate ? await query.for('update') : await query
  if (!row) throw notFound('Lead')
  return row
}
