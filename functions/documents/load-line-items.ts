import { asc } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { lineItemsOf, type DocumentRef } from './document-ref'
import { toLineItem, type LineItem } from './line-items'

/** A bid's or invoice's stored lines in order, as the API shows them. */
export async function loadLineItems(tx: Tx, document: DocumentRef): Promise<LineItem[]> {
  const lines = lineItemsOf(document)
  const rows = await tx.select().from(lines.table).where(lines.belongs).orderBy(asc(lines.position))
  return rows.map(toLineItem)
}
