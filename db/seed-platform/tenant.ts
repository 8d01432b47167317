import { catalog } from './catalog'
import { addBid, bidFeatures, finishBids } from './bids'
import { companyEmail, DAY, HOUR, type CompanyProfile } from './companies'
import { finishCustomers, newCustomer } from './customers'
import { streets } from './geography'
import { tenantIds } from './ids'
import { categoryFor, completedJob, openOrCancelledJob } from './jobs'
import { StreamRandom } from './random'
import type { PlatformRows } from './rows'
import { iso, type Tenant } from './tenant-context'

/**
 * Completion moments for `count` jobs between `from` and `now`, oldest first, a little denser
 * toward the present (the business grows), in working hours (13:00–23:00 UTC).
 */
function completionTimes(rng: StreamRandom, from: number, now: number, count: number): number[] {
  const growth = 0.3
  const span = now - from - DAY
  const times: number[] = []
  for (let i = 0; i < count; i++) {
    const v = rng.next()
    const u = (-1 + Math.sqrt(1 + 2 * growth * (1 + growth / 2) * v)) / growth
    let at = Math.floor((from + u * span) / DAY) * DAY + rng.between(13, 23) * HOUR
    if (at > now - HOUR) at -= DAY
    times.push(Math.round(at))
  }
  return times.sort((a, b) => a - b)
}

/**
 * Generates one tenant's whole history into `rows`: the company, its customers and their homes,
 * `completedJobs` completed jobs (about 5 % more booked or cancelled), their materials, the
 * bids and leads around them (about 5 % of bids still awaiting an answer), and the equipment
 * installed, replaced and repaired. Depends only on (seed, profile, now).
 */
export function generateTenant(seed: number, now: number, profile: CompanyProfile, completedJobs: number, rows: PlatformRows) {
  const rng = new StreamRandom(seed, profile.index, 2)
  const tenant: Tenant = { profile, now, rng, ids: tenantIds(seed, profile.index), rows, customers: [], bids: [], preferred: new Map() }

  const area = profile.homeArea
  rows.companies.push({
    id: profile.id,
    name: profile.name,
    trades: profile.trades,
    state: profile.state.code,
    email: companyEmail(profile),
    address: `${rng.int(10, 9899)} ${rng.pick(streets)}, ${area.city}, ${profile.state.code} ${area.prefix}${String(rng.int(1, 99)).padStart(2, '0')}`,
    tier: profile.tier,
    employee_count: profile.employees,
    ai_visibility_settings: {},
    contribute_to_intelligence: profile.contributes,
    created_at: iso(profile.createdAt),
    updated_at: iso(profile.createdAt),
  })

  for (const at of completionTimes(rng, profile.activeFrom, now, completedJobs)) completedJob(tenant, at)
  for (let i = 0; i < completedJobs; i++) if (rng.chance(0.053)) openOrCancelledJob(tenant, profile.activeFrom)

  const open = Math.round(tenant.bids.length * 0.053)
  for (let i = 0; i < open; i++) {
    const trade = profile.trades[rng.chance(0.75) ? 0 : profile.trades.length - 1]!
    const sendAround = now - rng.between(1, 21) * DAY
    const category = categoryFor(tenant, trade, sendAround, (c) => c.bidShare > 0.3)
    addBid(tenant, {
      customer: newCustomer(tenant, sendAround, false),
      category,
      trade,
      laborLine: catalog[trade].laborLine,
      title: rng.pick(category.titles),
      hours: rng.lognormal(category.hours, category.spread ?? 0.35),
      features: bidFeatures(tenant),
      outcome: 'sent',
      when: { send: sendAround },
      jobId: null,
    })
  }

  finishBids(tenant)
  finishCustomers(tenant)
}
