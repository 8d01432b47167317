import { createMiddleware } from 'hono/factory'
import type { MemberRole } from '../../db/schema'
import type { AppEnv, Membership } from './context'
import { ApiError } from './errors'

const everyone = ['owner', 'admin', 'office', 'tech'] as const satisfies readonly MemberRole[]
const managers = ['owner', 'admin'] as const satisfies readonly MemberRole[]
const staff = ['owner', 'admin', 'office'] as const satisfies readonly MemberRole[]

/** Who may do what. The one place role checks are decided; every route asks here. */
export const permissions = {
  'company:read': everyone,
  'company:update': managers,
  'members:read': everyone,
  'members:manage': managers,
  'customers:read': everyone,
  'customers:write': staff,
  'customers:delete': managers,
  'customers:import': staff,
  /** Jobs: a tech reads only those assigned to them (RLS), without prices or costs. */
  'jobs:read': everyone,
  'jobs:write': staff,
  'jobs:delete': managers,
  /** Status changes, notes, photos and materials on a job the caller can see. */
  'jobs:work': everyone,
  /** Unit prices, material costs and totals wherever they appear (techs see quantities only). */
  'prices:read': staff,
  /** CSV exports of customers, jobs and invoices. */
  'exports:read': staff,
  /** Prices, totals and money documents. */
  'bids:read': staff,
  'bids:write': staff,
  'invoices:read': staff,
  'invoices:write': staff,
  'payments:write': staff,
  /** Reversing a recorded payment. */
  'payments:delete': managers,
  'expenses:read': everyone,
  'expenses:write': everyone,
  'expenses:manage': staff,
  /** Labour cost, job costing and margins. */
  'costing:read': managers,
  /** Members' hourly labour cost. */
  'costing:write': managers,
  'time:clock': everyone,
  'time:read_all': staff,
  'time:edit': staff,
  'leads:read': staff,
  'leads:write': staff,
  'dashboard:read': everyone,
  /** Company-wide money figures on the dashboard. */
  'dashboard:financials': staff,
  'outbox:read': staff,
  /** Inviting customers to the client portal and revoking invitations. */
  'portal:invite': staff,
  /** The inbox of customer message threads (client portal conversations). */
  'messages:read': staff,
  'messages:write': staff,
  /** What Z may reveal to each role (Layer 6). The owner decides; owners always see everything. */
  'ai_visibility:manage': ['owner'],
  /** Z's requests, tokens and cost for the company. */
  'ai_usage:read': managers,
} as const satisfies Record<string, readonly MemberRole[]>

export type Permission = keyof typeof permissions

export function can(role: MemberRole, permission: Permission): boolean {
  return (permissions[permission] as readonly MemberRole[]).includes(role)
}

/** The caller's membership, or a `no_company` error telling them what to do next. */
export function requireMembership(membership: Membership | null): Membership {
  if (!membership) throw new ApiError('no_company', 'You are not part of a company yet. Create one with POST /api/v1/companies or ask your employer to add you.')
  return membership
}

/**
 * Refuses the request unless the caller's role has `permission`.
 *
 * @example app.openapi(createRoute({ ..., middleware: [requirePermission('customers:write')] }), handler)
 */
export const requirePermission = (permission: Permission) =>
  createMiddleware<AppEnv>(async function checkPermission(c, next) {
    const membership = requireMembership(c.get('membership'))
    if (!can(membership.role, permission)) {
      throw new ApiError('forbidden', `Your role (${membership.role}) does not allow this. Ask an owner or admin.`)
    }
    await next()
  })
