import { createRoute } from '@hono/zod-openapi'
import { createTenantRouter } from '../lib/app'
import { ApiError } from '../lib/errors'
import { errorResponses, IdParams, json, jsonBody } from '../lib/openapi'
import { can, requireMembership, requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { convertLead } from './convert-lead'
import { createLead } from './create-lead'
import { deleteLead } from './delete-lead'
import { getLeadKanban } from './get-lead-kanban'
import { findLead } from './find-lead'
import { listLeads } from './list-leads'
import { moveLeadStage } from './move-lead-stage'
import { ConvertLeadInput, ConvertLeadResult, Kanban, KanbanQuery, Lead, LeadInput, LeadList, LeadListQuery, LeadPatch, LeadStageInput } from './schemas'
import { toLead } from './to-lead'
import { updateLead } from './update-lead'

const tags = ['Leads']
const security = [{ bearerAuth: [] }]

/** The sales pipeline: staff only (techs get 403, and RLS hides leads from them too). */
export const leadsRouter = createTenantRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'List leads',
      middleware: [requirePermission('leads:read')] as const,
      request: { query: LeadListQuery },
      responses: { 200: json(LeadList, 'A page of leads, newest first'), ...errorResponses },
    }),
    async (c) => c.json(await listLeads({ ...tenantScope(c), ...c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security,
      summary: 'Create a lead',
      description: 'A lead created as lost needs a `lostReason`; `assignedTo` must be an owner, admin or office member.',
      middleware: [requirePermission('leads:write')] as const,
      request: { body: jsonBody(LeadInput) },
      responses: { 201: json(Lead, 'The new lead'), ...errorResponses },
    }),
    async (c) => c.json(await createLead({ ...tenantScope(c), input: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/kanban',
      tags,
      security,
      summary: 'The pipeline board',
      description: 'One column per stage (new, contacted, qualified, bid_sent, won, lost) with its count, total estimated value and leads.',
      middleware: [requirePermission('leads:read')] as const,
      request: { query: KanbanQuery },
      responses: { 200: json(Kanban, 'The columns in pipeline order'), ...errorResponses },
    }),
    async (c) => c.json(await getLeadKanban({ ...tenantScope(c), ...c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      security,
      summary: 'Get a lead',
      middleware: [requirePermission('leads:read')] as const,
      request: { params: IdParams },
      responses: { 200: json(Lead, 'The lead'), ...errorResponses },
    }),
    async (c) => {
      const scope = tenantScope(c)
      return c.json(await toLead(scope.tx, await findLead({ ...scope, leadId: c.req.valid('param').id })), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      security,
      summary: 'Update some fields of a lead',
      middleware: [requirePermission('leads:write')] as const,
      request: { params: IdParams, body: jsonBody(LeadPatch) },
      responses: { 200: json(Lead, 'The updated lead'), ...errorResponses },
    }),
    async (c) => c.json(await updateLead({ ...tenantScope(c), leadId: c.req.valid('param').id, patch: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags,
      security,
      summary: 'Delete a lead',
      description: 'A customer converted from the lead is kept.',
      middleware: [requirePermission('leads:write')] as const,
      request: { params: IdParams },
      responses: { 204: { description: 'Deleted' }, ...errorResponses },
    }),
    async (c) => {
      await deleteLead({ ...tenantScope(c), leadId: c.req.valid('param').id })
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/stage',
      tags,
      security,
      summary: 'Move a lead to a stage',
      description:
        'Any stage may follow any other (leads skip steps, go back, or return from lost). Moving to lost needs a `lostReason`, ' +
        'which is cleared on leaving lost. A lead converted to a customer stays won: moving it elsewhere is a 409.',
      middleware: [requirePermission('leads:write')] as const,
      request: { params: IdParams, body: jsonBody(LeadStageInput) },
      responses: { 200: json(Lead, 'The lead in its new stage'), ...errorResponses },
    }),
    async (c) => c.json(await moveLeadStage({ ...tenantScope(c), leadId: c.req.valid('param').id, move: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/convert',
      tags,
      security,
      summary: 'Convert a lead to a customer (and optionally a job)',
      description:
        'Creates a customer from the lead (name, email, phone, address, notes), links it and marks the lead won; with `createJob`, ' +
        "also schedules a job for the new customer (its trade defaults to the lead's). A lead converts once: again is a 409.",
      middleware: [requirePermission('leads:write')] as const,
      request: { params: IdParams, body: { ...jsonBody(ConvertLeadInput), required: false } },
      responses: { 201: json(ConvertLeadResult, 'The won lead, the new customer and the job, if any'), ...errorResponses },
    }),
    async (c) => {
      const { role } = requireMembership(c.get('membership'))
      const input = c.req.valid('json') ?? {}
      if (!can(role, 'customers:write') || (input.createJob && !can(role, 'jobs:write'))) {
        throw new ApiError('forbidden', `Your role (${role}) does not allow creating customers or jobs. Ask an owner or admin.`)
      }
      const result = await convertLead({ ...tenantScope(c), leadId: c.req.valid('param').id, createJob: input.createJob })
      return c.json(result, 201)
    },
  )
