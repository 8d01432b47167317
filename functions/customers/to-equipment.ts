import type { equipment } from '../../db/schema'
import { Equipment } from './equipment-schemas'

/** Today's date in UTC as `YYYY-MM-DD`. */
export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10)

/** Whole years from one `YYYY-MM-DD` date to another (birthday arithmetic, no floats). */
export function wholeYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number]
  const beforeAnniversary = tm < fm || (tm === fm && td < fd)
  return ty - fy - (beforeAnniversary ? 1 : 0)
}

/** The API's view of an equipment row, with its age and warranty state as of `today`. */
export const toEquipment = (row: typeof equipment.$inferSelect, today = todayUtc()): Equipment =>
  Equipment.parse({
    ...row,
    ageYears: row.installDate ? Math.max(0, wholeYearsBetween(row.installDate, today)) : null,
    // ISO dates compare correctly as strings.
    warrantyActive: row.warrantyExpiresOn ? row.warrantyExpiresOn >= today : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  })
