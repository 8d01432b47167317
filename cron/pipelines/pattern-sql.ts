import type postgres from 'postgres'
import { stateNames, usStates } from '../../db/schema/companies/values'
import { MIN_COMPANIES } from './privacy'

type Tx = postgres.TransactionSql

/**
 * The three geographic levels each data point counts toward: its zip-prefix area (when the
 * property has a postal code), its state, and nationwide (region null). Joined to a base table
 * with `state` and `zip3` columns, it yields one row per level with a `region` column. It ends
 * in a WHERE clause, so a caller may append `and <condition>`.
 */
export const regionLevels = (tx: Tx) => tx`
  cross join lateral (values ('area', b.state || '-' || b.zip3), ('state', b.state), ('nation', null)) as lvl(level, region)
  where (lvl.level = 'nation' or lvl.region is not null)`

/** Lower-case state codes and names to codes: "ct", "connecticut" → CT. */
const stateCodes = JSON.stringify(Object.fromEntries(usStates.flatMap((code) => [[code.toLowerCase(), code], [stateNames[code].toLowerCase(), code]])))

/**
 * A work site's state code: the property's, else the job's region when it names a state, else
 * the company's state — each read as a code or a state name ("Connecticut" → CT); anything
 * else counts as unknown (the data then only counts nationwide). `property` and `company` are
 * the aliases in the calling query.
 */
export const stateOf = (tx: Tx, property: string, fallbackRegion: postgres.Fragment | null, company: string) => {
  const code = (value: postgres.Fragment) => tx`(${stateCodes}::jsonb ->> lower(trim(${value})))`
  return tx`coalesce(${code(tx`${tx(property)}.state`)}, ${fallbackRegion ? code(fallbackRegion) : tx`null`}, ${code(tx`${tx(company)}.state`)})`
}
export const zip3Of = (tx: Tx, property: string) => tx`
  case when ${tx(property)}.postal_code ~ '^[0-9]{3}' then left(${tx(property)}.postal_code, 3) end`

/** Company size band from its head count (unset counts as one person). */
export const sizeBandOf = (tx: Tx, company: string) => tx`
  case when coalesce(${tx(company)}.employee_count, 1) <= 1 then 'solo' when ${tx(company)}.employee_count <= 5 then '2-5' else '6+' end`

/** True when a group or breakdown may be stored: enough data points from enough companies. */
export const publishable = (tx: Tx, samples: postgres.Fragment, companies: postgres.Fragment, minSample: number) => tx`
  (${samples} >= ${minSample} and ${companies} >= ${MIN_COMPANIES})`

/**
 * Confidence in 0–1 from sample size and dispersion: n/(n+50) (a few dozen points are weak
 * evidence, hundreds strong) divided by 1 + the relative spread (IQR over the median for
 * measures, twice the standard error for rates). Rounded to 3 decimals.
 */
export const measureConfidence = (tx: Tx, n: postgres.Fragment, quartiles: postgres.Fragment) => tx`
  round((${n}::float8 / (${n} + 50) / (1 + coalesce(abs((${quartiles})[3] - (${quartiles})[1]) / nullif(abs((${quartiles})[2]), 0), 0)))::numeric, 3)::float8`
export const rateConfidence = (tx: Tx, n: postgres.Fragment, rate: postgres.Fragment) => tx`
  round((${n}::float8 / (${n} + 50) / (1 + 2 * sqrt(${rate} * (1 - ${rate}) / ${n})))::numeric, 3)::float8`

/** A float rounded for storage: money and hours to 2 decimals, ratios and rates to 3. */
export const round2 = (tx: Tx, value: postgres.Fragment) => tx`round((${value})::numeric, 2)::float8`
export const round3 = (tx: Tx, value: postgres.Fragment) => tx`round((${value})::numeric, 3)::float8`

/** An identifier-ish key part from free text: "Water heater" → water_heater, "Square D" → square_d. */
export const slugOf = (tx: Tx, value: postgres.Fragment) => tx`
  nullif(trim(both '_' from regexp_replace(lower(${value}), '[^a-z0-9]+', '_', 'g')), '')`

/**
 * Join condition between two group rows. Region is null for the nationwide group; comparing
 * coalesced values (not `is not distinct from`) keeps the join hashable on large inputs.
 */
export const sameGroup = (tx: Tx, a: string, b: string) => tx`
  ${tx(a)}.trade = ${tx(b)}.trade and coalesce(${tx(a)}.region, '') = coalesce(${tx(b)}.region, '') and ${tx(a)}.job_category = ${tx(b)}.job_category`

/**
 * Per group, the three values most used — a JSON array `names`, most used first, ties by name —
 * among values used by 5+ companies (a value only one or two companies use could say who
 * they are). `from` is a FROM item exposing trade, region, job_category, company_id and the
 * columns `value` and `uses` are computed from; rows with a null value do not count.
 */
export const topShared = (tx: Tx, options: { from: postgres.Fragment; value: postgres.Fragment; uses: postgres.Fragment }) => tx`
  select trade, region, job_category, jsonb_agg(value order by uses desc, value) filter (where rank <= 3) as names
  from (
    select trade, region, job_category, ${options.value} as value, ${options.uses} as uses,
           row_number() over (partition by trade, region, job_category order by ${options.uses} desc, ${options.value}) as rank
    from ${options.from}
    where ${options.value} is not null
    group by trade, region, job_category, ${options.value}
    having count(distinct company_id) >= ${MIN_COMPANIES}
  ) shared
  group by trade, region, job_category`

/** `column` falls in the `window` (an interval, e.g. '3 years') that ends at `asOf`, inclusive. */
export const withinWindow = (tx: Tx, column: postgres.Fragment, asOf: Date, window: string) => tx`
  ${column} > ${asOf.toISOString()}::timestamptz - ${window}::interval and ${column} <= ${asOf.toISOString()}::timestamptz`
