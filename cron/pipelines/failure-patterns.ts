import type postgres from 'postgres'
import { createRepairBase } from './equipment-base'
import { measureConfidence, round2, round3, sameGroup, topShared } from './pattern-sql'
import { writePatterns, type WriteCounts } from './write-patterns'

type Tx = postgres.TransactionSql

/** A unit's age at the repair, in the bands failure patterns are filed under. */
const ageBand = (tx: Tx) => tx`
  case when b.age_years < 3 then '0-2 years' when b.age_years < 6 then '3-5 years' when b.age_years < 11 then '6-10 years' else '11+ years' end`

/**
 * failure_pattern: repair jobs on known units, per equipment kind and age band, and per kind,
 * brand and age band (nationwide): the most common failure and its share of the repairs
 * (frequency high from 40 %, medium from 20 %), the median repair hours, and the parts most
 * often used on those jobs (by 5+ companies). 20+ repairs per pattern.
 */
export async function computeFailurePatterns(tx: Tx, asOf: Date): Promise<WriteCounts & { rowsRead: number }> {
  const repairs = await createRepairBase(tx, asOf)
  const groups = tx`
    with banded as (
      select b.*, band.age, cat.job_category
      from repair_base b
      cross join lateral (select ${ageBand(tx)} as age) band
      cross join lateral (values (b.kind || '/' || replace(band.age, ' ', '_')), (b.kind || '/' || b.brand || '/' || replace(band.age, ' ', '_'))) as cat(job_category)
      where cat.job_category is not null
    ),
    stats as (
      select trade, null::text as region, job_category, count(*)::int as n, count(distinct company_id)::int as companies,
             min(kind) as kind, min(age) as age,
             case when job_category like '%/%/%' then mode() within group (order by make) end as make,
             mode() within group (order by failure) as issue,
             percentile_cont(array[0.25, 0.5, 0.75]) within group (order by hours) as q
      from banded group by trade, job_category
    ),
    shares as (
      select s.trade, s.job_category, count(*)::float8 / s.n as share
      from banded b join stats s on s.trade = b.trade and s.job_category = b.job_category and b.failure = s.issue
      group by s.trade, s.job_category, s.n
    ),
    parts as (${topShared(tx, {
      from: tx`(select b.trade, null::text as region, b.job_category, b.company_id, b.job_id, lower(trim(m.description)) as part
                from banded b join public.job_materials m on m.job_id = b.job_id) used`,
      value: tx`part`,
      uses: tx`count(distinct job_id)`,
    })})
    select s.trade, s.region, s.job_category, s.n as sample_size, s.companies,
           ${measureConfidence(tx, tx`s.n`, tx`s.q`)} as confidence,
           jsonb_build_object(
             'equipment_type', s.kind, 'brand', s.make, 'common_at_age', s.age,
             'issue', s.issue, 'issue_share', ${round3(tx, tx`sh.share`)},
             'frequency', case when sh.share >= 0.4 then 'high' when sh.share >= 0.2 then 'medium' else 'low' end,
             'typical_repair_time_hours', ${round2(tx, tx`s.q[2]`)},
             'parts_commonly_needed', coalesce(p.names, '[]'::jsonb)
           ) as data
    from stats s
    join shares sh on sh.trade = s.trade and sh.job_category = s.job_category
    left join parts p on ${sameGroup(tx, 's', 'p')}`
  const counts = await writePatterns(tx, { patternType: 'failure_pattern', groups, asOf })
  return { ...counts, rowsRead: repairs }
}
