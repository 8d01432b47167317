import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { createTenantRouter } from '../lib/app'
import type { AppEnv } from '../lib/context'
import { ApiError } from '../lib/errors'
import { ErrorSchema, errorResponses, IdParams, json, jsonBody } from '../lib/openapi'
import { can, requireMembership, requirePermission } from '../lib/permissions'
import { tenantScope } from '../lib/tenancy'
import { clockIn } from './clock-in'
import { clockOut } from './clock-out'
import { getCurrentEntry } from './get-current-entry'
import { listTimeEntries } from './list-time-entries'
import { ClockInInput, ClockOutInput, SummaryQuery, TimeEntry, TimeEntryList, TimeEntryPatch, TimeEntryQuery, TimeSummary } from './schemas'
import { summarizeTime } from './summarize-time'
import { updateTimeEntry } from './update-time-entry'

const tags = ['Time clock']
const security = [{ bearerAuth: [] }]

/**
 * The person whose time a request may ask about: anyone for staff, only themself for a tech.
 * RLS would return nothing for someone else; saying so is clearer than an empty list.
 */
function whoseTime(c: Context<AppEnv>, userId: string | undefined) {
  const { role } = requireMembership(c.get('membership'))
  if (userId && userId !== c.get('user').id && !can(role, 'time:read_all')) {
    throw new ApiError('forbidden', 'You can see only your own time.')
  }
  return userId
}

export const timeRouter = createTenantRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/clock-in',
      tags,
      security,
      summary: 'Clock in, optionally on a job',
      description: 'One open entry per person: 409 while already clocked in. A tech can clock only into jobs assigned to them; completed and cancelled jobs take no more time (409).',
      middleware: [requirePermission('time:clock')] as const,
      request: { body: jsonBody(ClockInInput) },
      responses: { 201: json(TimeEntry, 'The running entry'), 409: json(ErrorSchema, 'Already clocked in, or the job is closed'), ...errorResponses },
    }),
    async (c) => c.json(await clockIn({ ...tenantScope(c), input: c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/clock-out',
      tags,
      security,
      summary: 'Clock out',
      middleware: [requirePermission('time:clock')] as const,
      request: { body: jsonBody(ClockOutInput) },
      responses: { 200: json(TimeEntry, 'The closed entry'), 409: json(ErrorSchema, 'Not clocked in'), ...errorResponses },
    }),
    async (c) => c.json(await clockOut({ ...tenantScope(c), notes: c.req.valid('json').notes }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/current',
      tags,
      security,
      summary: 'The caller’s running entry (null when not clocked in)',
      middleware: [requirePermission('time:clock')] as const,
      responses: { 200: json(TimeEntry.nullable(), 'The running entry, or null'), ...errorResponses },
    }),
    async (c) => c.json(await getCurrentEntry(tenantScope(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/entries',
      tags,
      security,
      summary: 'List time entries',
      description: 'Latest first. Staff see everyone’s entries; a tech only their own.',
      middleware: [requirePermission('time:clock')] as const,
      request: { query: TimeEntryQuery },
      responses: { 200: json(TimeEntryList, 'A page of entries and their total hours'), ...errorResponses },
    }),
    async (c) => {
      const query = c.req.valid('query')
      return c.json(await listTimeEntries({ ...tenantScope(c), ...query, userId: whoseTime(c, query.userId) }), 200)
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/entries/{id}',
      tags,
      security,
      summary: 'Fix a time entry',
      description: 'Office, admins and owners. Stamps editedBy/editedAt and keeps the before and after, with the optional `reason`, in the audit log (the reason is not written to the entry). Clock-out must come after clock-in, neither in the future, and the entry may not overlap another of the same person (409).',
      middleware: [requirePermission('time:edit')] as const,
      request: { params: IdParams, body: jsonBody(TimeEntryPatch) },
      responses: { 200: json(TimeEntry, 'The corrected entry'), 409: json(ErrorSchema, 'Overlaps another entry'), ...errorResponses },
    }),
    async (c) => c.json(await updateTimeEntry({ ...tenantScope(c), entryId: c.req.valid('param').id, patch: c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/summary',
      tags,
      security,
      summary: 'Hours per job and per person in a date range',
      description: 'Each entry counts for its part inside [from, to); running entries count up to now and flag their bucket `open`. A tech gets only their own hours.',
      middleware: [requirePermission('time:clock')] as const,
      request: { query: SummaryQuery },
      responses: { 200: json(TimeSummary, 'Hours by job and by person'), ...errorResponses },
    }),
    async (c) => {
      const query = c.req.valid('query')
      return c.json(await summarizeTime({ ...tenantScope(c), ...query, userId: whoseTime(c, query.userId) }), 200)
    },
  )
