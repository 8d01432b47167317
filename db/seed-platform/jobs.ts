import type { Trade } from '../schema/companies/values'
import { catalog, type Category } from './catalog'
import { DAY, HOUR } from './companies'
import { equipmentKind } from './equipment-kinds'
import { bidsForWonJob } from './bids'
import { customerForJob } from './customers'
import { jobMaterials, pickItems, repairParts } from './materials'
import type { JobRow } from './rows'
import { iso, touch, type Tenant, type TenantCustomer } from './tenant-context'
import { installUnits, repairTarget } from './units'

const round = (value: number, step: number) => Math.round(value / step) * step
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/** The trade of the next job: the main one mostly, the second one (if any) a quarter of the time. */
function tradeFor(tenant: Tenant): Trade {
  const { trades } = tenant.profile
  return trades.length > 1 && tenant.rng.chance(0.25) ? trades[1]! : trades[0]!
}

/** A kind of work, by its share of the trade's jobs and the season (month 1–12). */
export function categoryFor(tenant: Tenant, trade: Trade, at: number, filter: (c: Category) => boolean = () => true): Category {
  const month = new Date(at).getUTCMonth() + 1
  const categories = catalog[trade].categories.filter(filter)
  return tenant.rng.weighted(categories, (c) => c.weight * (c.season ? 1 + c.season.strength * Math.cos((2 * Math.PI * (month - c.season.peak)) / 12) : 1))
}

type Schedule = { scheduledStart: number; scheduledEnd: number; startedAt: number }

/** Days on site from the hours and the crew; the last day ends at `completedAt`. */
function scheduleBackFrom(tenant: Tenant, completedAt: number, estimated: number, actual: number): Schedule {
  const { rng, profile } = tenant
  const crew = actual >= 16 ? Math.min(profile.employees, rng.int(2, 4)) : profile.employees > 1 && rng.chance(0.3) ? 2 : 1
  const days = Math.max(1, Math.ceil(actual / (8 * crew)))
  const lastDay = clamp(actual / crew - 8 * (days - 1), 0.5, 9)
  const startedAt = completedAt - (days - 1) * DAY - lastDay * HOUR
  const scheduledStart = startedAt - round(rng.between(0, 0.75), 0.25) * HOUR
  const plannedDays = Math.max(1, Math.ceil(estimated / (8 * crew)))
  const scheduledEnd = scheduledStart + (plannedDays - 1) * DAY + clamp(estimated / crew - 8 * (plannedDays - 1), 0.5, 9) * HOUR
  return { scheduledStart, scheduledEnd, startedAt }
}

function jobRow(tenant: Tenant, id: string, customer: TenantCustomer, fields: Omit<JobRow, 'id' | 'company_id' | 'customer_id' | 'property_id' | 'address' | 'region'>): JobRow {
  const property = customer.property!
  return {
    id,
    company_id: tenant.profile.id,
    customer_id: customer.row.id,
    property_id: property.id,
    address: customer.row.address,
    region: property.state,
    ...fields,
  }
}

/**
 * One completed job finishing at `completedAt`: its kind of work, customer and property,
 * estimated and actual hours, schedule, the bids behind it (for quoted work), the equipment
 * it installed or repaired, and the materials or parts used.
 */
export function completedJob(tenant: Tenant, completedAt: number) {
  const { rng, profile } = tenant
  const trade = tradeFor(tenant)
  const category = categoryFor(tenant, trade, completedAt)
  const installKind = category.installs ? rng.weighted(category.installs, (k) => k.weight).kind : null
  const repairKind = !installKind && category.repairs && rng.chance(category.repairs.share) ? rng.weighted(category.repairs.kinds, (k) => k.weight).kind : null
  const customer = customerForJob(tenant, completedAt, installKind ? { repeat: 0.3, freeOf: installKind } : { repeat: 0.35 })
  const ratio = rng.lognormal(1.15, 0.18)

  const repair = repairKind ? repairTarget(tenant, customer, repairKind, completedAt) : null
  let estimated: number
  let actual: number
  if (repair) {
    estimated = clamp(round(rng.lognormal(repair.failure.hours * profile.speed, 0.3), 0.25), 0.5, 4)
    actual = clamp(round(estimated * ratio, 0.25), 0.75, 4.5)
  } else {
    estimated = Math.max(0.5, round(rng.lognormal(category.hours * profile.speed, category.spread ?? 0.35), 0.5))
    actual = Math.max(0.25, round(estimated * ratio, 0.25))
  }
  const { scheduledStart, scheduledEnd, startedAt } = scheduleBackFrom(tenant, completedAt, estimated, actual)

  let title = rng.pick(category.titles)
  if (repair) title = `${equipmentKind(repairKind!).label} repair (${repair.failure.mode})`
  else if (installKind && installKind !== category.installs![0]!.kind) title = `${equipmentKind(installKind).label} replacement`

  const jobId = tenant.ids.next('job')
  let createdAt = scheduledStart - rng.between(0.5, 14) * DAY
  if (!repair && rng.chance(category.bidShare)) {
    const { laborLine } = catalog[trade]
    const acceptedAt = bidsForWonJob(tenant, { customer, category, trade, laborLine, title, hours: estimated, jobId, scheduledStart })
    createdAt = acceptedAt + rng.between(0.1, 1.5) * DAY
  }
  touch(customer, createdAt)

  const unitMake = installKind ? installUnits(tenant, customer, installKind, completedAt, createdAt) : null
  const job = jobRow(tenant, jobId, customer, {
    title,
    trade,
    job_category: category.slug,
    status: 'completed',
    scheduled_start: iso(scheduledStart),
    scheduled_end: iso(scheduledEnd),
    started_at: iso(startedAt),
    completed_at: iso(completedAt),
    cancelled_at: null,
    estimated_hours: category.bidShare === 0 && rng.chance(0.2) ? null : estimated,
    actual_hours: actual,
    equipment_id: repair ? repair.unit.row.id : null,
    failure_mode: repair ? repair.failure.mode : null,
    created_at: iso(createdAt),
    updated_at: iso(completedAt),
  })
  tenant.rows.jobs.push(job)

  if (repair) repairParts(tenant, customer, job.id, completedAt, repair.failure.parts)
  else jobMaterials(tenant, customer, job.id, completedAt, pickItems(tenant, category.materials), unitMake)
}

/** A job that has not happened: booked for the coming weeks, or cancelled before it started. */
export function openOrCancelledJob(tenant: Tenant, activeFrom: number) {
  const { rng, now, profile } = tenant
  const cancelled = rng.chance(0.45)
  const at = cancelled ? rng.between(activeFrom, now - DAY) : now + rng.between(1, 30) * DAY
  const trade = tradeFor(tenant)
  const category = categoryFor(tenant, trade, at)
  const customer = customerForJob(tenant, Math.min(at, now), { repeat: 0.5 })
  const estimated = Math.max(0.5, round(rng.lognormal(category.hours * profile.speed, category.spread ?? 0.35), 0.5))
  const scheduledStart = Math.floor(at / HOUR) * HOUR + (cancelled ? rng.int(1, 10) * DAY : 0)
  const createdAt = (cancelled ? at : now) - rng.between(1, 20) * DAY
  touch(customer, createdAt)
  tenant.rows.jobs.push(
    jobRow(tenant, tenant.ids.next('job'), customer, {
      title: rng.pick(category.titles),
      trade,
      job_category: category.slug,
      status: cancelled ? 'cancelled' : 'scheduled',
      scheduled_start: iso(scheduledStart),
      scheduled_end: iso(scheduledStart + clamp(estimated, 0.5, 9) * HOUR),
      started_at: null,
      completed_at: null,
      cancelled_at: cancelled ? iso(at) : null,
      estimated_hours: estimated,
      actual_hours: null,
      equipment_id: null,
      failure_mode: null,
      created_at: iso(createdAt),
      updated_at: iso(cancelled ? at : createdAt),
    }),
  )
}
