import { and, eq, sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { bids, invoices } from '../../db/schema'
import { notFound } from '../lib/errors'

/**
 * A sent (or decided) quote of one of the caller's customer records, or a 404: drafts, other
 * customers' quotes and other homeowners' are alike not found. public.portal_bid_ids() is the
 * set the portal's RLS policy allows; asking for it here also keeps a contractor's own company
 * records (readable under the tenant policies) out of their portal.
 */
export async function findPortalQuoteRow(tx: Tx, bidId: string) {
  const [row] = await tx
    .select()
    .from(bids)
    .where(and(eq(bids.id, bidId), sql`${bids.id} in (select public.portal_bid_ids())`))
  if (!row) throw notFound('Quote')
  return row
}

/** A sent invoice of one of the caller's customer records, or a 404 (as findPortalQuoteRow). */
export async function findPortalInvoiceRow(tx: Tx, invoiceId: string) {
  const [row] = await tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.id, invoiceId), sql`${invoices.id} in (select public.portal_invoice_ids())`))
  if (!row) throw notFound('Invoice')
  return row
}
