import type { z } from '@hono/zod-openapi'
import { formatCents } from '../../../lib/money'
import type { CorrectionTopic, OpsAiUsage, OpsOverview, OpsPipelines } from '../../../ops/schemas'
import { runOpsTool, type OpsToolScope } from '../../tools/ops-tools'
import type { FastAnswer } from '../../types'
import { fastAnswer } from '../fast-answer'
import { normalizeMessage } from '../normalize-message'

/** What the ai_usage tool returns: the ops AI usage without its per-tenant list, and the period. */
type AiUsageAnswer = Omit<z.infer<typeof OpsAiUsage>, 'byTenant'> & { days: number }

/** Which ops tool answers a question, by how staff ask it. The first match wins. */
const questions: { tool: string; pattern: RegExp }[] = [
  {
    tool: 'ai_usage',
    pattern:
      /\b(?:ai|z|llm|models?|tokens?|anthropic|claude)\b[^?.!]*\b(?:cost|costs|spend|spent|usage|requests?|tokens?|latency|escalat\w*)\b|\b(?:cost|costs|spend|spent)\b[^?.!]*\b(?:ai|z|llm|models?|tokens?)\b/,
  },
  { tool: 'correction_topics', pattern: /\bcorrections?\b/ },
  { tool: 'pipeline_status', pattern: /\b(?:pipelines?|cron|scheduled (?:tasks?|jobs?)|nightly (?:jobs?|runs?|tasks?))\b/ },
  {
    tool: 'platform_overview',
    pattern: /\b(?:sign-?ups?|new (?:companies|tenants|users|accounts)|tenants?|active (?:companies|tenants|users)|jobs? completed|completed jobs|revenue|payments? processed|growth|how many (?:companies|users|homeowners))\b/,
  },
]

/** The period a question names, in days (today included); a week when it names none. */
export function daysAsked(text: string): number {
  const days = /\b(?:last|past) (\d{1,3}) days\b/.exec(text)
  if (days) return Math.min(366, Math.max(1, Number(days[1])))
  if (/\btoday\b/.test(text)) return 1
  if (/\b(?:this|past|last) month\b/.test(text)) return 30
  if (/\b(?:this|past|last) year\b/.test(text)) return 366
  return 7
}

const count = (value: number) => value.toLocaleString('en-US')
const percent = (share: number | null) => (share === null ? 'n/a' : `${Math.round(share * 1000) / 10}%`)
const usd = (value: number) => `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: value < 1 ? 4 : 2 })}`
const ms = (value: number | null) => (value === null ? 'n/a' : `${count(value)} ms`)
const growth = (pct: number | null) => (pct === null ? '' : `, ${pct > 0 ? '+' : ''}${pct}%`)

function sayAiUsage({ days, totals, byTierModel }: AiUsageAnswer): string {
  const period = days === 1 ? 'Today (UTC)' : `Over the last ${days} days (UTC, today included)`
  if (totals.requests === 0) return `${period} Z answered no requests.`
  const lines = [
    `${period} Z answered ${count(totals.requests)} requests for ${usd(totals.costUsd)}: ${count(totals.inputTokens)} input and ${count(totals.outputTokens)} output tokens.`,
    `Escalated ${percent(totals.escalationRate)}, fast path ${percent(totals.fastPathShare)}, offline ${percent(totals.offlineShare)}; latency p50 ${ms(totals.latencyP50Ms)}, p95 ${ms(totals.latencyP95Ms)}.`,
  ]
  if (byTierModel.length) lines.push(['By tier and model:', ...byTierModel.slice(0, 6).map((row) => `- ${row.tier} · ${row.model}: ${count(row.requests)} requests, ${usd(row.costUsd)}`)].join('\n'))
  return lines.join('\n')
}

function sayCorrectionTopics(topics: z.infer<typeof CorrectionTopic>[]): string {
  if (!topics.length) return 'No corrections have been sent yet.'
  const top = topics.slice(0, 5).map((topic) => {
    const name = `${topic.trade} · ${topic.topic ?? 'no topic'}`
    return `- ${name}: ${count(topic.total)} (${topic.pending} pending, ${topic.validated} validated, ${topic.rejected} rejected)${topic.highlighted ? ', highlighted' : ''}`
  })
  return ['Topics with the most corrections:', ...top].join('\n')
}

function sayOverview(overview: z.infer<typeof OpsOverview>): string {
  const { tenants, users, jobs, revenue, portal } = overview
  return [
    `Tenants: ${count(tenants.total)} (${count(tenants.active30d)} active in the last 30 days). Users: ${count(users.total)} (${count(users.new)} new and ${count(users.signedIn30d)} signed in, last 30 days).`,
    `Jobs completed this week: ${count(jobs.completedThisWeek)} (last week ${count(jobs.completedLastWeek)}${growth(jobs.growthPct)}).`,
    `Payments processed this week: ${formatCents(revenue.thisWeekCents)} (last week ${formatCents(revenue.lastWeekCents)}${growth(revenue.growthPct)}); ${formatCents(revenue.totalCents)} in all.`,
    `Client portal, last 7 days: ${count(portal.quotesDecided7d)} quotes decided, ${count(portal.messages7d)} homeowner messages, ${count(portal.serviceRequests7d)} service requests; ${count(portal.linkedHomeowners)} linked homeowners.`,
  ].join('\n')
}

function sayPipelines({ tasks }: z.infer<typeof OpsPipelines>): string {
  if (!tasks.length) return 'No scheduled tasks are defined.'
  return [
    'Scheduled tasks and their last run:',
    ...tasks.map((task) => {
      const run = task.lastRun
      const last = run ? `${run.status}${run.finishedAt ?? run.startedAt ? ` at ${(run.finishedAt ?? run.startedAt)!.slice(0, 16).replace('T', ' ')} UTC` : ''}` : 'never run'
      return `- ${task.name} (${task.cron} UTC${task.scheduled ? '' : ', not scheduled here'}): ${last}`
    }),
  ].join('\n')
}

const pages: Record<string, { label: string; href: string; say: (result: never) => string }> = {
  ai_usage: { label: 'Open AI usage', href: '/ops/ai/', say: sayAiUsage },
  correction_topics: { label: 'Open corrections', href: '/ops/corrections/', say: sayCorrectionTopics },
  pipeline_status: { label: 'Open pipelines', href: '/ops/pipelines/', say: sayPipelines },
  platform_overview: { label: 'Open the overview', href: '/ops/', say: sayOverview },
}

/**
 * Platform staff's data questions ("how much did AI cost this week?", "which topics have the
 * most corrections?") answered from the same loaders as the ops pages, through the audited ops
 * tools, without a model. Null when the question is for the model (which has the same tools).
 */
export async function answerOpsQuestion(scope: OpsToolScope, message: string): Promise<FastAnswer | null> {
  const text = normalizeMessage(message)
  const match = questions.find((question) => question.pattern.test(text))
  if (!match) return null
  const input = match.tool === 'ai_usage' ? { days: daysAsked(text) } : match.tool === 'platform_overview' ? { weeks: 4 } : {}
  const result = await runOpsTool(scope, match.tool, input)
  const page = pages[match.tool]!
  return fastAnswer(`ops:${match.tool}`, page.say(result as never), { actions: [{ kind: 'navigate', label: page.label, href: page.href }] })
}
