import type postgres from 'postgres'
import { equipmentKindTrades } from '../../functions/customers/equipment-kinds'
import { slugOf, stateOf, withinWindow } from './pattern-sql'
import { HISTORY_WINDOW } from './privacy'

type Tx = postgres.TransactionSql

/** Model family in SQL, as modelFamilyOf (functions/customers/equipment-kinds.ts) computes it. */
const modelFamily = (tx: Tx, model: postgres.Fragment) => tx`
  upper(case when ${model} like '%-%' then regexp_replace(split_part(${model}, '-', 1), '[^A-Za-z0-9]', '', 'g')
             else left(regexp_replace(${model}, '[^A-Za-z0-9]', '', 'g'), 6) end)`

/** Kind keys with their trade, as a joinable set (`kind_trade(kind, trade)`). */
export const kindTrades = (tx: Tx) => tx`jsonb_each_text(${JSON.stringify(equipmentKindTrades)}::jsonb) as kind_trade(kind, trade)`

/**
 * Equipment units of contributing companies as a temporary table `unit_base`: kind key,
 * trade, brand key and display name, model family, install date, the property's state and
 * the date the next unit of the same kind was installed on the same property (the
 * replacement), if any. Opted-out companies' units are left out before replacements are
 * matched, so their records shape nothing.
 */
export async function createUnitBase(tx: Tx): Promise<number> {
  const created = await tx`
    create temp table unit_base on commit drop as
    with units as (
      select e.id, e.company_id, e.property_id, ${slugOf(tx, tx`e.kind`)} as kind, ${slugOf(tx, tx`e.make`)} as brand, nullif(trim(e.make), '') as make,
             case when nullif(trim(e.model), '') is not null then ${modelFamily(tx, tx`trim(e.model)`)} end as family,
             e.install_date, ${stateOf(tx, 'p', null, 'c')} as state
      from public.equipment e
      join public.companies c on c.id = e.company_id and c.contribute_to_intelligence
      left join public.properties p on p.id = e.property_id
      where e.install_date is not null
    )
    select u.*, kind_trade.trade,
           case when u.property_id is not null then lead(u.install_date) over (partition by u.property_id, u.kind order by u.install_date, u.id) end as replaced_on
    from units u join ${kindTrades(tx)} on kind_trade.kind = u.kind`
  return created.count
}

/**
 * Completed repair jobs on a known unit (job has equipment_id and failure_mode) of the last
 * three years, by contributing companies, as a temporary table `repair_base`: the unit's kind,
 * brand and family, its age in years at the repair, the failure, the hours, the job id (for
 * its parts). Needs `unit_base`'s definitions only through the equipment table.
 */
export async function createRepairBase(tx: Tx, asOf: Date): Promise<number> {
  const created = await tx`
    create temp table repair_base on commit drop as
    select j.id as job_id, j.company_id, kind_trade.trade, ${slugOf(tx, tx`e.kind`)} as kind, ${slugOf(tx, tx`e.make`)} as brand, nullif(trim(e.make), '') as make,
           case when nullif(trim(e.model), '') is not null then ${modelFamily(tx, tx`trim(e.model)`)} end as family,
           (j.completed_at::date - e.install_date) / 365.25 as age_years, lower(trim(j.failure_mode)) as failure,
           j.actual_hours::float8 as hours
    from public.jobs j
    join public.companies c on c.id = j.company_id and c.contribute_to_intelligence
    join public.equipment e on e.id = j.equipment_id
    join ${kindTrades(tx)} on kind_trade.kind = ${slugOf(tx, tx`e.kind`)}
    where j.status = 'completed' and nullif(trim(j.failure_mode), '') is not null
      and ${withinWindow(tx, tx`j.completed_at`, asOf, HISTORY_WINDOW)}`
  return created.count
}

/**
 * The category levels a unit counts toward (`kind`, `kind/brand`, `kind/brand/family`) as a
 * lateral join yielding `cat.job_category`, for a base table aliased `b`.
 */
export const unitCategories = (tx: Tx) => tx`
  cross join lateral (values (b.kind), (b.kind || '/' || b.brand), (b.kind || '/' || b.brand || '/' || lower(b.family))) as cat(job_category)
  where cat.job_category is not null`
