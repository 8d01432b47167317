import type { Tx } from '../../../db/client'
import { auditLog } from '../../../db/schema'
import type { AuthUser, Services } from '../../lib/context'
import { ApiError } from '../../lib/errors'
import { isPlatformOps, runAsOps } from '../../lib/ops'
import { listCorrectionTopics } from '../../ops/list-correction-topics'
import { loadAiUsage } from '../../ops/load-ai-usage'
import { loadOpsOverview } from '../../ops/load-overview'
import { loadPipelineStatus } from '../../ops/load-pipeline-status'
import { snapshotSchedules } from '../../ops/queue-snapshot'
import type { ModelTool } from '../providers/types'

/** Who runs an ops tool: the staff member, and the chat request it belongs to (for the audit row). */
export type OpsToolScope = { services: Services; user: AuthUser; requestId: string }

/** A whole number from a model's input, within bounds, else the default. */
const wholeNumber = (value: unknown, min: number, max: number, fallback: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : fallback

type OpsToolDefinition = {
  name: string
  description: string
  inputSchema: Record<string, unknown>
  /** The arguments as used (bounded, defaults filled in): what the audit row records. */
  args(input: unknown): Record<string, number>
  /**
   * What must be read before the ops transaction opens: pg-boss answers on another connection,
   * and the embedded database runs one transaction at a time (see snapshotSchedules).
   */
  readFirst?(services: Services): Promise<unknown>
  load(tx: Tx, args: Record<string, number>, readFirst: unknown): Promise<unknown>
}

const field = (input: unknown, key: string) => (typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[key] : undefined)

/**
 * The ops co-pilot's read-only tools: the same loaders as the ops API, over platform
 * aggregates. Per-tenant breakdowns are left out: the co-pilot speaks of the platform as a
 * whole (the ops pages list tenants).
 */
export const opsToolDefinitions: OpsToolDefinition[] = [
  {
    name: 'platform_overview',
    description:
      'Platform health: tenants (total, active in 30 days, by trade and state), users (total, new, signed in), a weekly series of new companies, new users, jobs completed, payments processed (cents) and client-portal actions, this week vs last week, and anonymous recent activity.',
    inputSchema: { type: 'object', properties: { weeks: { type: 'integer', minimum: 1, maximum: 52, description: 'Weeks in the series, ending with this one (default 4)' } } },
    args: (input) => ({ weeks: wholeNumber(field(input, 'weeks'), 1, 52, 4) }),
    load: (tx, { weeks }) => loadOpsOverview({ tx, weeks: weeks! }),
  },
  {
    name: 'ai_usage',
    description:
      "Z's requests, input/output tokens and cost in US dollars over the last N UTC days (today included): totals with escalation rate, fast-path and offline shares (0–1) and latency p50/p95, by tier and model, by day, and 👍/👎 by trade and topic.",
    inputSchema: { type: 'object', properties: { days: { type: 'integer', minimum: 1, maximum: 366, description: 'Days back, today included (default 7)' } } },
    args: (input) => ({ days: wholeNumber(field(input, 'days'), 1, 366, 7) }),
    load: async (tx, { days }) => {
      const { totals, byTierModel, byDay, feedback } = await loadAiUsage({ tx, days: days! })
      return { days, totals, byTierModel, byDay, feedback }
    },
  },
  {
    name: 'correction_topics',
    description: 'User corrections of Z per trade and topic: pending, validated, rejected and total, most first; highlighted topics have many pending or validated corrections.',
    inputSchema: { type: 'object', properties: {} },
    args: () => ({}),
    load: (tx) => listCorrectionTopics({ tx }),
  },
  {
    name: 'pipeline_status',
    description: 'The scheduled tasks (pattern pipelines, memory consolidation, housekeeping) with their schedule and last run, and the latest runs with rows read and patterns written.',
    inputSchema: { type: 'object', properties: {} },
    args: () => ({}),
    readFirst: (services) => snapshotSchedules(services.jobs),
    load: (tx, _args, schedules: Awaited<ReturnType<typeof snapshotSchedules>>) => loadPipelineStatus({ tx, jobs: schedules }),
  },
]

/**
 * Runs one ops tool for a staff member: in its own transaction as `zafto_ops` with their
 * claims (every tenant's rows for aggregates, no writes but the audit log), and records the
 * call in the audit log (`ops.read`, the tool and its arguments), like every ops API request.
 */
export async function runOpsTool(scope: OpsToolScope, name: string, input: unknown): Promise<unknown> {
  const tool = opsToolDefinitions.find((definition) => definition.name === name)
  if (!tool) throw new ApiError('not_found', `There is no ops tool named ${name}.`)
  if (!isPlatformOps(scope.user)) throw new ApiError('forbidden', 'This is for ZAFTO platform staff only.')
  const args = tool.args(input)
  const readFirst = await tool.readFirst?.(scope.services)
  return runAsOps(scope.services.db, scope.user, async (tx) => {
    const result = await tool.load(tx, args, readFirst)
    await tx.insert(auditLog).values({
      companyId: null,
      actorUserId: scope.user.id,
      action: 'ops.read',
      entityType: 'platform',
      changes: { tool: name, args },
      requestId: scope.requestId,
    })
    return result
  })
}

/** The ops tools as the model is offered them; staff only (anyone else gets none). */
export function buildOpsTools(scope: OpsToolScope): ModelTool[] {
  if (!isPlatformOps(scope.user)) return []
  return opsToolDefinitions.map((tool) => ({
    name: tool.name,
    description: tool.description,
    inputSchema: tool.inputSchema,
    run: (input) => runOpsTool(scope, tool.name, input),
  }))
}
