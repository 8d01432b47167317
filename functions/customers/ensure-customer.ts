import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { customers } from '../../db/schema'
import { notFound } from '../lib/errors'

type Options = {
  tx: Tx
  companyId: string
  customerId: string
  /** Lock the customer row until the transaction ends (for writes beneath it). */
  forUpdate?: boolean
}

/**
 * Fails with 404 unless the customer belongs to the caller's company, so nothing can be read
 * or attached beneath another tenant's customer.
 */
export async function ensureCustomer({ tx, companyId, customerId, forUpdate = false }: Options): Promise<{ id: string; name: string }> {
  const query = tx
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(and(eq(customers.id, customerId), eq(customers.companyId, companyId)))
  const [row] = forUpdate ? await query.for('update') : await query
  if (!row) throw notFound('Customer')
  return row
}
