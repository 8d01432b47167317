import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { invoices } from '../../db/schema'
import { notFound } from '../lib/errors'

type Options = {
  tx: Tx
  companyId: string
  invoiceId: string
  /** Lock the row until the transaction ends: payments and state changes queue on it. */
  forUpdate?: boolean
}

/** The stored invoice row, or a 404 (another company's invoice is invisible under RLS as well). */
export async function findInvoiceRow({ tx, companyId, invoiceId, forUpdate = false }: Options) {
  const query = tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId), eq(invoices.companyId, companyId)))
  const [row] = forUpdate ? await query.for('update') : await query
  if (!row) throw notFound('Invoice')
  return row
}
