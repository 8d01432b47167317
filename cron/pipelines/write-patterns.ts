import type postgres from 'postgres'
import { restoreBaselines } from '../baselines/load-baselines'
import { publishable } from './pattern-sql'
import { MIN_SAMPLE, type PatternType } from './privacy'

type Tx = postgres.TransactionSql

export type WriteCounts = { upserted: number; removed: number; skipped: number }

/**
 * Replaces one pattern type's computed rows with `groups` (a SELECT of trade, region,
 * job_category, data, sample_size, companies, confidence), in one statement: publishable
 * groups are upserted on the (pattern_type, trade, region, job_category) key — superseding a
 * baseline with the same key — and computed rows whose group no longer qualifies (too few
 * points, a company opted out) are deleted, so the table always equals what the current data
 * supports. Groups under the thresholds are counted as skipped. Baselines removed nowhere
 * else come back where no computed row holds their key.
 *
 * `keepData` names data keys whose stored value survives the upsert (bid win rates, which
 * the nightly pricing run leaves to the weekly one).
 */
export async function writePatterns(
  tx: Tx,
  options: { patternType: PatternType; groups: postgres.Fragment; asOf: Date; keepData?: string },
): Promise<WriteCounts> {
  const { patternType, groups, asOf, keepData } = options
  const minSample = MIN_SAMPLE[patternType]
  const data = keepData
    ? tx`case when p.source = 'computed' and jsonb_typeof(p.data -> ${keepData}) = 'object'
        then excluded.data || jsonb_build_object(${keepData}::text, p.data -> ${keepData}) else excluded.data end`
    : tx`excluded.data`
  const [counts] = await tx<{ upserted: number; removed: number; skipped: number }[]>`
    with grouped as (${groups}),
    qualified as (select * from grouped where ${publishable(tx, tx`sample_size`, tx`companies`, minSample)}),
    upserted as (
      insert into public.intelligence_patterns as p
        (pattern_type, trade, region, job_category, data, sample_size, confidence, min_sample_threshold, source, last_computed_at, updated_at)
      select ${patternType}, trade, region, job_category, data, sample_size, confidence, ${minSample}, 'computed', ${asOf.toISOString()}::timestamptz, now() from qualified
      on conflict on constraint intelligence_patterns_key do update set
        data = ${data}, sample_size = excluded.sample_size, confidence = excluded.confidence,
        min_sample_threshold = excluded.min_sample_threshold, source = 'computed',
        last_computed_at = excluded.last_computed_at, updated_at = now()
      returning 1
    ),
    removed as (
      delete from public.intelligence_patterns p
      where p.pattern_type = ${patternType} and p.source = 'computed'
        and not exists (select 1 from qualified q where q.trade = p.trade and q.region is not distinct from p.region and q.job_category is not distinct from p.job_category)
      returning 1
    )
    select (select count(*) from upserted)::int as upserted, (select count(*) from removed)::int as removed,
           (select count(*) from grouped) ::int - (select count(*) from qualified)::int as skipped`
  await restoreBaselines(tx, patternType)
  return counts!
}

/** Sums the counts of several writes (a task computing more than one pattern type). */
export const addCounts = (a: WriteCounts, b: WriteCounts): WriteCounts => ({ upserted: a.upserted + b.upserted, removed: a.removed + b.removed, skipped: a.skipped + b.skipped })

/**
 * Runs `work` in one transaction as the pipelines' read-only-except-patterns role, with
 * enough sort memory that grouping a million rows does not spill to disk in small runs.
 */
export function asPipeline<T>(sql: postgres.Sql, work: (tx: Tx) => Promise<T>): Promise<T> {
  return sql.begin(async (tx) => {
    await tx`set local role zafto_pipeline`
    await tx`set local work_mem = '64MB'`
    return work(tx)
  }) as Promise<T>
}
