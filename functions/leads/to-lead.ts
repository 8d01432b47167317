import { inArray } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { equipment, properties, type leads } from '../../db/schema'
import { propertyAddress } from '../jobs/job-references'
import { Lead } from './schemas'

type LeadRow = typeof leads.$inferSelect

const idsOf = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))]

/**
 * The API's view of lead rows, with the equipment and property a client portal request names
 * (one query each, only when some lead names one); parsed so nothing unlisted ever leaves.
 */
export async function toLeads(tx: Tx, rows: LeadRow[]): Promise<Lead[]> {
  const equipmentIds = idsOf(rows.map((row) => row.equipmentId))
  const propertyIds = idsOf(rows.map((row) => row.propertyId))
  const [units, places] = await Promise.all([
    equipmentIds.length > 0
      ? tx.select({ id: equipment.id, kind: equipment.kind, make: equipment.make, model: equipment.model }).from(equipment).where(inArray(equipment.id, equipmentIds))
      : [],
    propertyIds.length > 0 ? tx.select().from(properties).where(inArray(properties.id, propertyIds)) : [],
  ])
  const unitById = new Map(units.map((unit) => [unit.id, unit]))
  const propertyById = new Map(places.map((place) => [place.id, { id: place.id, address: propertyAddress(place) }]))
  return rows.map((row) =>
    Lead.parse({
      ...row,
      equipment: (row.equipmentId && unitById.get(row.equipmentId)) ?? null,
      property: (row.propertyId && propertyById.get(row.propertyId)) ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }),
  )
}

/** One lead in the API's view (see toLeads). */
export const toLead = async (tx: Tx, row: LeadRow): Promise<Lead> => (await toLeads(tx, [row]))[0]!
