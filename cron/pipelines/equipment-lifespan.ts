import type postgres from 'postgres'
import { climateZones } from './climate-zones'
import { createRepairBase, createUnitBase, unitCategories } from './equipment-base'
import { measureConfidence, publishable, round2, sameGroup, topShared } from './pattern-sql'
import { MIN_SAMPLE } from './privacy'
import { writePatterns, type WriteCounts } from './write-patterns'

type Tx = postgres.TransactionSql

/**
 * equipment_lifespan: units replaced on the same property (install date to the next
 * install of the same kind there), per equipment kind, kind + brand and kind + brand + model
 * family (nationwide; region null): median / p25 / p75 years, the most common failures from
 * repair jobs on such units (reported by 5+ companies), and each climate zone's difference
 * from the overall median. Lifecycle data is noisy: 50+ replacements per figure.
 */
export async function computeEquipmentLifespanPatterns(tx: Tx, asOf: Date): Promise<WriteCounts & { rowsRead: number }> {
  const min = MIN_SAMPLE.equipment_lifespan
  const units = await createUnitBase(tx)
  await createRepairBase(tx, asOf)
  const groups = tx`
    with lifespans as (
      select b.company_id, b.trade, cat.job_category, b.kind, b.make, b.family, z.zone,
             (b.replaced_on - b.install_date) / 365.25 as years
      from unit_base b
      left join jsonb_each_text(${JSON.stringify(climateZones)}::jsonb) as z(state, zone) on z.state = b.state
      ${unitCategories(tx)} and b.replaced_on > b.install_date and b.replaced_on <= ${asOf.toISOString()}::timestamptz::date
    ),
    stats as (
      select trade, null::text as region, job_category, count(*)::int as n, count(distinct company_id)::int as companies,
             min(kind) as kind,
             case when job_category like '%/%' then mode() within group (order by make) end as make,
             case when job_category like '%/%/%' then min(family) end as family,
             percentile_cont(array[0.25, 0.5, 0.75]) within group (order by years) as q
      from lifespans group by trade, job_category
    ),
    zones as (
      select s.trade, s.region, s.job_category, jsonb_object_agg(z.zone, ${round2(tx, tx`z.median - s.q[2]`)} order by z.zone) as adjustment
      from (
        select trade, job_category, zone, count(*)::int as n, count(distinct company_id)::int as companies,
               percentile_cont(0.5) within group (order by years) as median
        from lifespans where zone is not null group by trade, job_category, zone
      ) z
      join stats s on s.trade = z.trade and s.job_category = z.job_category
      where ${publishable(tx, tx`z.n`, tx`z.companies`, min)}
      group by s.trade, s.region, s.job_category
    ),
    failures as (${topShared(tx, {
      from: tx`(select b.trade, null::text as region, cat.job_category, b.company_id, b.failure from repair_base b ${unitCategories(tx)}) repairs`,
      value: tx`failure`,
      uses: tx`count(*)`,
    })})
    select s.trade, s.region, s.job_category, s.n as sample_size, s.companies,
           ${measureConfidence(tx, tx`s.n`, tx`s.q`)} as confidence,
           jsonb_build_object(
             'equipment_type', s.kind, 'brand', s.make, 'model_family', s.family,
             'median_lifespan_years', ${round2(tx, tx`s.q[2]`)}, 'p25_years', ${round2(tx, tx`s.q[1]`)}, 'p75_years', ${round2(tx, tx`s.q[3]`)},
             'common_failure_modes', coalesce(f.names, '[]'::jsonb),
             'climate_zone_adjustment', coalesce(z.adjustment, '{}'::jsonb)
           ) as data
    from stats s
    left join zones z on ${sameGroup(tx, 's', 'z')}
    left join failures f on ${sameGroup(tx, 's', 'f')}`
  const counts = await writePatterns(tx, { patternType: 'equipment_lifespan', groups, asOf })
  return { ...counts, rowsRead: units }
}
