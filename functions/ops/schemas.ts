import { z } from '@hono/zod-openapi'
import { correctionSeverities, pipelineRunStatuses } from '../../db/schema'
import { corpusTrades } from '../../knowledge/ingest/list-corpus'

const count = z.number().int()
const growthPct = z.number().nullable().openapi({ description: 'Week over week, in percent with one decimal; null when last week was 0' })
const rate = z.number().nullable().openapi({ description: '0–1 with four decimals; null when there is nothing to divide by' })

export const OverviewQuery = z.object({
  weeks: z.coerce.number().int().min(1).max(104).default(12).openapi({ description: 'How many weeks the weekly series covers, ending with this one', example: 12 }),
})

export const activityKinds = ['quote_accepted', 'quote_declined', 'portal_message', 'service_request', 'company_signup', 'portal_joined'] as const

export const OpsOverview = z
  .object({
    generatedAt: z.iso.datetime(),
    tenants: z.object({
      total: count,
      active30d: count.openapi({ description: 'Companies whose people changed something (audit log) or asked Z in the last 30 days' }),
      byTrade: z.array(z.object({ trade: z.string(), count })),
      byState: z.array(z.object({ state: z.string().nullable(), count })),
    }),
    users: z.object({
      total: count,
      new: count.openapi({ description: 'Accounts created in the last 30 days' }),
      signedIn30d: count,
    }),
    weekly: z
      .array(
        z.object({
          week: z.iso.date().openapi({ description: 'The Monday (UTC) the week starts on' }),
          newCompanies: count,
          newUsers: count,
          jobsCompleted: count,
          paymentsCents: count,
          portalActions: count.openapi({ description: 'Quotes decided in the portal, homeowner messages, service requests and invitations claimed' }),
        }),
      )
      .openapi({ description: 'Oldest first; weeks without activity are zeros' }),
    jobs: z.object({ completedThisWeek: count, completedLastWeek: count, growthPct }),
    revenue: z.object({
      thisWeekCents: count,
      lastWeekCents: count,
      growthPct,
      totalCents: count.openapi({ description: 'Every payment recorded on the platform' }),
    }),
    portal: z.object({ linkedHomeowners: count, quotesDecided7d: count, messages7d: count, serviceRequests7d: count }),
    recentActivity: z
      .array(z.object({ at: z.iso.datetime(), kind: z.enum(activityKinds), trade: z.string().nullable(), state: z.string().nullable() }))
      .openapi({ description: 'The latest 20 events, anonymous: the company’s trade and state only' }),
  })
  .openapi('OpsOverview')

export const AiUsageQuery = z.object({
  days: z.coerce.number().int().min(1).max(365).default(30).openapi({ description: 'UTC days ending today', example: 30 }),
})

const usd = z.number().openapi({ description: 'US dollars, 6 decimals' })

export const OpsAiUsage = z
  .object({
    totals: z.object({
      requests: count,
      inputTokens: count,
      outputTokens: count,
      costUsd: usd,
      escalationRate: rate,
      fastPathShare: rate,
      offlineShare: rate.openapi({ description: 'Answered by the offline provider (no model configured or reachable)' }),
      latencyP50Ms: z.number().nullable(),
      latencyP95Ms: z.number().nullable(),
    }),
    byTierModel: z.array(z.object({ tier: z.string(), model: z.string(), requests: count, costUsd: usd })),
    byDay: z.array(z.object({ day: z.iso.date(), requests: count, inputTokens: count, outputTokens: count, costUsd: usd })).openapi({ description: 'Every day of the period, zeros included' }),
    byTenant: z
      .array(z.object({ companyId: z.uuid(), companyName: z.string(), requests: count, costUsd: usd }))
      .openapi({ description: 'Companies by cost; homeowners and staff (no company) count in the totals only' }),
    feedback: z
      .array(z.object({ trade: z.string(), topic: z.string(), positive: count, negative: count, positiveRate: rate }))
      .openapi({ description: "👍/👎 by the company's first trade (`general` without one) and the answer's query type" }),
  })
  .openapi('OpsAiUsage')

export const correctionStatuses = ['pending', 'validated', 'rejected'] as const

export const CorrectionsQuery = z.object({
  status: z.enum(correctionStatuses, { error: `Use one of: ${correctionStatuses.join(', ')}.` }).optional(),
  trade: z.string().trim().min(1).max(60).optional(),
  topic: z.string().trim().min(1).max(160).optional(),
  severity: z.enum(correctionSeverities, { error: `Use one of: ${correctionSeverities.join(', ')}.` }).optional(),
})

export const CorrectionItem = z
  .object({
    id: z.uuid(),
    trade: z.string(),
    topic: z.string().nullable(),
    severity: z.enum(correctionSeverities),
    correctionText: z.string(),
    originalResponse: z.string(),
    codeReference: z.string().nullable(),
    createdAt: z.iso.datetime(),
    status: z.enum(correctionStatuses),
    reviewNote: z.string().nullable(),
    forCorpus: z.boolean(),
  })
  .openapi('OpsCorrection')

export const CorrectionTopic = z
  .object({
    trade: z.string(),
    topic: z.string().nullable(),
    pending: count,
    validated: count,
    rejected: count,
    total: count,
    highlighted: z.boolean().openapi({ description: 'Three or more pending or validated corrections: the corpus likely needs work here' }),
  })
  .openapi('OpsCorrectionTopic')

export const CorrectionList = z
  .object({
    items: z.array(CorrectionItem).openapi({ description: 'Newest first, at most 200' }),
    topics: z.array(CorrectionTopic).openapi({ description: 'Every topic, most corrections first (filters do not apply)' }),
  })
  .openapi('OpsCorrectionList')

export const ReviewInput = z
  .object({
    decision: z.enum(['validate', 'reject'], { error: 'Use validate or reject.' }),
    note: z.string().trim().min(1, { error: 'Write a note for the person who sent it.' }).max(1000),
  })
  .strict()
  .openapi('OpsReviewInput')

export const OpsRun = z
  .object({
    id: z.uuid(),
    job: z.string(),
    status: z.enum([...pipelineRunStatuses, 'queued']).openapi({ description: '`queued`: enqueued, not picked up by a worker yet' }),
    trigger: z.string(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    rowsRead: z.number().int().nullable(),
    patternsUpserted: z.number().int().nullable(),
    patternsRemoved: z.number().int().nullable(),
    groupsSkipped: z.number().int().nullable(),
    details: z.record(z.string(), z.unknown()).openapi({ description: 'While running: `{ processed, total }`; when done, what the run reports' }),
    error: z.string().nullable(),
  })
  .openapi('OpsRun')

export const OpsKnowledge = z
  .object({
    byTrade: z.array(z.object({ trade: z.string(), documents: count, chunks: count, lastIngestedAt: z.iso.datetime().nullable() })),
    lastIngest: OpsRun.nullable(),
    codeReferences: z.object({
      total: count,
      ok: count,
      broken: count,
      unchecked: count,
      lastCheckedAt: z.iso.datetime().nullable(),
      broken_items: z
        .array(
          z.object({
            id: z.uuid(),
            codeBody: z.string(),
            edition: z.string(),
            section: z.string(),
            deepLinkUrl: z.string(),
            linkDetail: z.string().nullable(),
          }),
        )
        .openapi({ description: 'At most 200' }),
    }),
  })
  .openapi('OpsKnowledge')

export const IngestInput = z
  .object({
    trade: z
      .enum(corpusTrades, { error: `Use one of the corpus folders: ${corpusTrades.join(', ')}.` })
      .optional()
      .openapi({ description: 'Only this folder of the corpus (the others stay as they are); the whole corpus when absent' }),
  })
  .strict()
  .openapi('OpsIngestInput')

export const RunStarted = z.object({ runId: z.uuid().openapi({ description: 'Poll GET /ops/runs/{runId}' }) }).openapi('OpsRunStarted')

export const JobStarted = z
  .object({ jobId: z.uuid().openapi({ description: 'The pg-boss job; its run is GET /ops/runs/{jobId} once a worker picks it up' }) })
  .openapi('OpsJobStarted')

export const RunParams = z.object({
  runId: z.uuid({ error: 'Must be a UUID.' }).openapi({ param: { name: 'runId', in: 'path' } }),
})

export const TaskParams = z.object({
  task: z.string().min(1).max(100).openapi({ param: { name: 'task', in: 'path' }, example: 'housekeeping' }),
})

export const OpsPipelines = z
  .object({
    tasks: z.array(
      z.object({
        name: z.string(),
        cron: z.string().openapi({ description: 'UTC' }),
        summary: z.string(),
        scheduled: z.boolean().openapi({ description: 'pg-boss holds this schedule (false under SCHEDULER=cloudflare: the Worker cron triggers enqueue it)' }),
        lastRun: OpsRun.nullable(),
      }),
    ),
    runs: z.array(OpsRun).openapi({ description: 'The latest 50 runs of every job, newest first' }),
  })
  .openapi('OpsPipelines')

export const TenantSummary = z
  .object({
    companyId: z.uuid(),
    name: z.string(),
    trades: z.array(z.string()),
    state: z.string().nullable(),
    createdAt: z.iso.datetime(),
    members: count,
    customers: count,
    jobs30d: count.openapi({ description: 'Jobs created in the last 30 days' }),
  })
  .openapi('OpsTenant')

export const TenantList = z.array(TenantSummary).openapi('OpsTenantList')

export const CompanyParams = z.object({
  companyId: z.uuid({ error: 'Must be a UUID.' }).openapi({ param: { name: 'companyId', in: 'path' } }),
})

export const SupportQuery = z.object({
  reason: z
    .string({ error: 'Say why you need this tenant’s details (10–500 characters); it goes into the audit log.' })
    .trim()
    .min(10, { error: 'Say why you need this tenant’s details in at least 10 characters; it goes into the audit log.' })
    .max(500, { error: 'Keep the reason under 500 characters.' }),
})

export const TenantSupportView = z
  .object({
    company: z.object({
      id: z.uuid(),
      name: z.string(),
      trades: z.array(z.string()),
      state: z.string().nullable(),
      tier: z.string(),
      employeeCount: z.number().int().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      address: z.string().nullable(),
      contributeToIntelligence: z.boolean(),
      createdAt: z.iso.datetime(),
    }),
    counts: z.object({
      members: count,
      customers: count,
      linkedHomeowners: count,
      jobs: count,
      jobsOpen: count,
      bids: count,
      invoices: count,
      leads: count,
      aiRequests30d: count,
    }),
    recentAudit: z
      .array(z.object({ at: z.iso.datetime(), action: z.string(), entityType: z.string(), entityId: z.uuid().nullable(), actorRole: z.string().nullable() }))
      .openapi({ description: 'The company’s latest 25 audit rows (what happened, not the changed values)' }),
  })
  .openapi('OpsTenantSupportView')
