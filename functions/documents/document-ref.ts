import { eq } from 'drizzle-orm'
import { bidLineItems, invoiceLineItems } from '../../db/schema'

/** The two money documents a customer receives. */
export type DocumentKind = 'bid' | 'invoice'

/** One bid or invoice, by id. */
export type DocumentRef = { kind: DocumentKind; id: string }

/**
 * Where a document's lines are stored: its kind's line table, the condition that selects this
 * document's lines, and the column they are ordered by. The one place that maps a kind to its
 * line table.
 */
export const lineItemsOf = (document: DocumentRef) =>
  document.kind === 'bid'
    ? { table: bidLineItems, belongs: eq(bidLineItems.bidId, document.id), position: bidLineItems.position }
    : { table: invoiceLineItems, belongs: eq(invoiceLineItems.invoiceId, document.id), position: invoiceLineItems.position }
