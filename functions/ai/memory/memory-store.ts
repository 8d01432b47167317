import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'
import { emptyProfile, readProfile, type MemoryProfile } from './profile'

/** A drizzle database or transaction: the store runs as the user (RLS) or as the worker. */
export type Executor = Pick<Tx, 'execute'>

export type StoredMemory = { profile: MemoryProfile; version: number | null }

/**
 * One person's memory in one persona, and its version for the optimistic write (null when
 * there is none yet). A stored profile that no longer matches the schema reads as empty, so a
 * bad row is replaced instead of propagated.
 */
export async function loadMemory({ db, userId, persona, lock = false }: { db: Executor; userId: string; persona: string; lock?: boolean }): Promise<StoredMemory> {
  const [row] = await db.execute<{ memory_profile: unknown; version: number }>(sql`
    select memory_profile, version from public.ai_user_memory
    where user_id = ${userId}::uuid and persona = ${persona} ${lock ? sql`for update` : sql``}`)
  if (!row) return { profile: emptyProfile(), version: null }
  return { profile: readProfile(row.memory_profile) ?? emptyProfile(), version: row.version }
}

/**
 * Writes the profile with version + 1 (and `interactionAt` as the last interaction, when the
 * write comes from one), only if the row is still at `expectedVersion` (null:
 * only if there is no row yet). Returns false when someone else wrote first; the caller
 * re-reads and merges again.
 */
export async function saveMemory({ db, userId, companyId, persona, profile, expectedVersion, interactionAt }: { db: Executor; userId: string; companyId: string | null; persona: string; profile: MemoryProfile; expectedVersion: number | null; interactionAt?: Date }): Promise<boolean> {
  const json = JSON.stringify(profile)
  const at = interactionAt?.toISOString() ?? null
  const interactions = profile.meta.total_interactions
  const rows =
    expectedVersion === null
      ? await db.execute(sql`
          insert into public.ai_user_memory (user_id, company_id, persona, memory_profile, version, last_interaction_at, interaction_count)
          values (${userId}::uuid, ${companyId}::uuid, ${persona}, ${json}::jsonb, 1, ${at}::timestamptz, ${interactions})
          on conflict (user_id, persona) do nothing
          returning version`)
      : await db.execute(sql`
          update public.ai_user_memory
          set memory_profile = ${json}::jsonb, version = version + 1, company_id = coalesce(${companyId}::uuid, company_id),
              last_interaction_at = coalesce(${at}::timestamptz, last_interaction_at), interaction_count = ${interactions}, updated_at = now()
          where user_id = ${userId}::uuid and persona = ${persona} and version = ${expectedVersion}
          returning version`)
  return rows.length > 0
}

/**
 * Reads, changes and writes one memory with the optimistic version check, retrying once
 * when another writer got there first. `change` returns null when there is nothing to write.
 * Resolves to the version written, or null when nothing was (no change, or two conflicts).
 */
export async function updateMemory(options: { db: Executor; userId: string; companyId: string | null; persona: string; interactionAt?: Date; change: (current: MemoryProfile) => MemoryProfile | null }): Promise<number | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const current = await loadMemory(options)
    const next = options.change(current.profile)
    if (!next) return null
    if (await saveMemory({ ...options, profile: next, expectedVersion: current.version })) return (current.version ?? 0) + 1
  }
  return null
}
