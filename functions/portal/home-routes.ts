import { z } from '@hono/zod-openapi'
import { createRouter } from '../lib/app'
import { errorResponses, json } from '../lib/openapi'
import { getPortalHome } from './get-portal-home'
import { listPortalJobs } from './list-portal-jobs'
import { listPortalProperties } from './list-portal-properties'
import { getPortalEquipment, listPortalEquipment } from './load-portal-equipment'
import { portalRoute, portalScope } from './portal-route'
import { CustomerParams, PortalEquipment, PortalEquipmentDetail, PortalHome, PortalIdParams, PortalJob, PortalProperty } from './schemas'

/** A homeowner's home with one contractor: the overview, the houses, the equipment and the work done. */
export const homeRoutes = createRouter()
  .openapi(
    portalRoute({
      method: 'get',
      path: '/customers/{customerId}/home',
      summary: 'Your home page with one contractor',
      description: 'Upcoming visits, quotes waiting for your answer, balance due (and overdue), unread messages and open requests.',
      request: { params: CustomerParams },
      responses: { 200: json(PortalHome, 'The overview'), ...errorResponses },
    }),
    async (c) => c.json(await getPortalHome({ ...portalScope(c), customerId: c.req.valid('param').customerId }), 200),
  )
  .openapi(
    portalRoute({
      method: 'get',
      path: '/customers/{customerId}/properties',
      summary: 'Your properties',
      request: { params: CustomerParams },
      responses: { 200: json(z.array(PortalProperty), 'The properties on file'), ...errorResponses },
    }),
    async (c) => c.json(await listPortalProperties({ ...portalScope(c), customerId: c.req.valid('param').customerId }), 200),
  )
  .openapi(
    portalRoute({
      method: 'get',
      path: '/customers/{customerId}/equipment',
      summary: 'Your equipment, with age, warranty and lifespan',
      description: 'The lifespan insight comes from anonymous ZAFTO patterns for units like yours, or an industry average; null when neither exists.',
      request: { params: CustomerParams },
      responses: { 200: json(z.array(PortalEquipment), 'The equipment'), ...errorResponses },
    }),
    async (c) => c.json(await listPortalEquipment({ ...portalScope(c), customerId: c.req.valid('param').customerId }), 200),
  )
  .openapi(
    portalRoute({
      method: 'get',
      path: '/equipment/{id}',
      summary: 'One unit with its service history',
      request: { params: PortalIdParams },
      responses: { 200: json(PortalEquipmentDetail, 'The unit'), ...errorResponses },
    }),
    async (c) => c.json(await getPortalEquipment({ tx: c.get('tx'), equipmentId: c.req.valid('param').id }), 200),
  )
  .openapi(
    portalRoute({
      method: 'get',
      path: '/customers/{customerId}/jobs',
      summary: 'Your jobs and visits',
      description: 'With the notes the contractor shared; never hours, costs, materials or internal notes.',
      request: { params: CustomerParams },
      responses: { 200: json(z.array(PortalJob), 'The jobs, latest first'), ...errorResponses },
    }),
    async (c) => c.json(await listPortalJobs({ ...portalScope(c), customerId: c.req.valid('param').customerId }), 200),
  )
