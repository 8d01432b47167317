import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Sql } from '../../db/client'
import { textArray } from '../../functions/lib/sql-values'
import { CodeIndexEntry, storedCodeBody } from './code-index'

/**
 * Upserts every code index entry into `code_references` (unique by body, edition, section)
 * in one transaction, and removes sections no longer in the index. Throws naming the file
 * and entry when one is invalid, changing nothing.
 */
export async function loadCodeIndex(sql: Sql, root: string, files: string[]): Promise<{ sections: number; removed: number }> {
  const rows: Record<string, string>[] = []
  for (const file of files) {
    const entries = JSON.parse(await readFile(join(root, file), 'utf8')) as unknown[]
    for (const raw of entries) {
      const parsed = CodeIndexEntry.safeParse(raw)
      if (!parsed.success) throw new Error(`${file}: ${JSON.stringify(raw).slice(0, 100)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
      const entry = parsed.data
      rows.push({
        code_body: storedCodeBody(entry),
        edition: entry.edition,
        section: entry.section,
        title: entry.title,
        topic_tags: textArray(entry.topic_tags),
        deep_link_url: entry.deep_link_url,
        trade: entry.trade,
        adopted_states: textArray(entry.adopted_states),
        state_amendment_notes: JSON.stringify(entry.state_amendment_notes),
      })
    }
  }
  return sql.begin(async (tx) => {
    for (const row of rows) {
      await tx`
        insert into public.code_references ${tx(row as never)}
        on conflict (code_body, edition, section) do update set
          title = excluded.title, topic_tags = excluded.topic_tags, deep_link_url = excluded.deep_link_url,
          -- A new link has not been checked yet.
          link_status = case when code_references.deep_link_url is distinct from excluded.deep_link_url then 'unchecked' else code_references.link_status end,
          link_checked_at = case when code_references.deep_link_url is distinct from excluded.deep_link_url then null else code_references.link_checked_at end,
          link_detail = case when code_references.deep_link_url is distinct from excluded.deep_link_url then null else code_references.link_detail end,
          trade = excluded.trade, adopted_states = excluded.adopted_states,
          state_amendment_notes = excluded.state_amendment_notes, updated_at = now()
        where (code_references.title, code_references.topic_tags, code_references.deep_link_url, code_references.trade,
               code_references.adopted_states, code_references.state_amendment_notes)
          is distinct from (excluded.title, excluded.topic_tags, excluded.deep_link_url, excluded.trade,
               excluded.adopted_states, excluded.state_amendment_notes)`
    }
    const keys = rows.map((row) => `${row.code_body}|${row.edition}|${row.section}`)
    const deleted = await tx`
      delete from public.code_references
      where not (code_body || '|' || edition || '|' || section = any (${textArray(keys)}::text[]))
      returning id`
    return { sections: rows.length, removed: deleted.length }
  })
}
