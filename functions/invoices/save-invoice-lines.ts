import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { invoiceLineItems } from '../../db/schema'
import type { PricedLine } from '../documents/line-items'

type Options = { tx: Tx; companyId: string; invoiceId: string; lines: PricedLine[] }

/** Replaces an invoice's lines with priced ones (positions 1…n, totals stored per line). */
export async function saveInvoiceLines({ tx, companyId, invoiceId, lines }: Options): Promise<void> {
  await tx.delete(invoiceLineItems).where(eq(invoiceLineItems.invoiceId, invoiceId))
  if (lines.length === 0) return
  await tx.insert(invoiceLineItems).values(
    lines.map((line) => ({
      companyId,
      invoiceId,
      position: line.position,
      description: line.description,
      quantity: line.quantity,
      unit: line.unit ?? null,
      unitPriceCents: line.unitPriceCents,
      type: line.type,
      totalCents: line.totalCents,
    })),
  )
}
