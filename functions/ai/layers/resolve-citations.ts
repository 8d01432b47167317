import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { textArray } from '../../lib/sql-values'
import type { Source } from '../types'

/**
 * Code sections named in a text ("NEC 210.12(A)", "IRC R314", "29 CFR 1926.501") resolved
 * against `code_references`: a subsection resolves to its indexed section, a section
 * ("IRC R314") to the indexed subsections under it. Unknown sections are left out; Z never
 * invents a link.
 */
export async function resolveCitations(tx: Tx, refs: string[]): Promise<Source[]> {
  if (!refs.length) return []
  const rows = await tx.execute<{ label: string; title: string | null; url: string }>(sql`
    select distinct on (r.deep_link_url, label) r.code_body || ' ' || r.section as label, r.title, r.deep_link_url as url
    from public.code_references r, unnest(${textArray(refs)}::text[]) ref
    where ref = r.code_body || ' ' || r.section
       or ref like r.code_body || ' ' || r.section || '(%'
       or ref like r.code_body || ' ' || r.section || '.%'
       or r.code_body || ' ' || r.section like ref || '.%'
       or r.code_body || ' ' || r.section like ref || '(%'
    order by r.deep_link_url, label
    limit 12`)
  return rows.map((row) => ({ kind: 'code', title: row.title ? `${row.label} — ${row.title}` : row.label, url: row.url }))
}
