/**
 * The Cloudflare Workers host (wrangler.toml `main`). Static pages come from Workers Static
 * Assets (web/dist); only `/api/*` reaches this code (`run_worker_first`).
 *
 * The Workers types are imported explicitly so they do not replace the DOM/Node globals the
 * rest of the project is type-checked against.
 */
import type { ExportedHandler, Hyperdrive, Response as WorkersResponse } from '@cloudflare/workers-types/latest'
import { createDatabase, createSql, type Sql } from '../db/client'
import { pgBossOver, pgBossQueue } from '../cron/queue'
import { taskSchedules } from '../cron/tasks/schedules'
import { createEmbedder } from './ai/embeddings/create-embedder'
import { createModelProvider } from './ai/providers/create-model-provider'
import { createApp } from './app'
import { parseConfig, type Config } from './lib/config'
import type { Services } from './lib/context'
import { log } from './lib/logger'
import { mailerFor } from './lib/mail'
import { noStorage, storageFor } from './lib/storage'

/** The Worker's bindings, as declared in wrangler.toml (vars) and set with `wrangler secret put`. */
export type WorkerEnv = {
  /** Hyperdrive in front of Supabase Postgres; `localConnectionString` under `wrangler dev`. */
  HYPERDRIVE: Hyperdrive
  SUPABASE_URL: string
  SUPABASE_ANON_KEY: string
  /** Secret. HS256 signing secret (Supabase's legacy JWT secret); absent means JWKS. */
  SUPABASE_JWT_SECRET?: string
  /** Secret or var. Overrides `${SUPABASE_URL}/auth/v1/.well-known/jwks.json`. */
  SUPABASE_JWKS_URL?: string
  MAX_BODY_BYTES?: string
  MAX_UPLOAD_BYTES?: string
  /** Secret. Supabase Storage for photos, receipts, logos and PDFs. */
  SUPABASE_SERVICE_ROLE_KEY?: string
  /** Secret. Email delivery through Resend; absent keeps mail in the outbox table. */
  RESEND_API_KEY?: string
  MAIL_FROM?: string
  /** Secret. Z's Anthropic models; absent (and no OpenAI-compatible URL) means the offline provider. */
  ANTHROPIC_API_KEY?: string
  OPENAI_COMPAT_BASE_URL?: string
  /** Secret. */
  OPENAI_COMPAT_API_KEY?: string
  Z_MODEL_FAST?: string
  Z_MODEL_BALANCED?: string
  Z_MODEL_DEEP?: string
  /** Knowledge embeddings: hashing (default), openai, voyage or workers_ai; must match what the corpus was ingested with. */
  EMBEDDINGS_PROVIDER?: string
  /** Secrets, as the provider needs them. */
  OPENAI_API_KEY?: string
  VOYAGE_API_KEY?: string
  CLOUDFLARE_ACCOUNT_ID?: string
  CLOUDFLARE_API_TOKEN?: string
}

/** What the app's services provider receives in place of raw bindings: this request's client. */
type RequestBindings = { env: WorkerEnv; sql: Sql }

/**
 * Hyperdrive pools the real connections, so each request opens its own small postgres.js
 * client (Cloudflare's guidance: per request, `max: 5` — a Worker invocation may hold six
 * connections). Nothing connects until the first query.
 */
const openSql = (env: WorkerEnv) => createSql(env.HYPERDRIVE.connectionString, { max: 5 })

// Bindings do not change within an isolate; parse them once per env object.
const configs = new WeakMap<WorkerEnv, Config>()
function configFor(env: WorkerEnv): Config {
  let config = configs.get(env)
  if (!config) configs.set(env, (config = parseConfig(env)))
  return config
}

// Built once per isolate; per-request state arrives through the bindings argument.
const app = createApp({
  services(bindings): Services {
    const { env, sql } = bindings as RequestBindings
    const config = configFor(env)
    return {
      sql,
      db: createDatabase(sql),
      config,
      storage: storageFor(config, noStorage),
      mailer: mailerFor(config),
      models: createModelProvider(config.models),
      // Workers only enqueue; a Node worker process (`npm run worker`) runs the jobs.
      jobs: pgBossQueue(pgBossOver(sql)),
      embedder: createEmbedder(config.embeddings),
    }
  },
})

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** A UUID fixed by `text` (its SHA-256, as a version 8 UUID): the same text always names the same job. */
async function uuidFrom(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).slice(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x80
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

export default {
  async fetch(request, env, ctx) {
    const sql = openSql(env)
    const close = () => sql.end({ timeout: 5 })
    let response: Response
    try {
      const bindings: RequestBindings = { env, sql }
      // Same objects at runtime; the Workers and DOM type declarations differ in detail.
      response = await app.fetch(request as unknown as Request, bindings, ctx)
    } catch (error) {
      ctx.waitUntil(close())
      throw error
    }
    // Z's streamed answers keep working (and using the database) after the response starts:
    // the client closes when the stream ends. Every other response is complete here.
    if (response.body && response.headers.get('content-type')?.startsWith('text/event-stream')) {
      const { readable, writable } = new TransformStream()
      ctx.waitUntil(response.body.pipeTo(writable).finally(close))
      return new Response(readable, response) as unknown as WorkersResponse
    }
    ctx.waitUntil(close())
    return response as unknown as WorkersResponse
  },

  /**
   * A cron trigger (wrangler.toml `[triggers]`) only enqueues: each task scheduled at
   * `controller.cron` gets a pg-boss job with payload `{}` in the same Postgres, and the Node
   * worker (`npm run worker`) runs it. The job id is derived from the task and the trigger's
   * scheduled time, so a retried invocation finds its job already there and adds none.
   */
  async scheduled(controller, env, ctx) {
    const started = Date.now()
    const scheduledTime = new Date(controller.scheduledTime).toISOString()
    const fields = { cron: controller.cron, scheduledTime }
    const names = taskSchedules.filter((task) => task.schedule === controller.cron).map((task) => task.name)
    if (names.length === 0) {
      log.error('cron.enqueue.unknown', { ...fields, internal: `No scheduled task runs at "${controller.cron}"; wrangler.toml and cron/tasks/schedules.ts disagree.` })
      return
    }
    const sql = createSql(env.HYPERDRIVE.connectionString, { max: 1 })
    try {
      const boss = pgBossOver(sql)
      const jobs: { name: string; id: string; queued: boolean }[] = []
      for (const name of names) {
        const singletonKey = `${name}:${scheduledTime}`
        const id = await uuidFrom(singletonKey)
        const sent = await boss.send(name, {}, { id, singletonKey })
        if (!sent && !(await boss.getQueue(name))) {
          throw new Error(`The pg-boss queue ${name} does not exist yet: start the Node worker (npm run worker) once, it creates the queues.`)
        }
        // null with the queue present: this trigger's job is already there (a retried invocation).
        jobs.push({ name, id, queued: sent !== null })
      }
      log.info('cron.enqueue.done', { ...fields, names, jobs, durationMs: Date.now() - started })
    } catch (error) {
      log.error('cron.enqueue.failed', { ...fields, names, durationMs: Date.now() - started, internal: messageOf(error) })
      // Rethrow so the invocation is recorded as failed in the Cron Events log.
      throw error
    } finally {
      ctx.waitUntil(sql.end({ timeout: 5 }))
    }
  },
} satisfies ExportedHandler<WorkerEnv>
