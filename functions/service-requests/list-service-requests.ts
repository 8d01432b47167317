import { and, desc, eq, isNotNull } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { equipment, leads } from '../../db/schema'
import { requirePortalCustomer } from '../portal/require-portal-customer'
import type { ServiceRequest } from './schemas'
import { toServiceRequest } from './to-service-request'

type Options = {
  tx: Tx
  /** The signed-in homeowner. */
  userId: string
  customerId: string
}

/** The requests this homeowner made to one contractor, newest first, with where each stands. */
export async function listServiceRequests({ tx, userId, customerId }: Options): Promise<ServiceRequest[]> {
  const customer = await requirePortalCustomer({ tx, userId, customerId })
  const rows = await tx
    .select({
      id: leads.id,
      requestType: leads.requestType,
      stage: leads.stage,
      requestDescription: leads.requestDescription,
      createdAt: leads.createdAt,
      equipmentId: equipment.id,
      equipmentKind: equipment.kind,
    })
    .from(leads)
    .leftJoin(equipment, eq(equipment.id, leads.equipmentId))
    .where(and(eq(leads.customerId, customer.id), eq(leads.requestedBy, userId), isNotNull(leads.requestType)))
    .orderBy(desc(leads.createdAt), desc(leads.id))
  return rows.map((row) => toServiceRequest(row, row.equipmentId && row.equipmentKind ? { id: row.equipmentId, kind: row.equipmentKind } : null))
}
