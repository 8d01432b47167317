import { sql } from 'drizzle-orm'
import type { z } from '@hono/zod-openapi'
import type { Tx } from '../../db/client'
import { todayUtc } from '../dashboard/periods'
import { decimalFrom, integerFrom } from '../lib/sql-values'
import { OpsAiUsage } from './schemas'

type Options = {
  /** A transaction running as `zafto_ops` (runAsOps / the ops router). */
  tx: Tx
  /** UTC days ending today (today included). */
  days: number
  /** The moment to report as of (tests pin it); default now. */
  now?: Date
}

/** A share with four decimals, or null when there is nothing to divide by. */
const shareOf = (part: number, whole: number) => (whole === 0 ? null : Math.round((part * 10_000) / whole) / 10_000)
/** US dollars with the 6 decimals the tables keep. */
const usdFrom = (value: unknown) => Math.round(decimalFrom(value) * 1e6) / 1e6
const latencyFrom = (value: unknown) => (value === null || value === undefined ? null : Math.round(decimalFrom(value)))

/**
 * Z across the platform over the last `days` UTC days, from every answer logged in
 * `ai_messages` (companies, homeowners and staff alike, so the breakdowns add up to the
 * totals; `ai_usage_daily` keeps companies only): volume, tokens and cost, how answers were
 * produced (escalated, fast path, offline provider), latency percentiles, and 👍/👎 by trade
 * and topic (the answer's query type).
 */
export async function loadAiUsage({ tx, days, now = new Date() }: Options): Promise<z.infer<typeof OpsAiUsage>> {
  const today = todayUtc(now)
  const first = new Date(Date.parse(`${today}T00:00:00Z`) - (days - 1) * 86_400_000).toISOString().slice(0, 10)
  const from = `${first}T00:00:00Z`
  const until = now.toISOString()
  // One pass over the period's answers (a materialized CTE of only the columns used): the
  // totals with their latency percentiles, and the day, tier/model and tenant breakdowns as
  // grouping sets, in one statement.
  type Group = { set: 'day' | 'tier_model' | 'tenant'; day: string | null; tier: string | null; model: string | null; company_id: string | null; name: string | null; requests: string; input_tokens: string; output_tokens: string; cost: string }
  const [usage] = await tx.execute<{
    totals: { requests: string; input_tokens: string; output_tokens: string; cost: string; escalated: string; fast_path: string; offline: string; p50: string | null; p95: string | null }
    groups: Group[] | null
  }>(sql`
    with a as materialized (
      select (m.created_at at time zone 'UTC')::date as day, coalesce(m.tier, 'unknown') as tier, coalesce(m.model, 'unknown') as model,
             m.company_id, m.input_tokens, m.output_tokens, m.cost_usd, m.escalated, m.fast_path, m.latency_ms
      from public.ai_messages m
      where m.role = 'assistant' and m.created_at >= ${from}::timestamptz and m.created_at <= ${until}::timestamptz),
    groups as (
      select case when grouping(a.day) = 0 then 'day' when grouping(a.tier) = 0 then 'tier_model' else 'tenant' end as set,
             to_char(a.day, 'YYYY-MM-DD') as day, a.tier, a.model, a.company_id,
             count(*)::text as requests, coalesce(sum(a.input_tokens), 0)::text as input_tokens,
             coalesce(sum(a.output_tokens), 0)::text as output_tokens, coalesce(sum(a.cost_usd), 0)::text as cost
      from a group by grouping sets ((a.day), (a.tier, a.model), (a.company_id)))
    select
      (select jsonb_build_object(
         'requests', count(*)::text, 'input_tokens', coalesce(sum(a.input_tokens), 0)::text, 'output_tokens', coalesce(sum(a.output_tokens), 0)::text,
         'cost', coalesce(sum(a.cost_usd), 0)::text, 'escalated', (count(*) filter (where a.escalated))::text,
         'fast_path', (count(*) filter (where a.fast_path))::text, 'offline', (count(*) filter (where a.model = 'offline'))::text,
         'p50', (percentile_cont(0.5) within group (order by a.latency_ms))::text, 'p95', (percentile_cont(0.95) within group (order by a.latency_ms))::text)
       from a) as totals,
      (select jsonb_agg(jsonb_build_object('set', g.set, 'day', g.day, 'tier', g.tier, 'model', g.model, 'company_id', g.company_id, 'name', c.name,
                 'requests', g.requests, 'input_tokens', g.input_tokens, 'output_tokens', g.output_tokens, 'cost', g.cost))
       from groups g left join public.companies c on g.set = 'tenant' and c.id = g.company_id) as groups`)
  const totals = usage?.totals
  const groups = usage?.groups ?? []
  const requests = integerFrom(totals?.requests)
  const bySpend = (a: Group, b: Group) => decimalFrom(b.cost) - decimalFrom(a.cost) || integerFrom(b.requests) - integerFrom(a.requests)

  const byTierModel = groups
    .filter((g) => g.set === 'tier_model')
    .sort((a, b) => bySpend(a, b) || a.tier!.localeCompare(b.tier!) || a.model!.localeCompare(b.model!))
  // Every day of the period, zeros included.
  const counted = new Map(groups.filter((g) => g.set === 'day').map((g) => [g.day!, g]))
  const byDay = Array.from({ length: days }, (_, i) => {
    const day = new Date(Date.parse(`${first}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10)
    return counted.get(day) ?? { day, requests: '0', input_tokens: '0', output_tokens: '0', cost: '0' }
  })
  // Answers to homeowners and staff have no company: they count in the totals, not per tenant.
  const byTenant = groups
    .filter((g): g is Group & { company_id: string; name: string } => g.set === 'tenant' && g.company_id !== null && g.name !== null)
    .sort((a, b) => bySpend(a, b) || a.name.localeCompare(b.name))

  const feedback = await tx.execute<{ trade: string; topic: string; positive: string; negative: string }>(sql`
    select coalesce(c.trades[1], 'general') as trade, coalesce(m.query_type, 'unknown') as topic,
      count(*) filter (where f.signal = 'positive')::text as positive, count(*) filter (where f.signal = 'negative')::text as negative
    from public.ai_feedback f
    left join public.ai_messages m on m.conversation_id = f.conversation_id and m.message_index = f.message_index and m.role = 'assistant'
    left join public.companies c on c.id = f.company_id
    where f.created_at >= ${from}::timestamptz and f.created_at <= ${until}::timestamptz
    group by 1, 2 order by count(*) desc, 1, 2`)

  return OpsAiUsage.parse({
    totals: {
      requests,
      inputTokens: integerFrom(totals?.input_tokens),
      outputTokens: integerFrom(totals?.output_tokens),
      costUsd: usdFrom(totals?.cost),
      escalationRate: shareOf(integerFrom(totals?.escalated), requests),
      fastPathShare: shareOf(integerFrom(totals?.fast_path), requests),
      offlineShare: shareOf(integerFrom(totals?.offline), requests),
      latencyP50Ms: latencyFrom(totals?.p50),
      latencyP95Ms: latencyFrom(totals?.p95),
    },
    byTierModel: byTierModel.map((row) => ({ tier: row.tier, model: row.model, requests: integerFrom(row.requests), costUsd: usdFrom(row.cost) })),
    byDay: byDay.map((row) => ({
      day: row.day!,
      requests: integerFrom(row.requests),
      inputTokens: integerFrom(row.input_tokens),
      outputTokens: integerFrom(row.output_tokens),
      costUsd: usdFrom(row.cost),
    })),
    byTenant: byTenant.map((row) => ({ companyId: row.company_id, companyName: row.name, requests: integerFrom(row.requests), costUsd: usdFrom(row.cost) })),
    feedback: feedback.map((row) => {
      const positive = integerFrom(row.positive)
      const negative = integerFrom(row.negative)
      return { trade: row.trade, topic: row.topic, positive, negative, positiveRate: shareOf(positive, positive + negative) }
    }),
  })
}
