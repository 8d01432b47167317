import { createRoute } from '@hono/zod-openapi'
import { createRouter } from '../lib/app'
import { errorResponses, IdParams, json, jsonBody } from '../lib/openapi'
import { requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { createEquipment } from './create-equipment'
import { deleteEquipment } from './delete-equipment'
import { Equipment, EquipmentInput, EquipmentList, EquipmentParams, EquipmentPatch } from './equipment-schemas'
import { listEquipment } from './list-equipment'
import { updateEquipment } from './update-equipment'

const tags = ['Customers']
const security = [{ bearerAuth: [] }]

/** /customers/{id}/equipment: mounted by the customers router, inside its tenant transaction. */
export const equipmentRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/equipment',
      tags,
      security,
      summary: "List a customer's equipment",
      description: 'Each item carries its age in whole years and whether its warranty is still active.',
      middleware: [requirePermission('customers:read')] as const,
      request: { params: IdParams },
      responses: { 200: json(EquipmentList, 'The equipment, by kind'), ...errorResponses },
    }),
    async (c) => c.json(await listEquipment({ ...tenantScope(c), customerId: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/equipment',
      tags,
      security,
      summary: 'Record equipment at a customer',
      description: 'A `propertyId` must be a property of the same customer; the install date cannot be in the future or after the warranty expiry.',
      middleware: [requirePermission('customers:write')] as const,
      request: { params: IdParams, body: jsonBody(EquipmentInput) },
      responses: { 201: json(Equipment, 'The new equipment'), ...errorResponses },
    }),
    async (c) => {
      const item = await createEquipment({ ...tenantScope(c), customerId: c.req.valid('param').id, input: c.req.valid('json') })
      return c.json(item, 201)
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}/equipment/{equipmentId}',
      tags,
      security,
      summary: "Update some fields of a customer's equipment",
      middleware: [requirePermission('customers:write')] as const,
      request: { params: EquipmentParams, body: jsonBody(EquipmentPatch) },
      responses: { 200: json(Equipment, 'The updated equipment'), ...errorResponses },
    }),
    async (c) => {
      const { id, equipmentId } = c.req.valid('param')
      return c.json(await updateEquipment({ ...tenantScope(c), customerId: id, equipmentId, patch: c.req.valid('json') }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}/equipment/{equipmentId}',
      tags,
      security,
      summary: "Delete a customer's equipment",
      middleware: [requirePermission('customers:write')] as const,
      request: { params: EquipmentParams },
      responses: { 204: { description: 'Deleted' }, ...errorResponses },
    }),
    async (c) => {
      const { id, equipmentId } = c.req.valid('param')
      await deleteEquipment({ ...tenantScope(c), customerId: id, equipmentId })
      return c.body(null, 204)
    },
  )
