import { eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { bids, invoices } from '../../db/schema'

/** Columns to set on one bid or invoice row, typed by its kind. */
export type DocumentUpdate =
  | { kind: 'bid'; id: string; set: Partial<typeof bids.$inferInsert> }
  | { kind: 'invoice'; id: string; set: Partial<typeof invoices.$inferInsert> }

/** Writes `set` to the bid or invoice row, stamping `updatedAt` (now, unless `set` gives it). */
export async function updateDocumentRow(tx: Tx, update: DocumentUpdate): Promise<void> {
  if (update.kind === 'bid') await tx.update(bids).set({ updatedAt: new Date(), ...update.set }).where(eq(bids.id, update.id))
  else await tx.update(invoices).set({ updatedAt: new Date(), ...update.set }).where(eq(invoices.id, update.id))
}
