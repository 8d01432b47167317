import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { equipment, jobs, properties } from '../../db/schema'
import { todayUtc, wholeYearsBetween } from '../customers/to-equipment'
import { notFound } from '../lib/errors'
import { equipmentInsights } from './equipment-insight'
import { requirePortalCustomer } from './require-portal-customer'
import { PortalEquipment, PortalEquipmentDetail } from './schemas'

/** Equipment rows matching `where`, with their property's state and postal code (for regional patterns). */
async function loadUnits(tx: Tx, where: SQL | undefined) {
  return tx
    .select({
      id: equipment.id,
      propertyId: equipment.propertyId,
      kind: equipment.kind,
      make: equipment.make,
      model: equipment.model,
      serialNumber: equipment.serialNumber,
      installDate: equipment.installDate,
      warrantyExpiresOn: equipment.warrantyExpiresOn,
      state: properties.state,
      postalCode: properties.postalCode,
    })
    .from(equipment)
    .leftJoin(properties, eq(properties.id, equipment.propertyId))
    .where(where)
    .orderBy(asc(equipment.kind), asc(equipment.createdAt), asc(equipment.id))
}

/** Units as the homeowner sees them: age and warranty as of today, and a lifespan insight where a pattern qualifies. */
async function toPortalUnits(tx: Tx, rows: Awaited<ReturnType<typeof loadUnits>>, today = todayUtc()): Promise<PortalEquipment[]> {
  const ages = rows.map((row) => (row.installDate ? Math.max(0, wholeYearsBetween(row.installDate, today)) : null))
  const insights = await equipmentInsights(
    tx,
    rows.map((row, i) => ({ kind: row.kind, make: row.make, model: row.model, ageYears: ages[i]!, state: row.state, postalCode: row.postalCode })),
  )
  return rows.map((row, i) =>
    PortalEquipment.parse({
      ...row,
      ageYears: ages[i],
      // ISO dates compare correctly as strings.
      warranty: row.warrantyExpiresOn === null ? 'unknown' : row.warrantyExpiresOn >= today ? 'active' : 'expired',
      insight: insights[i],
    }),
  )
}

/** The equipment at a homeowner's homes with one contractor (404 for a customer that is not theirs). */
export async function listPortalEquipment({ tx, userId, customerId }: { tx: Tx; userId: string; customerId: string }): Promise<PortalEquipment[]> {
  const customer = await requirePortalCustomer({ tx, userId, customerId })
  return toPortalUnits(tx, await loadUnits(tx, eq(equipment.customerId, customer.id)))
}

/** One unit of the homeowner's with its completed service jobs, newest first; 404 for anyone else's. */
export async function getPortalEquipment({ tx, equipmentId }: { tx: Tx; equipmentId: string }): Promise<PortalEquipmentDetail> {
  const [row] = await loadUnits(tx, and(eq(equipment.id, equipmentId), sql`${equipment.customerId} in (select public.portal_customer_ids())`))
  if (!row) throw notFound('Equipment')
  const [[unit], history] = await Promise.all([
    toPortalUnits(tx, [row]),
    tx
      .select({ jobId: jobs.id, title: jobs.title, completedAt: jobs.completedAt, failureMode: jobs.failureMode })
      .from(jobs)
      .where(and(eq(jobs.equipmentId, row.id), eq(jobs.status, 'completed'), sql`${jobs.customerId} in (select public.portal_customer_ids())`))
      .orderBy(desc(jobs.completedAt), desc(jobs.id)),
  ])
  return PortalEquipmentDetail.parse({
    ...unit,
    serviceHistory: history.map((job) => ({ ...job, completedAt: job.completedAt?.toISOString() ?? null })),
  })
}
