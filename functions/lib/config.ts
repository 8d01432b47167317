import { z } from 'zod'
import { embeddingSettingsFrom, type EmbeddingSettings } from '../ai/embeddings/create-embedder'
import { modelSettingsFrom } from '../ai/providers/create-model-provider'

/**
 * Settings the API reads from its host's environment (process.env on Node, bindings on
 * Workers), parsed once with a clear message for anything missing or malformed.
 */
export const configSchema = z
  .object({
    /** Public URL of Supabase (or of this server in the embedded default), for browsers. */
    SUPABASE_URL: z.url(),
    /** Public anon key the browser hands to supabase-js. */
    SUPABASE_ANON_KEY: z.string().min(20),
    /** HS256 secret that signs access tokens (Supabase's legacy JWT secret, or the embedded one). */
    SUPABASE_JWT_SECRET: z.string().min(32).optional(),
    /** JWKS for asymmetric Supabase signing keys; defaults to the project's well-known URL. */
    SUPABASE_JWKS_URL: z.url().optional(),
    /** Largest request body accepted, in bytes. */
    MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_048_576),
    /** Largest upload (multipart file, customer CSV import) accepted, in bytes. */
    MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(12 * 1_048_576),
    /** Secret. Lets the API store files in Supabase Storage (private buckets). */
    SUPABASE_SERVICE_ROLE_KEY: z.string().min(20).optional(),
    /** Secret. Sends bid and invoice emails through Resend; absent keeps them in the outbox. */
    RESEND_API_KEY: z.string().min(10).optional(),
    /** The From address for Resend, on a domain verified there. */
    MAIL_FROM: z.email().optional(),
    /** Set by the Node host when it is its own auth server and sends no email: sign-in links land in /auth/v1/mailbox. */
    LOCAL_MAILBOX: z.enum(['true', 'false']).optional(),
    /** Secret. Z answers with Anthropic's models when set. */
    ANTHROPIC_API_KEY: z.string().min(10).optional(),
    /** An OpenAI-compatible endpoint (Ollama, llama.cpp, vLLM) for deployments that keep data in house. */
    OPENAI_COMPAT_BASE_URL: z.url().optional(),
    /** Secret, if the OpenAI-compatible endpoint needs one. */
    OPENAI_COMPAT_API_KEY: z.string().min(1).optional(),
    /** Model id per routing tier; defaults come from the Anthropic SDK's model list. */
    Z_MODEL_FAST: z.string().min(1).optional(),
    Z_MODEL_BALANCED: z.string().min(1).optional(),
    Z_MODEL_DEEP: z.string().min(1).optional(),
    /** Knowledge embeddings: hashing (offline default), openai, voyage or workers_ai, with their keys. */
    EMBEDDINGS_PROVIDER: z.string().optional(),
    OPENAI_API_KEY: z.string().optional(),
    OPENAI_EMBEDDINGS_BASE_URL: z.url().optional(),
    VOYAGE_API_KEY: z.string().optional(),
    CLOUDFLARE_ACCOUNT_ID: z.string().optional(),
    CLOUDFLARE_API_TOKEN: z.string().optional(),
  })
  .transform((env, ctx) => {
    let embeddings: EmbeddingSettings
    try {
      embeddings = embeddingSettingsFrom(env)
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['EMBEDDINGS_PROVIDER'], message: error instanceof Error ? error.message : String(error) })
      return z.NEVER
    }
    return {
    supabaseUrl: env.SUPABASE_URL.replace(/\/$/, ''),
    supabaseAnonKey: env.SUPABASE_ANON_KEY,
    jwtSecret: env.SUPABASE_JWT_SECRET,
    jwksUrl: env.SUPABASE_JWKS_URL ?? `${env.SUPABASE_URL.replace(/\/$/, '')}/auth/v1/.well-known/jwks.json`,
    maxBodyBytes: env.MAX_BODY_BYTES,
    maxUploadBytes: env.MAX_UPLOAD_BYTES,
    serviceRoleKey: env.SUPABASE_SERVICE_ROLE_KEY,
    localMailbox: env.LOCAL_MAILBOX === 'true' && !env.RESEND_API_KEY,
    mail: env.RESEND_API_KEY ? { apiKey: env.RESEND_API_KEY, from: env.MAIL_FROM ?? 'no-reply@zafto.app' } : undefined,
    models: modelSettingsFrom(env),
    embeddings,
  }
  })

export type Config = z.output<typeof configSchema>

/** Parses the environment or throws one error that lists every problem. */
export function parseConfig(env: Record<string, unknown>): Config {
  const result = configSchema.safeParse(env)
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')
    throw new Error(`Invalid configuration:\n${problems}\nSee README.md, "Configuration".`)
  }
  return result.data
}
