import type postgres from 'postgres'
import { measureConfidence, publishable, regionLevels, round2, round3, sameGroup, sizeBandOf, stateOf, withinWindow, zip3Of } from './pattern-sql'
import { HISTORY_WINDOW, MIN_SAMPLE } from './privacy'
import { writePatterns, type WriteCounts } from './write-patterns'

type Tx = postgres.TransactionSql

/**
 * job_duration: for completed jobs with actual hours, per (trade, region, job category) —
 * median / p25 / p75 hours, the median actual-vs-estimate ratio (jobs with an estimate), and
 * the median by company size band (solo, 2–5, 6+).
 */
export async function computeJobDurationPatterns(tx: Tx, asOf: Date): Promise<WriteCounts & { rowsRead: number }> {
  const min = MIN_SAMPLE.job_duration
  const base = await tx`
    create temp table duration_base on commit drop as
    select j.company_id, j.trade, j.job_category,
           ${stateOf(tx, 'p', tx`j.region`, 'c')} as state, ${zip3Of(tx, 'p')} as zip3,
           ${sizeBandOf(tx, 'c')} as size_band,
           j.actual_hours::float8 as hours,
           case when j.estimated_hours > 0 then (j.actual_hours / j.estimated_hours)::float8 end as ratio
    from public.jobs j
    join public.companies c on c.id = j.company_id and c.contribute_to_intelligence
    left join public.properties p on p.id = j.property_id
    where j.status = 'completed' and j.actual_hours > 0 and j.job_category is not null
      and ${withinWindow(tx, tx`j.completed_at`, asOf, HISTORY_WINDOW)}`
  const groups = tx`
    with leveled as (select b.*, lvl.region from duration_base b ${regionLevels(tx)}),
    overall as (
      select trade, region, job_category, count(*)::int as n, count(distinct company_id)::int as companies,
             percentile_cont(array[0.25, 0.5, 0.75]) within group (order by hours) as q,
             count(ratio)::int as ratio_n, count(distinct company_id) filter (where ratio is not null)::int as ratio_companies,
             percentile_cont(0.5) within group (order by ratio) as ratio_median
      from leveled group by trade, region, job_category
    ),
    bands as (
      select trade, region, job_category,
             jsonb_object_agg(size_band, jsonb_build_object('median', ${round2(tx, tx`median`)}, 'sample_size', n) order by size_band) as by_size
      from (
        select trade, region, job_category, size_band, count(*)::int as n, count(distinct company_id)::int as companies,
               percentile_cont(0.5) within group (order by hours) as median
        from leveled group by trade, region, job_category, size_band
      ) banded
      where ${publishable(tx, tx`n`, tx`companies`, min)}
      group by trade, region, job_category
    )
    select o.trade, o.region, o.job_category, o.n as sample_size, o.companies,
           ${measureConfidence(tx, tx`o.n`, tx`o.q`)} as confidence,
           jsonb_build_object(
             'median_hours', ${round2(tx, tx`o.q[2]`)}, 'p25_hours', ${round2(tx, tx`o.q[1]`)}, 'p75_hours', ${round2(tx, tx`o.q[3]`)},
             'median_vs_estimate_ratio', case when ${publishable(tx, tx`o.ratio_n`, tx`o.ratio_companies`, min)} then ${round3(tx, tx`o.ratio_median`)} end,
             'by_company_size', coalesce(b.by_size, '{}'::jsonb)
           ) as data
    from overall o left join bands b on ${sameGroup(tx, 'o', 'b')}`
  const counts = await writePatterns(tx, { patternType: 'job_duration', groups, asOf })
  return { ...counts, rowsRead: base.count }
}
