import type postgres from 'postgres'
import { measureConfidence, publishable, regionLevels, round2, round3, sameGroup } from './pattern-sql'
import { MIN_SAMPLE } from './privacy'
import { writePatterns, type WriteCounts } from './write-patterns'

type Tx = postgres.TransactionSql

/**
 * bid_pricing from `bid_base` (see createBidBase): per (trade, region, job category) the
 * median / p25 / p75 bid in dollars, the material / labor / overhead shares of all line-item
 * money, and the win rate of decided bids in each price quartile (below p25, p25–p50,
 * p50–p75, above p75; a bid on a boundary counts in the higher quartile). Win rates move
 * slowly: the nightly run keeps the stored ones (`recomputeWinRates: false`) and the weekly
 * win-rate run recomputes them.
 */
export function computeBidPricingPatterns(tx: Tx, asOf: Date, options: { recomputeWinRates: boolean }): Promise<WriteCounts> {
  const min = MIN_SAMPLE.bid_pricing
  const groups = tx`
    with leveled as (select b.*, lvl.region from bid_base b ${regionLevels(tx)}),
    stats as (
      select trade, region, job_category, count(*)::int as n, count(distinct company_id)::int as companies,
             percentile_cont(array[0.25, 0.5, 0.75]) within group (order by amount) as q,
             sum(material_cents)::float8 / nullif(sum(line_cents), 0) as material_share,
             sum(labor_cents)::float8 / nullif(sum(line_cents), 0) as labor_share,
             sum(other_cents)::float8 / nullif(sum(line_cents), 0) as other_share
      from leveled group by trade, region, job_category
    ),
    quartiles as (
      select s.trade, s.region, s.job_category, bucket.name, count(*)::int as n, count(distinct l.company_id)::int as companies, avg(l.won) as rate
      from leveled l join stats s on ${sameGroup(tx, 'l', 's')}
      cross join lateral (select case when l.amount < s.q[1] then 'below_p25' when l.amount < s.q[2] then 'p25_p50'
                                      when l.amount < s.q[3] then 'p50_p75' else 'above_p75' end as name) bucket
      where l.won is not null
      group by s.trade, s.region, s.job_category, bucket.name
    ),
    win_rates as (
      select trade, region, job_category, jsonb_object_agg(name, ${round3(tx, tx`rate`)} order by name) as by_quartile
      from quartiles where ${publishable(tx, tx`n`, tx`companies`, min)}
      group by trade, region, job_category
    )
    select s.trade, s.region, s.job_category, s.n as sample_size, s.companies,
           ${measureConfidence(tx, tx`s.n`, tx`s.q`)} as confidence,
           jsonb_build_object(
             'median_bid', ${round2(tx, tx`s.q[2]`)}, 'p25_bid', ${round2(tx, tx`s.q[1]`)}, 'p75_bid', ${round2(tx, tx`s.q[3]`)},
             'win_rate_by_quartile', w.by_quartile,
             'material_pct_of_total', ${round3(tx, tx`s.material_share`)}, 'labor_pct_of_total', ${round3(tx, tx`s.labor_share`)},
             'overhead_pct_of_total', ${round3(tx, tx`s.other_share`)}
           ) as data
    from stats s left join win_rates w on ${sameGroup(tx, 's', 'w')}`
  return writePatterns(tx, { patternType: 'bid_pricing', groups, asOf, keepData: options.recomputeWinRates ? undefined : 'win_rate_by_quartile' })
}
