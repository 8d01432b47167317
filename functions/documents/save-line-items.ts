import type { Tx } from '../../db/client'
import { bidLineItems, invoiceLineItems } from '../../db/schema'
import { lineItemsOf, type DocumentRef } from './document-ref'
import type { PricedLine } from './line-items'

type Options = { tx: Tx; companyId: string; document: DocumentRef; lines: PricedLine[] }

/** Replaces a bid's or invoice's lines with priced ones (positions 1…n, totals stored per line). */
export async function saveLineItems({ tx, companyId, document, lines }: Options): Promise<void> {
  const stored = lineItemsOf(document)
  await tx.delete(stored.table).where(stored.belongs)
  if (lines.length === 0) return
  const rows = lines.map((line) => ({
    companyId,
    position: line.position,
    description: line.description,
    quantity: line.quantity,
    unit: line.unit ?? null,
    unitPriceCents: line.unitPriceCents,
    type: line.type,
    totalCents: line.totalCents,
  }))
  if (document.kind === 'bid') await tx.insert(bidLineItems).values(rows.map((row) => ({ ...row, bidId: document.id })))
  else await tx.insert(invoiceLineItems).values(rows.map((row) => ({ ...row, invoiceId: document.id })))
}
