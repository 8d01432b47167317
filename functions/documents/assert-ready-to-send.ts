import { count } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { ApiError } from '../lib/errors'
import { lineItemsOf, type DocumentKind } from './document-ref'

type Options = {
  tx: Tx
  kind: DocumentKind
  row: { id: string; number: string; createdByAi: boolean; reviewedBy: string | null }
}

/**
 * What every bid and invoice needs before it goes to the customer, whatever its state: a person
 * has reviewed it if Z drafted it (409 otherwise), and it has at least one line (422).
 */
export async function assertReadyToSend({ tx, kind, row }: Options): Promise<void> {
  if (row.createdByAi && !row.reviewedBy) {
    throw new ApiError('conflict', `${row.number} was drafted by Z: review it (POST /${kind}s/${row.id}/review) before it goes to the customer.`)
  }
  const lines = lineItemsOf({ kind, id: row.id })
  const [stored] = await tx.select({ n: count() }).from(lines.table).where(lines.belongs)
  if (!stored?.n) throw new ApiError('validation_failed', `${row.number} has no lines. Add at least one before sending it.`)
}
