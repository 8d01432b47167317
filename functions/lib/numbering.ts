import { sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'

const prefixes = { bid: 'BID', invoice: 'INV' } as const
export type NumberedKind = keyof typeof prefixes

/**
 * The company's next document number (`BID-0001`, `INV-0042`). The counter row is bumped
 * with an upsert inside the caller's transaction: concurrent requests queue on the row and
 * a rolled-back request gives its number back.
 */
export async function nextDocumentNumber(tx: Tx, companyId: string, kind: NumberedKind): Promise<string> {
  const [row] = await tx.execute<{ last_value: number }>(sql`
    insert into public.document_counters (company_id, kind, last_value) values (${companyId}, ${kind}, 1)
    on conflict (company_id, kind) do update set last_value = public.document_counters.last_value + 1
    returning last_value`)
  if (!row) throw new Error('document counter returned no row')
  return `${prefixes[kind]}-${String(row.last_value).padStart(4, '0')}`
}
