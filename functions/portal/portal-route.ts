import { createRoute, type RouteConfig } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { requireUser } from '../lib/auth'
import type { AppEnv } from '../lib/context'
import { tenantTransaction } from '../lib/tenancy'


/**
 * A client portal route: a signed-in person, in the request's transaction, where the portal's
 * Row Level Security policies decide what they read. The middleware is set per route, not on
 * the router: another router serves /portal too (messages, requests), and router-wide
 * middleware would run again for its routes.
 */
export function portalRoute<P extends string, R extends Omit<RouteConfig, 'path' | 'middleware' | 'tags' | 'security'> & { path: P }>(route: R) {
  return createRoute({ ...route, tags: ['Client portal'], security: [{ bearerAuth: [] }], middleware: [requireUser, tenantTransaction] })
}

/** What a portal service function needs from the request: its transaction and who is asking. */
export const portalScope = (c: Context<AppEnv>) => ({ tx: c.get('tx'), userId: c.get('user').id, requestId: c.get('requestId') })
