import { createRouter } from '../lib/app'
import { errorResponses, json, jsonBody } from '../lib/openapi'
import { portalRoute, portalScope } from '../portal/portal-route'
import { CustomerParams } from '../portal/schemas'
import { createServiceRequest } from './create-service-request'
import { listServiceRequests } from './list-service-requests'
import { ServiceRequest, ServiceRequestInput, ServiceRequestList } from './schemas'

/** /portal/customers/{customerId}/requests: mounted by the portal messages router. */
export const serviceRequestRoutes = createRouter()
  .openapi(
    portalRoute({
      method: 'post',
      path: '/customers/{customerId}/requests',
      summary: 'Ask the contractor for something',
      description:
        "Something's wrong, schedule service, or a question about equipment. It reaches the contractor's CRM as a new lead from the client portal. " +
        'Equipment and property must be on this customer record (422 otherwise).',
      request: { params: CustomerParams, body: jsonBody(ServiceRequestInput) },
      responses: { 201: json(ServiceRequest, 'The request, received'), ...errorResponses },
    }),
    async (c) => c.json(await createServiceRequest({ ...portalScope(c), customerId: c.req.valid('param').customerId, input: c.req.valid('json') }), 201),
  )
  .openapi(
    portalRoute({
      method: 'get',
      path: '/customers/{customerId}/requests',
      summary: 'Your requests to this contractor',
      request: { params: CustomerParams },
      responses: { 200: json(ServiceRequestList, 'Newest first, each with where it stands'), ...errorResponses },
    }),
    async (c) => c.json(await listServiceRequests({ ...portalScope(c), customerId: c.req.valid('param').customerId }), 200),
  )
