import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve, type ServerType } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { pgBossOver, pgBossQueue } from '../cron/queue'
import { startJobWorker } from '../cron/worker'
import { createDatabase, createSql } from '../db/client'
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../db/embedded'
import { applyMigrations } from '../db/migrate'
import { seedDemo } from '../db/seed'
import { seedPortalAccounts } from '../db/seed/portal-accounts'
import { ingestCorpus } from '../knowledge/ingest/ingest-corpus'
import { createEmbedder, embeddingSettingsFrom } from './ai/embeddings/create-embedder'
import { createModelProvider } from './ai/providers/create-model-provider'
import { createApp } from './app'
import { createAuthServer } from './auth'
import { signAnonKey } from './auth/tokens'
import { parseConfig } from './lib/config'
import type { Services } from './lib/context'
import { log } from './lib/logger'
import { mailerFor } from './lib/mail'
import { diskStorage, memoryStorage, storageFor } from './lib/storage'
import { loadOrCreateSecrets } from './secrets'

const webRoot = fileURLToPath(new URL('../web/dist', import.meta.url))
const knowledgeRoot = fileURLToPath(new URL('../knowledge', import.meta.url))

export type ServerOptions = {
  /** HTTP port; 0 picks a free one. */
  port: number
  /** Use this Postgres instead of starting the embedded one. */
  databaseUrl?: string
  /** Where the embedded database and local secrets live; null keeps everything in memory. */
  dataDir: string | null
  /** Port of the embedded database's Postgres socket; 0 picks a free one. */
  embeddedDbPort: number
  /**
   * Supabase settings for production-like runs. When `supabaseUrl` is absent, this server
   * is its own Supabase Auth (GoTrue-compatible subset at /auth/v1).
   */
  supabase?: { url: string; anonKey: string; jwtSecret?: string; jwksUrl?: string; serviceRoleKey?: string }
  /** Resend delivery; absent keeps bid and invoice emails in the outbox table. */
  mail?: { apiKey: string; from?: string }
  /**
   * The embedded auth's signing secret. Defaults to one made once and kept under `dataDir`;
   * set it to share sessions with another host (e.g. `wrangler dev` against this database).
   */
  localJwtSecret?: string
  /** Seed the demo tenant on a fresh database. */
  seedDemo: boolean
  maxBodyBytes?: number
  maxUploadBytes?: number
  /** Z's model settings, as the environment gives them (ANTHROPIC_API_KEY, Z_MODEL_*...). */
  ai?: { anthropicApiKey?: string; openaiCompatBaseUrl?: string; openaiCompatApiKey?: string; modelFast?: string; modelBalanced?: string; modelDeep?: string }
  /** The fetch Z's model providers use (tests serve recorded responses through it). */
  modelFetch?: typeof fetch
  /** Run the pg-boss worker in this process (default true). */
  runJobs?: boolean
  /** Knowledge embeddings (EMBEDDINGS_PROVIDER and its keys); absent: the offline hashing embedder. */
  embeddings?: { provider?: string; openaiApiKey?: string; voyageApiKey?: string; cloudflareAccountId?: string; cloudflareApiToken?: string }
  /** Load the shipped knowledge corpus (default: when the demo company was seeded, i.e. on first start). */
  ingestKnowledge?: boolean
}

export type RunningServer = {
  url: string
  databaseUrl: string
  anonKey: string
  seeded: boolean
  /** The demo's ops and homeowner sign-ins (embedded default with the demo seeded). */
  portalAccounts: { ops: string; homeowner: string | null } | null
  embedded: boolean
  /** Which model provider Z uses: `anthropic`, `openai_compat` or `offline`. */
  modelProvider: string
  /** Stops taking requests, lets in-flight ones finish, then closes the database cleanly. */
  stop(): Promise<void>
}

type Handler = (request: Request, env: unknown) => Response | Promise<Response>

function listen(port: number, fetch: Handler) {
  return new Promise<{ server: ServerType; port: number }>((resolve) => {
    const server = serve({ fetch, port, hostname: '127.0.0.1' }, (info) => resolve({ server, port: info.port }))
  })
}

/** Starts the Node host: database (embedded or given), migrations, API, local auth and web. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  let embedded: EmbeddedDatabase | undefined
  let databaseUrl = options.databaseUrl
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase({
      dataDir: options.dataDir ? `${options.dataDir}/pgdata` : 'memory://',
      port: options.embeddedDbPort,
    })
    databaseUrl = embedded.url
  }
  const sql = createSql(databaseUrl)
  await applyMigrations(sql)
  const seeded = options.seedDemo ? await seedDemo(sql) : false
  const portalAccounts = options.seedDemo ? await seedPortalAccounts(sql) : null
  const embeddingEnv = {
    EMBEDDINGS_PROVIDER: options.embeddings?.provider,
    OPENAI_API_KEY: options.embeddings?.openaiApiKey,
    VOYAGE_API_KEY: options.embeddings?.voyageApiKey,
    CLOUDFLARE_ACCOUNT_ID: options.embeddings?.cloudflareAccountId,
    CLOUDFLARE_API_TOKEN: options.embeddings?.cloudflareApiToken,
  }
  const embedder = createEmbedder(embeddingSettingsFrom(embeddingEnv))
  if (options.ingestKnowledge ?? seeded) {
    const summary = await ingestCorpus({ sql, root: knowledgeRoot, embedder })
    log.info('knowledge.ingest.done', { ...summary })
  }

  // Listen first so a port of 0 is known before the public URLs are.
  let handle: Handler = () => new Response('Starting', { status: 503 })
  const { server, port } = await listen(options.port, (request, env) => handle(request, env))
  const url = `http://127.0.0.1:${port}`

  const localAuth = !options.supabase
  const jwtSecret = options.supabase
    ? options.supabase.jwtSecret
    : (options.localJwtSecret ?? (await loadOrCreateSecrets(options.dataDir)).jwtSecret)
  const anonKey = options.supabase ? options.supabase.anonKey : await signAnonKey(jwtSecret!, `${url}/auth/v1`)
  const config = parseConfig({
    SUPABASE_URL: options.supabase?.url ?? url,
    SUPABASE_ANON_KEY: anonKey,
    SUPABASE_JWT_SECRET: jwtSecret,
    SUPABASE_JWKS_URL: options.supabase?.jwksUrl,
    MAX_BODY_BYTES: options.maxBodyBytes,
    MAX_UPLOAD_BYTES: options.maxUploadBytes,
    SUPABASE_SERVICE_ROLE_KEY: options.supabase?.serviceRoleKey,
    RESEND_API_KEY: options.mail?.apiKey,
    MAIL_FROM: options.mail?.from,
    LOCAL_MAILBOX: localAuth ? 'true' : undefined,
    ANTHROPIC_API_KEY: options.ai?.anthropicApiKey,
    OPENAI_COMPAT_BASE_URL: options.ai?.openaiCompatBaseUrl,
    OPENAI_COMPAT_API_KEY: options.ai?.openaiCompatApiKey,
    Z_MODEL_FAST: options.ai?.modelFast,
    Z_MODEL_BALANCED: options.ai?.modelBalanced,
    Z_MODEL_DEEP: options.ai?.modelDeep,
    ...embeddingEnv,
  })
  const dataDir = options.dataDir
  const storage = storageFor(config, () => (dataDir ? diskStorage(`${dataDir}/storage`) : memoryStorage()))
  const models = createModelProvider(config.models, { fetch: options.modelFetch })
  const worker = options.runJobs === false ? null : await startJobWorker(sql, { models, embedder })
  const services: Services = {
    sql,
    db: createDatabase(sql),
    config,
    storage,
    mailer: mailerFor(config),
    models,
    jobs: worker?.queue ?? pgBossQueue(pgBossOver(sql)),
    embedder,
  }

  const root = new Hono()
  if (localAuth) {
    root.route('/auth/v1', createAuthServer({ sql, jwtSecret: jwtSecret!, issuer: `${url}/auth/v1`, accessTokenTtl: 3600, mailer: services.mailer, siteUrl: url }))
  }
  root.route('/', createApp({ services: () => services }))
  root.use('*', serveStatic({ root: webRoot }))
  const notFoundPage = await readFile(join(webRoot, '404.html'), 'utf8').catch(() => 'Not found')
  root.notFound((c) => c.html(notFoundPage, 404))
  handle = root.fetch

  return {
    url,
    databaseUrl,
    anonKey,
    seeded,
    portalAccounts,
    embedded: Boolean(embedded),
    modelProvider: services.models.name,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await worker?.stop()
      await sql.end({ timeout: 5 })
      await embedded?.stop()
    },
  }
}
