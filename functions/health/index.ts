import { createRoute, z } from '@hono/zod-openapi'
import { sql } from 'drizzle-orm'
import { createRouter } from '../lib/app'
import { json } from '../lib/openapi'
import { log } from '../lib/logger'

const Health = z.object({ status: z.enum(['ok', 'degraded']), db: z.enum(['ok', 'unreachable']) }).openapi('Health')
const PublicConfig = z
  .object({
    supabaseUrl: z.url(),
    supabaseAnonKey: z.string(),
    localMailboxUrl: z.string().nullable().openapi({ description: 'The embedded auth\'s local mailbox, where sign-in links land when no email is sent; null otherwise.' }),
  })
  .openapi('PublicConfig')

export const publicRouter = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['Platform'],
      summary: 'Liveness and database reachability',
      responses: { 200: json(Health, 'Healthy'), 503: json(Health, 'The database cannot be reached') },
    }),
    async (c) => {
      try {
        await c.get('services').db.execute(sql`select 1`)
        return c.json({ status: 'ok' as const, db: 'ok' as const }, 200)
      } catch (error) {
        log.error('health.db.failed', { requestId: c.get('requestId'), internal: error instanceof Error ? error.message : String(error) })
        return c.json({ status: 'degraded' as const, db: 'unreachable' as const }, 503)
      }
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/config',
      tags: ['Platform'],
      summary: 'Public settings for the static web app',
      description: 'Lets one build of web/dist work against any deployment.',
      responses: { 200: json(PublicConfig, 'Supabase URL and anon key') },
    }),
    (c) => {
      const { supabaseUrl, supabaseAnonKey, localMailbox } = c.get('services').config
      return c.json({ supabaseUrl, supabaseAnonKey, localMailboxUrl: localMailbox ? `${supabaseUrl}/auth/v1/mailbox` : null }, 200)
    },
  )
