import { createRoute } from '@hono/zod-openapi'
import { createRouter } from '../lib/app'
import { errorResponses, IdParams, json, jsonBody } from '../lib/openapi'
import { requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { createProperty } from './create-property'
import { deleteProperty } from './delete-property'
import { listProperties } from './list-properties'
import { Property, PropertyInput, PropertyList, PropertyParams, PropertyPatch } from './property-schemas'
import { updateProperty } from './update-property'

const tags = ['Customers']
const security = [{ bearerAuth: [] }]

/** /customers/{id}/properties: mounted by the customers router, inside its tenant transaction. */
export const propertyRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}/properties',
      tags,
      security,
      summary: "List a customer's properties",
      middleware: [requirePermission('customers:read')] as const,
      request: { params: IdParams },
      responses: { 200: json(PropertyList, 'The properties, oldest first'), ...errorResponses },
    }),
    async (c) => c.json(await listProperties({ ...tenantScope(c), customerId: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/properties',
      tags,
      security,
      summary: 'Add a property to a customer',
      middleware: [requirePermission('customers:write')] as const,
      request: { params: IdParams, body: jsonBody(PropertyInput) },
      responses: { 201: json(Property, 'The new property'), ...errorResponses },
    }),
    async (c) => {
      const property = await createProperty({ ...tenantScope(c), customerId: c.req.valid('param').id, input: c.req.valid('json') })
      return c.json(property, 201)
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}/properties/{propertyId}',
      tags,
      security,
      summary: "Update some fields of a customer's property",
      middleware: [requirePermission('customers:write')] as const,
      request: { params: PropertyParams, body: jsonBody(PropertyPatch) },
      responses: { 200: json(Property, 'The updated property'), ...errorResponses },
    }),
    async (c) => {
      const { id, propertyId } = c.req.valid('param')
      return c.json(await updateProperty({ ...tenantScope(c), customerId: id, propertyId, patch: c.req.valid('json') }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}/properties/{propertyId}',
      tags,
      security,
      summary: "Delete a customer's property",
      description: 'Equipment and jobs at the property are kept; they lose the link.',
      middleware: [requirePermission('customers:write')] as const,
      request: { params: PropertyParams },
      responses: { 204: { description: 'Deleted' }, ...errorResponses },
    }),
    async (c) => {
      const { id, propertyId } = c.req.valid('param')
      await deleteProperty({ ...tenantScope(c), customerId: id, propertyId })
      return c.body(null, 204)
    },
  )
