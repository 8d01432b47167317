import type postgres from 'postgres'
import { measureConfidence, publishable, regionLevels, round2, round3, sameGroup, slugOf, stateOf, topShared, withinWindow, zip3Of } from './pattern-sql'
import { MIN_SAMPLE } from './privacy'
import { writePatterns, type WriteCounts } from './write-patterns'

type Tx = postgres.TransactionSql

/** Prices drift: material costs look at the last year only. */
const MATERIAL_WINDOW = '12 months'

/**
 * material_cost: the materials used on completed jobs of the last year, per (trade, region,
 * item) where the item is the line's description as a key (`200a_main_breaker_panel`): median /
 * p25 / p75 unit cost in dollars, the 6-month trend (median of the last 3 months over the 3
 * before, minus 1), the brands most used (by 5+ companies), and for a regional row its
 * geo index (regional median over the nationwide one).
 */
export async function computeMaterialCostPatterns(tx: Tx, asOf: Date): Promise<WriteCounts & { rowsRead: number }> {
  const min = MIN_SAMPLE.material_cost
  const base = await tx`
    create temp table material_base on commit drop as
    select j.company_id, j.trade, ${slugOf(tx, tx`m.description`)} as job_category, lower(trim(m.description)) as item,
           ${stateOf(tx, 'p', tx`j.region`, 'c')} as state, ${zip3Of(tx, 'p')} as zip3,
           m.unit_cost_cents / 100.0 as cost, nullif(trim(m.brand), '') as brand,
           case when j.completed_at > ${asOf.toISOString()}::timestamptz - interval '3 months' then 'recent'
                when j.completed_at > ${asOf.toISOString()}::timestamptz - interval '6 months' then 'earlier' end as period
    from public.job_materials m
    join public.jobs j on j.id = m.job_id and j.status = 'completed'
    join public.companies c on c.id = j.company_id and c.contribute_to_intelligence
    left join public.properties p on p.id = j.property_id
    where m.unit_cost_cents > 0
      and ${withinWindow(tx, tx`j.completed_at`, asOf, MATERIAL_WINDOW)}`
  const groups = tx`
    with leveled as (select b.*, lvl.region from material_base b ${regionLevels(tx)} and b.job_category is not null),
    stats as (
      select trade, region, job_category, count(*)::int as n, count(distinct company_id)::int as companies,
             mode() within group (order by item) as item,
             percentile_cont(array[0.25, 0.5, 0.75]) within group (order by cost) as q
      from leveled group by trade, region, job_category
    ),
    periods as (
      select trade, region, job_category,
             max(median) filter (where period = 'recent') / nullif(max(median) filter (where period = 'earlier'), 0) - 1 as trend
      from (
        select trade, region, job_category, period, count(*)::int as n, count(distinct company_id)::int as companies,
               percentile_cont(0.5) within group (order by cost) as median
        from leveled where period is not null group by trade, region, job_category, period
      ) by_period
      where ${publishable(tx, tx`n`, tx`companies`, min)}
      group by trade, region, job_category
      having count(*) = 2
    ),
    brands as (${topShared(tx, { from: tx`leveled`, value: tx`brand`, uses: tx`count(*)` })})
    select s.trade, s.region, s.job_category, s.n as sample_size, s.companies,
           ${measureConfidence(tx, tx`s.n`, tx`s.q`)} as confidence,
           jsonb_build_object(
             'item', s.item,
             'median_cost', ${round2(tx, tx`s.q[2]`)}, 'p25_cost', ${round2(tx, tx`s.q[1]`)}, 'p75_cost', ${round2(tx, tx`s.q[3]`)},
             'trend_6mo', ${round3(tx, tx`p.trend`)},
             'common_brands', coalesce(b.names, '[]'::jsonb),
             'geo_index', case when s.region is not null and ${publishable(tx, tx`nation.n`, tx`nation.companies`, min)}
                               then ${round3(tx, tx`s.q[2] / nullif(nation.q[2], 0)`)} end
           ) as data
    from stats s
    left join stats nation on nation.trade = s.trade and nation.job_category = s.job_category and nation.region is null
    left join periods p on ${sameGroup(tx, 's', 'p')}
    left join brands b on ${sameGroup(tx, 's', 'b')}`
  const counts = await writePatterns(tx, { patternType: 'material_cost', groups, asOf })
  return { ...counts, rowsRead: base.count }
}
