import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  date,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  vector,
} from 'drizzle-orm/pg-core'
import { createdAt, id, timestamps } from '../_columns'
import { authUsers } from '../auth'
import { companies } from '../companies'

/** Dimensions of the knowledge embeddings (the local default embedding model's output). */
export const EMBEDDING_DIMENSIONS = 384

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' })

const optionalCompany = () => uuid('company_id').references(() => companies.id, { onDelete: 'cascade' })
const requiredUser = () =>
  uuid('user_id')
    .notNull()
    .references(() => authUsers.id, { onDelete: 'cascade' })

/** Z's personas: who is asking decides tone, rules and what may be revealed. */
export const personas = ['field_tech', 'office', 'owner_admin', 'homeowner', 'ops'] as const
export const aiPersona = pgEnum('ai_persona', personas)

export const aiConversations = pgTable(
  'ai_conversations',
  {
    id: id(),
    userId: requiredUser(),
    companyId: optionalCompany(),
    persona: aiPersona('persona').notNull(),
    /** Where the chat happened: `web_crm`, `client_portal`, `ops_portal`, `mobile`. */
    surface: text('surface').notNull(),
    title: text('title'),
    /**
     * Positions handed out so far. The request reserves the positions of its question and
     * answer here, so the messages the post-processing job writes later keep their order.
     */
    messageCount: integer('message_count').notNull().default(0),
    ...timestamps(),
  },
  (t) => [index('ai_conversations_user_idx').on(t.userId, t.updatedAt)],
)

export const aiMessageRoles = ['user', 'assistant'] as const
export const aiMessageRole = pgEnum('ai_message_role', aiMessageRoles)

export const aiMessages = pgTable(
  'ai_messages',
  {
    id: id(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => aiConversations.id, { onDelete: 'cascade' }),
    userId: requiredUser(),
    companyId: optionalCompany(),
    role: aiMessageRole('role').notNull(),
    content: text('content').notNull(),
    model: text('model'),
    /** fast | balanced | deep */
    tier: text('tier'),
    queryType: text('query_type'),
    confidence: doublePrecision('confidence'),
    inputTokens: integer('input_tokens'),
    outputTokens: integer('output_tokens'),
    costUsd: numeric('cost_usd', { precision: 12, scale: 6 }),
    latencyMs: integer('latency_ms'),
    sources: jsonb('sources').notNull().default([]),
    suggestedActions: jsonb('suggested_actions').notNull().default([]),
    /** Position in the conversation (user and assistant messages alike), from 0. */
    messageIndex: integer('message_index').notNull(),
    /** The answer was escalated to a stronger tier (hedging, conflicting sources). */
    escalated: boolean('escalated').notNull().default(false),
    /** A deep answer that still hedged: shown with an explicit uncertainty flag. */
    uncertain: boolean('uncertain').notNull().default(false),
    /** Answered without a model (greeting, help, data question, conversion). */
    fastPath: boolean('fast_path').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('ai_messages_conversation_idx').on(t.conversationId, t.createdAt),
    uniqueIndex('ai_messages_position_key').on(t.conversationId, t.messageIndex),
  ],
)

/** Layer 3: what Z remembers about one person in one persona. */
export const aiUserMemory = pgTable(
  'ai_user_memory',
  {
    id: id(),
    userId: requiredUser(),
    companyId: optionalCompany(),
    persona: text('persona').notNull(),
    memoryProfile: jsonb('memory_profile').notNull(),
    version: integer('version').notNull().default(1),
    lastInteractionAt: timestamp('last_interaction_at', { withTimezone: true }),
    interactionCount: integer('interaction_count').notNull().default(0),
    ...timestamps(),
  },
  (t) => [unique('ai_user_memory_user_persona_key').on(t.userId, t.persona)],
)

export const correctionSeverities = ['minor', 'major', 'safety_critical'] as const

export const aiCorrections = pgTable('ai_corrections', {
  id: id(),
  userId: requiredUser(),
  companyId: optionalCompany(),
  conversationId: uuid('conversation_id'),
  originalResponse: text('original_response').notNull(),
  correctionText: text('correction_text').notNull(),
  codeReference: text('code_reference'),
  trade: text('trade').notNull(),
  topic: text('topic'),
  severity: text('severity', { enum: correctionSeverities }).notNull().default('minor'),
  /** null = pending review, true = confirmed, false = rejected */
  validated: boolean('validated'),
  validatedBy: text('validated_by'),
  validatedAt: timestamp('validated_at', { withTimezone: true }),
  /** The reviewer's note, shown to the person who sent the correction. */
  reviewNote: text('review_note'),
  /** Validated and marked for the next corpus revision. */
  forCorpus: boolean('for_corpus').notNull().default(false),
  createdAt: createdAt(),
})

export const aiFeedback = pgTable('ai_feedback', {
  id: id(),
  userId: requiredUser(),
  companyId: optionalCompany(),
  conversationId: uuid('conversation_id'),
  messageIndex: integer('message_index'),
  signal: text('signal', { enum: ['positive', 'negative'] }).notNull(),
  category: text('category', { enum: ['inaccurate', 'irrelevant', 'unclear', 'other'] }),
  comment: text('comment'),
  createdAt: createdAt(),
})

/** A structured intent Z proposed from language; it runs only after an explicit confirm. */
export const aiActionStatuses = ['proposed', 'confirmed', 'executed', 'cancelled', 'failed', 'expired'] as const

export const aiActions = pgTable(
  'ai_actions',
  {
    id: id(),
    userId: requiredUser(),
    companyId: uuid('company_id')
      .notNull()
      .default(sql`public.current_company_id()`)
      .references(() => companies.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id').references(() => aiConversations.id, { onDelete: 'set null' }),
    intent: text('intent').notNull(),
    payload: jsonb('payload').notNull(),
    summary: text('summary').notNull(),
    status: text('status', { enum: aiActionStatuses }).notNull().default('proposed'),
    result: jsonb('result'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('ai_actions_user_status_idx').on(t.userId, t.status)],
)

/** Layer 5: anonymous cross-tenant aggregates computed nightly. No company column on purpose. */
export const intelligencePatterns = pgTable(
  'intelligence_patterns',
  {
    id: id(),
    patternType: text('pattern_type').notNull(),
    trade: text('trade').notNull(),
    region: text('region'),
    jobCategory: text('job_category'),
    data: jsonb('data').notNull(),
    sampleSize: integer('sample_size').notNull(),
    confidence: doublePrecision('confidence'),
    minSampleThreshold: integer('min_sample_threshold').notNull().default(25),
    /** `computed` by the nightly pipelines, or an industry `baseline` (cron/baselines) until one is. */
    source: text('source').notNull().default('computed'),
    lastComputedAt: timestamp('last_computed_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('intelligence_patterns_key')
      .on(t.patternType, t.trade, t.region, t.jobCategory)
      .nullsNotDistinct(),
    index('idx_patterns_lookup')
      .on(t.trade, t.region, t.patternType)
      .where(sql`${t.sampleSize} >= ${t.minSampleThreshold}`),
  ],
)

export const pipelineRunStatuses = ['running', 'succeeded', 'failed', 'skipped'] as const

/**
 * The run log of the scheduled pipelines: one row per attempt. At most one `running` row per
 * job (a partial unique index), which is how two workers never run the same job at once.
 */
export const pipelineRuns = pgTable(
  'pipeline_runs',
  {
    id: id(),
    job: text('job').notNull(),
    status: text('status', { enum: pipelineRunStatuses }).notNull(),
    /** `schedule` (pg-boss), `cli` (npm run cron) or `ops` (run now from the ops portal). */
    trigger: text('trigger').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    rowsRead: bigint('rows_read', { mode: 'number' }),
    patternsUpserted: integer('patterns_upserted'),
    patternsRemoved: integer('patterns_removed'),
    groupsSkipped: integer('groups_skipped'),
    /** What else the job reports (housekeeping counts, skipped-group reasons). */
    details: jsonb('details').notNull().default({}),
    error: text('error'),
  },
  (t) => [
    uniqueIndex('pipeline_runs_one_running').on(t.job).where(sql`${t.status} = 'running'`),
    index('pipeline_runs_job_started_idx').on(t.job, t.startedAt),
  ],
)

/** Layer 6 defaults: which role may see which category of data. Owners override per company. */
export const aiVisibilityDefaults = pgTable(
  'ai_visibility_defaults',
  {
    role: text('role').notNull(),
    category: text('category').notNull(),
    allowed: boolean('allowed').notNull(),
  },
  (t) => [uniqueIndex('ai_visibility_defaults_key').on(t.role, t.category)],
)

/** Deep links to the publishers' free code viewers; no code text is stored. */
export const codeReferences = pgTable(
  'code_references',
  {
    id: id(),
    codeBody: text('code_body').notNull(),
    edition: text('edition').notNull(),
    section: text('section').notNull(),
    title: text('title'),
    topicTags: text('topic_tags').array().notNull().default(sql`'{}'::text[]`),
    deepLinkUrl: text('deep_link_url').notNull(),
    trade: text('trade').notNull(),
    adoptedStates: text('adopted_states').array().notNull().default(sql`'{}'::text[]`),
    stateAmendmentNotes: jsonb('state_amendment_notes'),
    /** The deep link's last check: `unchecked`, `ok` or `broken` (with the HTTP status or error). */
    linkStatus: text('link_status').notNull().default('unchecked'),
    linkCheckedAt: timestamp('link_checked_at', { withTimezone: true }),
    linkDetail: text('link_detail'),
    ...timestamps(),
  },
  (t) => [
    unique('code_references_key').on(t.codeBody, t.edition, t.section),
    index('idx_code_refs_lookup').on(t.codeBody, t.section, t.trade),
  ],
)

export const knowledgeDocuments = pgTable(
  'knowledge_documents',
  {
    id: id(),
    /** Path under knowledge/, unique: ingestion upserts by it. */
    sourcePath: text('source_path').notNull(),
    trade: text('trade').notNull(),
    title: text('title').notNull(),
    contentHash: text('content_hash').notNull(),
    metadata: jsonb('metadata').notNull().default({}),
    ...timestamps(),
  },
  (t) => [uniqueIndex('knowledge_documents_path_key').on(t.sourcePath)],
)

export const knowledgeChunks = pgTable(
  'knowledge_chunks',
  {
    id: id(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => knowledgeDocuments.id, { onDelete: 'cascade' }),
    trade: text('trade').notNull(),
    chunkIndex: integer('chunk_index').notNull(),
    /** "Document title › Section › Subsection" the chunk belongs to. */
    heading: text('heading').notNull().default(''),
    content: text('content').notNull(),
    /** sha256 of `content`: re-ingesting an unchanged chunk keeps it (and its embedding). */
    contentHash: text('content_hash').notNull().default(''),
    embedding: vector('embedding', { dimensions: EMBEDDING_DIMENSIONS }),
    /** The embedder that produced `embedding`; another model means re-embedding. */
    embeddingModel: text('embedding_model'),
    tsv: tsvector('tsv')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('english', content)`),
    codeRefs: text('code_refs').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [
    index('knowledge_chunks_embedding_idx').using('hnsw', t.embedding.op('vector_cosine_ops')),
    index('knowledge_chunks_tsv_idx').using('gin', t.tsv),
    index('knowledge_chunks_trade_idx').on(t.trade),
    index('knowledge_chunks_document_idx').on(t.documentId, t.contentHash),
  ],
)

/** Z's usage per company, day and model: tokens and cost, for accounting and the ops portal. */
export const aiUsageDaily = pgTable(
  'ai_usage_daily',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    day: date('day').notNull(),
    model: text('model').notNull(),
    tier: text('tier').notNull(),
    requests: integer('requests').notNull().default(0),
    fastPathRequests: integer('fast_path_requests').notNull().default(0),
    escalations: integer('escalations').notNull().default(0),
    inputTokens: bigint('input_tokens', { mode: 'number' }).notNull().default(0),
    outputTokens: bigint('output_tokens', { mode: 'number' }).notNull().default(0),
    costUsd: numeric('cost_usd', { precision: 14, scale: 6 }).notNull().default('0'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.day, t.model, t.tier] })],
)
