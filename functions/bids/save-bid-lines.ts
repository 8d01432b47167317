import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { bidLineItems } from '../../db/schema'
import type { PricedLine } from '../documents/line-items'

type Options = { tx: Tx; companyId: string; bidId: string; lines: PricedLine[] }

/** Replaces a bid's lines with priced ones (positions 1…n, totals stored per line). */
export async function saveBidLines({ tx, companyId, bidId, lines }: Options): Promise<void> {
  await tx.delete(bidLineItems).where(eq(bidLineItems.bidId, bidId))
  if (lines.length === 0) return
  await tx.insert(bidLineItems).values(
    lines.map((line) => ({
      companyId,
      bidId,
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
