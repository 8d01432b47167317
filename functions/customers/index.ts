import { createRoute } from '@hono/zod-openapi'
import { createTenantRouter } from '../lib/app'
import { ErrorSchema, errorResponses, IdParams, json, jsonBody } from '../lib/openapi'
import { requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { createCustomer } from './create-customer'
import { deleteCustomer } from './delete-customer'
import { equipmentRoutes } from './equipment-routes'
import { getCustomer } from './get-customer'
import { historyRoutes } from './history-routes'
import { importRoutes } from './import-routes'
import { listCustomers } from './list-customers'
import { portalInviteRoutes } from './portal-invite-routes'
import { propertyRoutes } from './property-routes'
import { Customer, CustomerInput, CustomerList, CustomerListQuery, CustomerPatch } from './schemas'
import { updateCustomer } from './update-customer'

const tags = ['Customers']
const security = [{ bearerAuth: [] }]

/**
 * /customers and everything beneath a customer. The static paths (import, export) are
 * mounted before `/{id}`, which would otherwise claim them.
 */
export const customersRouter = createTenantRouter()
  .route('/', importRoutes)
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'List customers',
      middleware: [requirePermission('customers:read')] as const,
      request: { query: CustomerListQuery },
      responses: { 200: json(CustomerList, 'A page of customers, by name'), ...errorResponses },
    }),
    async (c) => {
      return c.json(await listCustomers({ ...tenantScope(c), ...c.req.valid('query') }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security,
      summary: 'Create a customer',
      middleware: [requirePermission('customers:write')] as const,
      request: { body: jsonBody(CustomerInput) },
      responses: { 201: json(Customer, 'The new customer'), ...errorResponses },
    }),
    async (c) => {
      return c.json(await createCustomer({ ...tenantScope(c), input: c.req.valid('json') }), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      security,
      summary: 'Get a customer',
      middleware: [requirePermission('customers:read')] as const,
      request: { params: IdParams },
      responses: { 200: json(Customer, 'The customer'), ...errorResponses },
    }),
    async (c) => {
      return c.json(await getCustomer({ ...tenantScope(c), customerId: c.req.valid('param').id }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      security,
      summary: 'Update some fields of a customer',
      middleware: [requirePermission('customers:write')] as const,
      request: { params: IdParams, body: jsonBody(CustomerPatch) },
      responses: { 200: json(Customer, 'The updated customer'), ...errorResponses },
    }),
    async (c) => {
      const customer = await updateCustomer({ ...tenantScope(c), customerId: c.req.valid('param').id, patch: c.req.valid('json') })
      return c.json(customer, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags,
      security,
      summary: 'Delete a customer',
      description: 'Refused with 409 while the customer has jobs, bids or invoices.',
      middleware: [requirePermission('customers:delete')] as const,
      request: { params: IdParams },
      responses: { 204: { description: 'Deleted' }, 409: json(ErrorSchema, 'Still referenced by jobs, bids or invoices'), ...errorResponses },
    }),
    async (c) => {
      await deleteCustomer({ ...tenantScope(c), customerId: c.req.valid('param').id })
      return c.body(null, 204)
    },
  )
  .route('/', propertyRoutes)
  .route('/', equipmentRoutes)
  .route('/', historyRoutes)
  .route('/', portalInviteRoutes)
