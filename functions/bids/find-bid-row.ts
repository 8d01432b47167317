import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { bids } from '../../db/schema'
import { notFound } from '../lib/errors'

type Options = {
  tx: Tx
  companyId: string
  bidId: string
  /** Lock the row until the transaction ends, for changes that depend on its state. */
  forUpdate?: boolean
}

/** The stored bid row, or a 404 (another company's bid is invisible under RLS as well). */
export async function findBidRow({ tx, companyId, bidId, forUpdate = false }: Options) {
  const query = tx
    .select()
    .from(bids)
    .where(and(eq(bids.id, bidId), eq(bids.companyId, companyId)))
  const [row] = forUpdate ? await query.for('update') : await query
  if (!row) throw notFound('Bid')
  return row
}
