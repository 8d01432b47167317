import type postgres from 'postgres'
import { publishable, rateConfidence, regionLevels, round3, sameGroup } from './pattern-sql'
import { MIN_SAMPLE } from './privacy'
import { writePatterns, type WriteCounts } from './write-patterns'

type Tx = postgres.TransactionSql

/** Hours from request to sent bid, in the ZAFTO buckets. */
const responseBucket = (tx: Tx) => tx`
  case when response_hours < 24 then 'same_day' when response_hours < 48 then 'next_day' when response_hours < 96 then '2-3_days' else '4+_days' end`

/**
 * bid_win_rate from the decided bids in `bid_base`: per (trade, region, job category) the
 * overall win rate, by response time (same day < 24 h, next day < 48 h, 2–3 days < 96 h,
 * 4+ days) and by whether the bid was followed up.
 */
export function computeBidWinRatePatterns(tx: Tx, asOf: Date): Promise<WriteCounts> {
  const min = MIN_SAMPLE.bid_win_rate
  const breakdown = (key: postgres.Fragment) => tx`
    select trade, region, job_category, jsonb_object_agg(name, ${round3(tx, tx`rate`)} order by name) as rates
    from (
      select trade, region, job_category, ${key} as name, count(*)::int as n, count(distinct company_id)::int as companies, avg(won) as rate
      from decided group by trade, region, job_category, name
    ) parts
    where ${publishable(tx, tx`n`, tx`companies`, min)}
    group by trade, region, job_category`
  const groups = tx`
    with decided as (select b.*, lvl.region from bid_base b ${regionLevels(tx)} and b.won is not null),
    overall as (
      select trade, region, job_category, count(*)::int as n, count(distinct company_id)::int as companies, avg(won)::float8 as rate
      from decided group by trade, region, job_category
    ),
    by_response as (${breakdown(responseBucket(tx))}),
    by_follow_up as (${breakdown(tx`case when followed_up then 'followed_up' else 'no_follow_up' end`)})
    select o.trade, o.region, o.job_category, o.n as sample_size, o.companies,
           ${rateConfidence(tx, tx`o.n`, tx`o.rate`)} as confidence,
           jsonb_build_object(
             'overall_win_rate', ${round3(tx, tx`o.rate`)},
             'by_response_time', coalesce(r.rates, '{}'::jsonb),
             'by_follow_up', coalesce(f.rates, '{}'::jsonb)
           ) as data
    from overall o
    left join by_response r on ${sameGroup(tx, 'o', 'r')}
    left join by_follow_up f on ${sameGroup(tx, 'o', 'f')}`
  return writePatterns(tx, { patternType: 'bid_win_rate', groups, asOf })
}
