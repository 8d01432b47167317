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
  const answers = sql`
    select m.* from public.ai_messages m
    where m.role = 'assistant' and m.created_at >= ${from}::timestamptz and m.created_at <= ${until}::timestamptz`

  const [totals] = await tx.execute<{
    requests: string
    input_tokens: string
    output_tokens: string
    cost: string
    escalated: string
    fast_path: string
    offline: string
    p50: string | null
    p95: string | null
  }>(sql`
    select count(*)::text as requests,
      coalesce(sum(a.input_tokens), 0)::text as input_tokens, coalesce(sum(a.output_tokens), 0)::text as output_tokens,
      coalesce(sum(a.cost_usd), 0)::text as cost,
      count(*) filter (where a.escalated)::text as escalated, count(*) filter (where a.fast_path)::text as fast_path,
      count(*) filter (where a.model = 'offline')::text as offline,
      percentile_cont(0.5) within group (order by a.latency_ms)::text as p50,
      percentile_cont(0.95) within group (order by a.latency_ms)::text as p95
    from (${answers}) a`)
  const requests = integerFrom(totals?.requests)

  const byTierModel = await tx.execute<{ tier: string; model: string; requests: string; cost: string }>(sql`
    select coalesce(a.tier, 'unknown') as tier, coalesce(a.model, 'unknown') as model, count(*)::text as requests, coalesce(sum(a.cost_usd), 0)::text as cost
    from (${answers}) a group by 1, 2 order by sum(a.cost_usd) desc nulls last, count(*) desc, 1, 2`)

  const byDay = await tx.execute<{ day: string; requests: string; input_tokens: string; output_tokens: string; cost: string }>(sql`
    select to_char(d.day, 'YYYY-MM-DD') as day, count(a.id)::text as requests,
      coalesce(sum(a.input_tokens), 0)::text as input_tokens, coalesce(sum(a.output_tokens), 0)::text as output_tokens,
      coalesce(sum(a.cost_usd), 0)::text as cost
    from generate_series(${first}::date, ${today}::date, interval '1 day') as d(day)
    left join (${answers}) a on (a.created_at at time zone 'UTC')::date = d.day::date
    group by d.day order by d.day`)

  const byTenant = await tx.execute<{ company_id: string; name: string; requests: string; cost: string }>(sql`
    select c.id as company_id, c.name, count(*)::text as requests, coalesce(sum(a.cost_usd), 0)::text as cost
    from (${answers}) a join public.companies c on c.id = a.company_id
    group by c.id, c.name order by sum(a.cost_usd) desc nulls last, count(*) desc, c.name`)

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
      day: row.day,
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
