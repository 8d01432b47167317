import { sql } from 'drizzle-orm'
import type { Tx } from '../../db/client'

export type CrewTime = { seconds: number; openEntries: number }

/**
 * Clocked time per job for the whole crew (open entries up to now), through
 * `public.job_crew_time`: a tech's RLS shows only their own entries, but their job's actual
 * hours are the crew's. Jobs the caller cannot see come back absent.
 */
export async function crewTimeByJob(tx: Tx, jobIds: string[]): Promise<Map<string, CrewTime>> {
  if (jobIds.length === 0) return new Map()
  const rows = await tx.execute<{ job_id: string; seconds: number; open_entries: number }>(
    sql`select job_id, seconds, open_entries from public.job_crew_time(array[${sql.join(
      jobIds.map((id) => sql`${id}`),
      sql`, `,
    )}]::uuid[])`,
  )
  return new Map(rows.map((r) => [r.job_id, { seconds: Number(r.seconds), openEntries: Number(r.open_entries) }]))
}
