import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { FileInfo } from '../files/schemas'
import { uploadedFile } from '../files/store-file'
import { createTenantRouter } from '../lib/app'
import type { AppEnv } from '../lib/context'
import { csvResponse } from '../lib/csv'
import { errorResponses, ErrorSchema, fileResponse, IdParams, json, jsonBody } from '../lib/openapi'
import { can, requireMembership, requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { addJobMaterial } from './add-job-material'
import { addJobNote } from './add-job-note'
import { attachJobFile } from './attach-job-file'
import { changeJobStatus } from './change-job-status'
import { createJob } from './create-job'
import { deleteJob } from './delete-job'
import { deleteJobMaterial } from './delete-job-material'
import { exportJobs } from './export-jobs'
import { getJob } from './get-job'
import { listCalendarJobs } from './list-calendar-jobs'
import { listJobs } from './list-jobs'
import {
  AssigneesInput,
  Calendar,
  CalendarQuery,
  FileUpload,
  Job,
  JobFilterQuery,
  JobInput,
  JobList,
  JobListQuery,
  JobMaterial,
  JobNote,
  JobPatch,
  JobStatusInput,
  MaterialInput,
  MaterialParams,
  MaterialPatch,
  NoteInput,
} from './schemas'
import { seesMaterialCosts } from './to-job-material'
import { setJobAssignees } from './set-job-assignees'
import { updateJob } from './update-job'
import { updateJobMaterial } from './update-job-material'

const tags = ['Jobs']
const security = [{ bearerAuth: [] }]

const roleOf = (c: Context<AppEnv>) => requireMembership(c.get('membership')).role
const showCosts = (c: Context<AppEnv>) => seesMaterialCosts(roleOf(c))

const conflict = (description: string) => ({ 409: json(ErrorSchema, description) })

export const jobsRouter = createTenantRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      tags,
      security,
      summary: 'List jobs',
      description: 'Newest schedule first, unscheduled last. A tech sees only jobs assigned to them, and the total counts only those.',
      middleware: [requirePermission('jobs:read')] as const,
      request: { query: JobListQuery },
      responses: { 200: json(JobList, 'A page of jobs'), ...errorResponses },
    }),
    async (c) => c.json(await listJobs({ ...tenantScope(c), ...c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags,
      security,
      summary: 'Create a job',
      description: 'The customer (and property) must be the company’s, and every assignee a member of it.',
      middleware: [requirePermission('jobs:write')] as const,
      request: { body: jsonBody(JobInput) },
      responses: { 201: json(Job, 'The new job'), ...errorResponses },
    }),
    async (c) => c.json(await createJob({ ...tenantScope(c), input: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/calendar',
      tags,
      security,
      summary: 'Jobs scheduled in a date range (a calendar week or month)',
      description: 'Jobs whose schedule overlaps [from, to), in start order, with their crews; at most 62 days. A tech sees only their own.',
      middleware: [requirePermission('jobs:read')] as const,
      request: { query: CalendarQuery },
      responses: { 200: json(Calendar, 'The scheduled jobs'), ...errorResponses },
    }),
    async (c) => c.json(await listCalendarJobs({ ...tenantScope(c), ...c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/export.csv',
      tags,
      security,
      summary: 'Export jobs as CSV',
      description: 'Staff only. Takes the same filters as the list, without pagination.',
      middleware: [requirePermission('exports:read')] as const,
      request: { query: JobFilterQuery },
      responses: {
        200: fileResponse('text/csv', 'A CSV file with a header row'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const csv = await exportJobs({ ...tenantScope(c), ...c.req.valid('query') })
      return csvResponse(csv, `jobs-${new Date().toISOString().slice(0, 10)}.csv`)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{id}',
      tags,
      security,
      summary: 'Get a job with its crew, notes, materials, files and hours',
      description: 'Material costs and totals are left out for techs.',
      middleware: [requirePermission('jobs:read')] as const,
      request: { params: IdParams },
      responses: { 200: json(Job, 'The job'), ...errorResponses },
    }),
    async (c) => c.json(await getJob({ ...tenantScope(c), jobId: c.req.valid('param').id, showCosts: showCosts(c) }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}',
      tags,
      security,
      summary: 'Update some fields of a job',
      description: 'Status changes go through POST /jobs/{id}/status, the crew through PUT /jobs/{id}/assignees.',
      middleware: [requirePermission('jobs:write')] as const,
      request: { params: IdParams, body: jsonBody(JobPatch) },
      responses: { 200: json(Job, 'The updated job'), ...errorResponses },
    }),
    async (c) => c.json(await updateJob({ ...tenantScope(c), jobId: c.req.valid('param').id, patch: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}',
      tags,
      security,
      summary: 'Delete a job booked by mistake',
      description: 'Owners and admins. Refused with 409 once the job has invoices, time entries or expenses: cancel it instead.',
      middleware: [requirePermission('jobs:delete')] as const,
      request: { params: IdParams },
      responses: { 204: { description: 'Deleted, with its notes, materials, crew and files' }, ...conflict('The job is in the books'), ...errorResponses },
    }),
    async (c) => {
      await deleteJob({ ...tenantScope(c), jobId: c.req.valid('param').id, storage: c.get('services').storage })
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/status',
      tags,
      security,
      summary: 'Move a job along scheduled → in_progress → completed (or cancelled)',
      description:
        'Stamps startedAt, completedAt or cancelledAt. Any other move answers 409 naming the allowed next states. A tech may start and complete jobs assigned to them; cancelling is for staff.',
      middleware: [requirePermission('jobs:work')] as const,
      request: { params: IdParams, body: jsonBody(JobStatusInput) },
      responses: { 200: json(Job, 'The job in its new state'), ...conflict('Not an allowed move from the current state'), ...errorResponses },
    }),
    async (c) => {
      const role = roleOf(c)
      const job = await changeJobStatus({
        ...tenantScope(c),
        jobId: c.req.valid('param').id,
        status: c.req.valid('json').status,
        mayCancel: can(role, 'jobs:write'),
        showCosts: seesMaterialCosts(role),
      })
      return c.json(job, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/{id}/assignees',
      tags,
      security,
      summary: 'Set the people assigned to a job',
      description: 'Replaces the crew; each user id must be a member of the company. An empty list unassigns everyone.',
      middleware: [requirePermission('jobs:write')] as const,
      request: { params: IdParams, body: jsonBody(AssigneesInput) },
      responses: { 200: json(Job, 'The job with its new crew'), ...errorResponses },
    }),
    async (c) => c.json(await setJobAssignees({ ...tenantScope(c), jobId: c.req.valid('param').id, userIds: c.req.valid('json').userIds }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/notes',
      tags,
      security,
      summary: 'Add a note to a job',
      middleware: [requirePermission('jobs:work')] as const,
      request: { params: IdParams, body: jsonBody(NoteInput) },
      responses: { 201: json(JobNote, 'The note, with its author'), ...errorResponses },
    }),
    async (c) => c.json(await addJobNote({ ...tenantScope(c), jobId: c.req.valid('param').id, input: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/materials',
      tags,
      security,
      summary: 'Record material used on a job',
      description: 'Techs record what was used (without unitCostCents) and never see costs or totals in the answer.',
      middleware: [requirePermission('jobs:work')] as const,
      request: { params: IdParams, body: jsonBody(MaterialInput) },
      responses: { 201: json(JobMaterial, 'The material line'), ...errorResponses },
    }),
    async (c) => {
      const material = await addJobMaterial({ ...tenantScope(c), jobId: c.req.valid('param').id, input: c.req.valid('json'), showCosts: showCosts(c) })
      return c.json(material, 201)
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/{id}/materials/{materialId}',
      tags,
      security,
      summary: 'Correct a material line',
      description: 'A tech may change description, quantity and unit; only staff change the unit cost.',
      middleware: [requirePermission('jobs:work')] as const,
      request: { params: MaterialParams, body: jsonBody(MaterialPatch) },
      responses: { 200: json(JobMaterial, 'The updated material line'), ...errorResponses },
    }),
    async (c) => {
      const { id, materialId } = c.req.valid('param')
      const material = await updateJobMaterial({ ...tenantScope(c), jobId: id, materialId, patch: c.req.valid('json'), showCosts: showCosts(c) })
      return c.json(material, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/{id}/materials/{materialId}',
      tags,
      security,
      summary: 'Remove a material line',
      description: 'Staff only: materials feed job costing.',
      middleware: [requirePermission('jobs:write')] as const,
      request: { params: MaterialParams },
      responses: { 204: { description: 'Removed' }, ...errorResponses },
    }),
    async (c) => {
      const { id, materialId } = c.req.valid('param')
      await deleteJobMaterial({ ...tenantScope(c), jobId: id, materialId })
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/{id}/files',
      tags,
      security,
      summary: 'Attach a photo or PDF to a job',
      description: 'multipart/form-data with the file in a field named `file` (JPEG, PNG, WebP, HEIC or PDF, up to 10 MB). Download it from the returned url.',
      middleware: [requirePermission('jobs:work')] as const,
      request: { params: IdParams, body: { required: true, content: { 'multipart/form-data': { schema: FileUpload } } } },
      responses: { 201: json(FileInfo, 'The stored file'), ...errorResponses },
    }),
    async (c) => {
      const file = uploadedFile(c.req.valid('form'), 'job')
      const stored = await attachJobFile({ ...tenantScope(c), storage: c.get('services').storage, jobId: c.req.valid('param').id, file })
      return c.json(stored, 201)
    },
  )
