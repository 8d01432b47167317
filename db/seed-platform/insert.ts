import type postgres from 'postgres'
import { tableOrder, type PlatformRows } from './rows'

/** Rows per statement: one JSON parameter of a few megabytes. */
export const BATCH_ROWS = 5_000

/**
 * Inserts a batch of generated rows, table by table in foreign-key order, each slice of up to
 * BATCH_ROWS rows as one statement with one JSON parameter that Postgres expands into rows
 * itself (no per-row round trips, no bind-parameter limits). Column defaults do not apply.
 */
export async function insertRows(tx: postgres.TransactionSql, rows: PlatformRows): Promise<void> {
  for (const table of tableOrder) {
    const list: readonly object[] = rows[table]
    for (let i = 0; i < list.length; i += BATCH_ROWS) {
      await tx.unsafe(`insert into public.${table} select * from json_populate_recordset(null::public.${table}, $1::json)`, [
        JSON.stringify(list.slice(i, i + BATCH_ROWS)),
      ])
    }
  }
}
