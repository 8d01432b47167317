import { and, eq } from 'drizzle-orm'
import type { Tx } from '../../db/client'
import { equipment, leads, properties } from '../../db/schema'
import { recordAudit } from '../audit/record-audit'
import { propertyAddress } from '../jobs/job-references'
import { ApiError, type ErrorDetail } from '../lib/errors'
import { requirePortalCustomer } from '../portal/require-portal-customer'
import type { ServiceRequest, ServiceRequestInput } from './schemas'
import { toServiceRequest } from './to-service-request'

type Options = {
  tx: Tx
  /** The signed-in homeowner asking. */
  userId: string
  /** Their customer record with the contractor the request goes to. */
  customerId: string
  input: ServiceRequestInput
  requestId?: string
}

/**
 * A homeowner's service request, landed in the contractor's CRM as a new lead from the client
 * portal: named and reachable as the customer, at the property's address when one is given (or
 * the equipment's), with the description as its notes (the homeowner reads back only their own words, never the contractor's notes). Equipment and property must be that same
 * customer's (422 otherwise). Routes and Z's confirmed chat action both call this.
 */
export async function createServiceRequest({ tx, userId, customerId, input, requestId }: Options): Promise<ServiceRequest> {
  const customer = await requirePortalCustomer({ tx, userId, customerId })
  const details: ErrorDetail[] = []
  const [unit] = input.equipmentId
    ? await tx
        .select({ id: equipment.id, kind: equipment.kind, propertyId: equipment.propertyId })
        .from(equipment)
        .where(and(eq(equipment.id, input.equipmentId), eq(equipment.customerId, customer.id)))
    : []
  if (input.equipmentId && !unit) details.push({ path: 'equipmentId', message: 'This equipment is not on your record with this contractor. Pick one from your equipment list.' })
  const propertyId = input.propertyId ?? unit?.propertyId
  const [property] = propertyId
    ? await tx
        .select()
        .from(properties)
        .where(and(eq(properties.id, propertyId), eq(properties.customerId, customer.id)))
    : []
  if (input.propertyId && !property) details.push({ path: 'propertyId', message: 'This property is not on your record with this contractor. Pick one of your properties.' })
  if (details.length > 0) throw new ApiError('validation_failed', 'Some fields are missing or not valid; see details.', { details })

  const [row] = await tx
    .insert(leads)
    .values({
      companyId: customer.companyId,
      customerId: customer.id,
      name: customer.name,
      email: customer.email,
      phone: customer.phone,
      address: property ? propertyAddress(property) : customer.address,
      source: 'client_portal',
      stage: 'new',
      requestType: input.type,
      // The CRM's notes start with the request; the homeowner's words are kept apart, unedited.
      notes: input.description,
      requestDescription: input.description,
      equipmentId: unit?.id ?? null,
      propertyId: property?.id ?? null,
      requestedBy: userId,
    })
    .returning()
  if (!row) throw new Error('insert returned no row')
  await recordAudit({
    tx,
    companyId: customer.companyId,
    actorUserId: userId,
    action: 'service_request.create',
    entityType: 'lead',
    entityId: row.id,
    changes: { via: 'client_portal', customerId: customer.id, type: input.type, equipmentId: row.equipmentId, propertyId: row.propertyId },
    requestId,
  })
  return toServiceRequest(row, unit ? { id: unit.id, kind: unit.kind } : null)
}
