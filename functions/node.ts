import { z } from 'zod'
import { DEMO_PASSWORD, demoAccounts } from '../db/seed'
import { log } from './lib/logger'
import { startServer } from './server'

/** The Node host's own settings (the API's are in lib/config.ts). */
const HostEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  DATA_DIR: z.string().min(1).default('./.data'),
  EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(54329),
  DATABASE_URL: z.string().url().optional(),
  SUPABASE_URL: z.string().url().optional(),
  SUPABASE_ANON_KEY: z.string().optional(),
  SUPABASE_JWT_SECRET: z.string().optional(),
  SUPABASE_JWKS_URL: z.string().url().optional(),
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  MAX_BODY_BYTES: z.coerce.number().int().positive().optional(),
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().optional(),
  SUPABASE_SERVICE_ROLE_KEY: z.string().optional(),
  RESEND_API_KEY: z.string().optional(),
  MAIL_FROM: z.string().optional(),
  ANTHROPIC_API_KEY: z.string().optional(),
  OPENAI_COMPAT_BASE_URL: z.string().optional(),
  OPENAI_COMPAT_API_KEY: z.string().optional(),
  Z_MODEL_FAST: z.string().optional(),
  Z_MODEL_BALANCED: z.string().optional(),
  Z_MODEL_DEEP: z.string().optional(),
  EMBEDDINGS_PROVIDER: z.string().optional(),
  OPENAI_API_KEY: z.string().optional(),
  VOYAGE_API_KEY: z.string().optional(),
  CLOUDFLARE_ACCOUNT_ID: z.string().optional(),
  CLOUDFLARE_API_TOKEN: z.string().optional(),
})

const parsed = HostEnv.safeParse(process.env)
if (!parsed.success) {
  console.error(`Invalid environment:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`)
  process.exit(2)
}
const env = parsed.data
if (env.SUPABASE_URL && !env.SUPABASE_ANON_KEY) {
  console.error('SUPABASE_URL is set but SUPABASE_ANON_KEY is not. Set both (Supabase dashboard → Project Settings → API), or neither for the embedded default.')
  process.exit(2)
}

const server = await startServer({
  port: env.PORT,
  databaseUrl: env.DATABASE_URL,
  dataDir: env.DATA_DIR,
  embeddedDbPort: env.EMBEDDED_DB_PORT,
  supabase: env.SUPABASE_URL
    ? { url: env.SUPABASE_URL, anonKey: env.SUPABASE_ANON_KEY!, jwtSecret: env.SUPABASE_JWT_SECRET, jwksUrl: env.SUPABASE_JWKS_URL, serviceRoleKey: env.SUPABASE_SERVICE_ROLE_KEY }
    : undefined,
  localJwtSecret: env.SUPABASE_URL ? undefined : env.SUPABASE_JWT_SECRET,
  seedDemo: env.SEED_DEMO ? env.SEED_DEMO === 'true' : !env.DATABASE_URL,
  maxBodyBytes: env.MAX_BODY_BYTES,
  maxUploadBytes: env.MAX_UPLOAD_BYTES,
  mail: env.RESEND_API_KEY ? { apiKey: env.RESEND_API_KEY, from: env.MAIL_FROM } : undefined,
  ai: {
    anthropicApiKey: env.ANTHROPIC_API_KEY,
    openaiCompatBaseUrl: env.OPENAI_COMPAT_BASE_URL,
    openaiCompatApiKey: env.OPENAI_COMPAT_API_KEY,
    modelFast: env.Z_MODEL_FAST,
    modelBalanced: env.Z_MODEL_BALANCED,
    modelDeep: env.Z_MODEL_DEEP,
  },
  embeddings: {
    provider: env.EMBEDDINGS_PROVIDER,
    openaiApiKey: env.OPENAI_API_KEY,
    voyageApiKey: env.VOYAGE_API_KEY,
    cloudflareAccountId: env.CLOUDFLARE_ACCOUNT_ID,
    cloudflareApiToken: env.CLOUDFLARE_API_TOKEN,
  },
})

const lines = [
  '',
  '  ZAFTO is running',
  `  Web          ${server.url}/`,
  `  CRM          ${server.url}/crm/`,
  `  API docs     ${server.url}/api/v1/docs`,
  `  Health       ${server.url}/api/v1/health`,
  `  Z model      ${server.modelProvider === 'offline' ? 'offline (set ANTHROPIC_API_KEY or OPENAI_COMPAT_BASE_URL for a language model)' : server.modelProvider}`,
  `  DATABASE_URL ${server.embedded ? server.databaseUrl : '(from your environment)'}`,
]
if (!env.SUPABASE_URL) lines.push(`  Auth         ${server.url}/auth/v1 (Supabase-compatible, embedded)`)
lines.push('', `  Demo sign-in (password ${DEMO_PASSWORD}):`, ...demoAccounts.map((a) => `    ${a.role.padEnd(9)} ${a.email}`))
if (server.portalAccounts?.homeowner) lines.push(`    homeowner ${server.portalAccounts.homeowner}   client portal ${server.url}/portal/`)
if (server.portalAccounts) lines.push(`    ops       ${server.portalAccounts.ops}   ops portal ${server.url}/ops/`)
if (!env.SUPABASE_URL && !env.RESEND_API_KEY) lines.push(`  Mailbox      ${server.url}/auth/v1/mailbox (sign-in links; no email leaves this machine)`)
if (server.seeded) lines.push('  (demo company seeded just now)')
lines.push('', '  Ctrl-C stops it cleanly.', '')
console.log(lines.join('\n'))

let stopping = false
async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  log.info('server.stop.start', { signal })
  try {
    await server.stop()
    log.info('server.stop.done', {})
    process.exit(0)
  } catch (error) {
    log.error('server.stop.failed', { internal: error instanceof Error ? error.message : String(error) })
    process.exit(1)
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'))
process.on('SIGTERM', () => void shutdown('SIGTERM'))
