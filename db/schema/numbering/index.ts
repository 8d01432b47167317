import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core'
import { companyId } from '../_tenant'

/**
 * The last number handed out per company and kind (`bid` → BID-0001). One row per pair,
 * bumped with an upsert so concurrent requests never get the same number.
 */
export const documentCounters = pgTable(
  'document_counters',
  {
    companyId: companyId(),
    kind: text('kind').notNull(),
    lastValue: integer('last_value').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.kind] })],
)
