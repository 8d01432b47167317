import { createRoute } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { scheduledTasks } from '../../cron/tasks'
import { requireUser } from '../lib/auth'
import { createRouter } from '../lib/app'
import type { AppEnv } from '../lib/context'
import { ApiError } from '../lib/errors'
import { ErrorSchema, errorResponses, IdParams, json, jsonBody } from '../lib/openapi'
import { opsScope, opsTransaction, recordSupportAccess } from '../lib/ops'
import { afterCommit, runAfterCommit } from './after-commit'
import { findRun } from './find-run'
import { listCorrections } from './list-corrections'
import { listTenants } from './list-tenants'
import { loadAiUsage } from './load-ai-usage'
import { loadKnowledgeStatus } from './load-knowledge-status'
import { loadOpsOverview } from './load-overview'
import { loadPipelineStatus } from './load-pipeline-status'
import { loadTenantSupportView } from './load-tenant-support-view'
import { queueSnapshot, readQueueFirst } from './queue-snapshot'
import { reviewCorrection } from './review-correction'
import {
  AiUsageQuery,
  CompanyParams,
  CorrectionItem,
  CorrectionList,
  CorrectionsQuery,
  IngestInput,
  JobStarted,
  OpsAiUsage,
  OpsKnowledge,
  OpsOverview,
  OpsPipelines,
  OpsRun,
  OverviewQuery,
  ReviewInput,
  RunParams,
  RunStarted,
  SupportQuery,
  TaskParams,
  TenantList,
  TenantSupportView,
} from './schemas'
import { startTaskRun } from './start-task-run'
import { tellCorrectionOutcome } from './tell-correction-outcome'

const tags = ['Ops']
const security = [{ bearerAuth: [] }]
const staffOnly = 'Platform staff only (app_metadata.role `ops`); every request is audited.'
const queueMissing = { 503: json(ErrorSchema, 'No worker has set up the job queue on this database yet') }

/** Names a run of `task` (its id goes into the request's audit row) and enqueues it once that row has committed; returns the id. */
function enqueueAfterCommit(c: Context<AppEnv>, task: string, data: object = {}): string {
  const runId = crypto.randomUUID()
  c.set('opsEntityId', runId)
  const jobs = c.get('services').jobs
  afterCommit(c, () => startTaskRun({ jobs, task, runId, data }))
  return runId
}

/**
 * The ops portal's API (`/ops`): cross-tenant aggregates for platform staff, read through the
 * audited `zafto_ops` path (opsTransaction: 403 to everyone else, one audit row per
 * successful request, nothing written by a failed one). A single tenant's rows are read only
 * by the support view, which needs a reason.
 */
export const opsRouter = createRouter()
opsRouter.use('*', requireUser, runAfterCommit)
// pg-boss answers on another connection: asked before the transaction opens (queue-snapshot.ts).
opsRouter.use('/pipelines', readQueueFirst('schedules'))
opsRouter.use('/runs/:runId', readQueueFirst('jobState'))
opsRouter.use('*', opsTransaction)

opsRouter
  .openapi(
    createRoute({
      method: 'get',
      path: '/overview',
      tags,
      security,
      summary: 'Platform overview',
      description: `Tenants, users, weekly activity (UTC weeks from Monday; empty weeks are zeros), jobs and payments this week against last, client portal use and anonymous recent events. ${staffOnly}`,
      request: { query: OverviewQuery },
      responses: { 200: json(OpsOverview, 'The platform at a glance'), ...errorResponses },
    }),
    async (c) => c.json(await loadOpsOverview({ tx: c.get('tx'), weeks: c.req.valid('query').weeks }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/ai',
      tags,
      security,
      summary: "Z's usage, cost and quality",
      description: `Requests, tokens, cost, escalations, fast-path and offline shares, latency percentiles, by tier and model, day and tenant, and 👍/👎 by trade and topic. ${staffOnly}`,
      request: { query: AiUsageQuery },
      responses: { 200: json(OpsAiUsage, 'Usage over the period'), ...errorResponses },
    }),
    async (c) => c.json(await loadAiUsage({ tx: c.get('tx'), days: c.req.valid('query').days }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/corrections',
      tags,
      security,
      summary: 'Corrections review queue',
      description: `Corrections people sent to Z's answers, filtered by status, trade, topic and severity, and every topic's counts (highlighted from 3 pending or validated). ${staffOnly}`,
      request: { query: CorrectionsQuery },
      responses: { 200: json(CorrectionList, 'The queue and its topics'), ...errorResponses },
    }),
    async (c) => c.json(await listCorrections({ tx: c.get('tx'), filters: c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/corrections/{id}/review',
      tags,
      security,
      summary: 'Validate or reject a correction',
      description: `Records the decision and note (a validated correction is flagged for the corpus), emails the sender through their company's outbox (none for people without a company) and resolves the correction in their Z memory. ${staffOnly}`,
      request: { params: IdParams, body: jsonBody(ReviewInput) },
      responses: { 200: json(CorrectionItem, 'The reviewed correction'), ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid('param')
      c.set('opsEntityId', id)
      const { item, notice } = await reviewCorrection({ ...opsScope(c), correctionId: id, input: c.req.valid('json') })
      const { db, mailer } = c.get('services')
      afterCommit(c, () => tellCorrectionOutcome({ db, mailer, notice, requestId: c.get('requestId') }))
      return c.json(item, 200)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/knowledge',
      tags,
      security,
      summary: 'Knowledge corpus and code reference links',
      description: `Documents and chunks per trade, the latest ingest run, and the code references' link check. ${staffOnly}`,
      responses: { 200: json(OpsKnowledge, 'The corpus as loaded'), ...errorResponses },
    }),
    async (c) => c.json(await loadKnowledgeStatus({ tx: c.get('tx') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/knowledge/ingest',
      tags,
      security,
      summary: 'Re-ingest the corpus',
      description: `Enqueues the knowledge ingest for the worker (the whole corpus, or one folder with \`trade\`); poll GET /ops/runs/{runId} for { processed, total }. ${staffOnly}`,
      request: { body: { required: false, content: { 'application/json': { schema: IngestInput } } } },
      responses: { 202: json(RunStarted, 'Enqueued'), ...errorResponses, ...queueMissing },
    }),
    async (c) => c.json({ runId: enqueueAfterCommit(c, 'knowledge_ingest', { trade: c.req.valid('json').trade }) }, 202),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/knowledge/link-check',
      tags,
      security,
      summary: 'Check the code reference links now',
      description: `Enqueues the link check (it also runs weekly); poll GET /ops/runs/{runId}. ${staffOnly}`,
      responses: { 202: json(RunStarted, 'Enqueued'), ...errorResponses, ...queueMissing },
    }),
    async (c) => c.json({ runId: enqueueAfterCommit(c, 'check_code_links') }, 202),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/runs/{runId}',
      tags,
      security,
      summary: 'One task run',
      description: `A run's status and details (\`{ processed, total }\` while an ingest or link check runs); \`queued\` until a worker picks it up. ${staffOnly}`,
      request: { params: RunParams },
      responses: { 200: json(OpsRun, 'The run'), ...errorResponses },
    }),
    async (c) => c.json(await findRun({ tx: c.get('tx'), jobs: queueSnapshot(c), runId: c.req.valid('param').runId }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/pipelines',
      tags,
      security,
      summary: 'Scheduled tasks and recent runs',
      description: `Each scheduled task with its cron (UTC), whether pg-boss holds the schedule and its last run, and the latest 50 runs of every job. ${staffOnly}`,
      responses: { 200: json(OpsPipelines, 'Tasks and runs'), ...errorResponses },
    }),
    async (c) => c.json(await loadPipelineStatus({ tx: c.get('tx'), jobs: queueSnapshot(c) }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/pipelines/{task}/run',
      tags,
      security,
      summary: 'Run a scheduled task now',
      description: `Enqueues one run (trigger \`ops\`); the job id is also the run's id (GET /ops/runs/{jobId}). ${staffOnly}`,
      request: { params: TaskParams },
      responses: { 202: json(JobStarted, 'Enqueued'), ...errorResponses, ...queueMissing },
    }),
    async (c) => {
      const { task } = c.req.valid('param')
      if (!scheduledTasks.some((known) => known.name === task)) {
        throw new ApiError('not_found', `There is no task "${task}". GET /ops/pipelines lists them.`)
      }
      return c.json({ jobId: enqueueAfterCommit(c, task) }, 202)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/tenants',
      tags,
      security,
      summary: 'Tenants',
      description: `Every company with its size in counts, newest first. ${staffOnly}`,
      responses: { 200: json(TenantList, 'The companies'), ...errorResponses },
    }),
    async (c) => c.json(await listTenants({ tx: c.get('tx') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/tenants/{companyId}',
      tags,
      security,
      summary: 'One tenant (support action)',
      description: `The company's profile, counts and latest audit rows. A support action: \`reason\` (10–500 characters) is required and goes into the audit log with the company. ${staffOnly}`,
      request: { params: CompanyParams, query: SupportQuery },
      responses: { 200: json(TenantSupportView, 'The tenant'), ...errorResponses },
    }),
    async (c) => {
      const { companyId } = c.req.valid('param')
      recordSupportAccess(c, { companyId, reason: c.req.valid('query').reason })
      return c.json(await loadTenantSupportView({ tx: c.get('tx'), companyId }), 200)
    },
  )
