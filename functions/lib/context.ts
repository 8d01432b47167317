import type { JobQueue } from '../../cron/queue'
import type { Database, Sql, Tx } from '../../db/client'
import type { Embedder } from '../ai/embeddings/types'
import type { ModelProvider } from '../ai/providers/types'
import type { MemberRole } from '../../db/schema'
import type { Config } from './config'
import type { Mailer } from './mail'
import type { Storage } from './storage'

/** What every request may use, put on the context once by the init middleware. */
export type Services = {
  sql: Sql
  db: Database
  config: Config
  /** Uploaded and generated files (photos, receipts, logos, PDFs). */
  storage: Storage
  /** Delivers what the outbox records (bids and invoices sent by email). */
  mailer: Mailer
  /** Z's language models (Anthropic, an OpenAI-compatible endpoint, or offline). */
  models: ModelProvider
  /** Background work (pg-boss): requests enqueue, the worker runs. */
  jobs: JobQueue
  /** Embeds questions for knowledge retrieval (the same model the corpus was ingested with). */
  embedder: Embedder
}

/** The host decides how a request gets its services: a shared pool on Node, per request on Workers. */
export type ServicesProvider = (bindings: unknown) => Services

export type AuthUser = {
  id: string
  email: string | null
  /** The verified JWT claims, handed to Postgres as `request.jwt.claims`. */
  claims: Record<string, unknown>
}

export type Membership = {
  memberId: string
  companyId: string
  role: MemberRole
}

export type AppEnv = {
  Variables: {
    requestId: string
    services: Services
    user: AuthUser
    /** The request's transaction, running as `authenticated` with the caller's claims. */
    tx: Tx
    membership: Membership | null
    /** Ops requests: the tenant and record a support action concerns, and its reason (audited). */
    opsCompanyId?: string | null
    opsEntityId?: string | null
    opsReason?: string | null
  }
}
