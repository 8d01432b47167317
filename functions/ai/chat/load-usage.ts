import { sql } from 'drizzle-orm'
import type { Tx } from '../../../db/client'

export type UsageSummary = {
  days: number
  totals: { requests: number; fastPathRequests: number; escalations: number; inputTokens: number; outputTokens: number; costUsd: number }
  byModel: { model: string; tier: string; requests: number; inputTokens: number; outputTokens: number; costUsd: number }[]
  byDay: { day: string; requests: number; costUsd: number }[]
}

/**
 * Z's usage by the caller's company over the last `days` days (UTC), from `ai_usage_daily`
 * (RLS: owners and admins of the company only; anyone else reads nothing).
 */
export async function loadUsage({ tx, days }: { tx: Tx; days: number }): Promise<UsageSummary> {
  const [row] = await tx.execute<{ by_model: UsageSummary['byModel'] | null; by_day: UsageSummary['byDay'] | null }>(sql`
    with recent as (
      select * from public.ai_usage_daily where day > (now() at time zone 'UTC')::date - ${days}::int
    )
    select
      (select jsonb_agg(jsonb_build_object('model', model, 'tier', tier, 'requests', requests, 'inputTokens', input_tokens,
                 'outputTokens', output_tokens, 'costUsd', cost_usd, 'fastPathRequests', fast_path_requests, 'escalations', escalations)
               order by cost_usd desc, requests desc)
         from (select model, tier, sum(requests)::int as requests, sum(fast_path_requests)::int as fast_path_requests,
                      sum(escalations)::int as escalations, sum(input_tokens)::bigint as input_tokens,
                      sum(output_tokens)::bigint as output_tokens, sum(cost_usd)::float8 as cost_usd
               from recent group by model, tier) m) as by_model,
      (select jsonb_agg(jsonb_build_object('day', day, 'requests', requests, 'costUsd', cost_usd) order by day)
         from (select day, sum(requests)::int as requests, sum(cost_usd)::float8 as cost_usd from recent group by day) d) as by_day`)
  const byModel = (row?.by_model ?? []) as (UsageSummary['byModel'][number] & { fastPathRequests: number; escalations: number })[]
  const sum = (pick: (m: (typeof byModel)[number]) => number) => byModel.reduce((total, m) => total + Number(pick(m)), 0)
  return {
    days,
    totals: {
      requests: sum((m) => m.requests),
      fastPathRequests: sum((m) => m.fastPathRequests),
      escalations: sum((m) => m.escalations),
      inputTokens: sum((m) => m.inputTokens),
      outputTokens: sum((m) => m.outputTokens),
      costUsd: Math.round(sum((m) => m.costUsd) * 1e6) / 1e6,
    },
    byModel: byModel.map(({ model, tier, requests, inputTokens, outputTokens, costUsd }) => ({ model, tier, requests, inputTokens: Number(inputTokens), outputTokens: Number(outputTokens), costUsd: Number(costUsd) })),
    byDay: (row?.by_day ?? []).map((d) => ({ day: String(d.day), requests: d.requests, costUsd: Number(d.costUsd) })),
  }
}
