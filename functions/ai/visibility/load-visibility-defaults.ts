import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import type { VisibilityDefaults } from './settings'

/** The default matrix (`ai_visibility_defaults`), as `{ role: { category: allowed } }`. */
export async function loadVisibilityDefaults(tx: Tx): Promise<VisibilityDefaults> {
  const rows = await tx.execute<{ role: string; flags: Record<string, boolean> }>(
    sql`select role, jsonb_object_agg(category, allowed) as flags from public.ai_visibility_defaults group by role`,
  )
  return Object.fromEntries(rows.map((row) => [row.role, row.flags]))
}
