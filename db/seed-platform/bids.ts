import type { Category } from './catalog'
import { DAY, HOUR } from './companies'
import { newCustomer } from './customers'
import { pickItems, quantityOf, quantityText } from './materials'
import type { BidLineRow, BidRow } from './rows'
import { iso, isoDate, touch, type Tenant, type TenantCustomer } from './tenant-context'

/** What decides a bid's fate: its price against the market, a follow-up, and how fast it went out. */
export type BidFeatures = { relativePrice: number; followUp: boolean; response: number }

/** Hours from lead to bid per response bucket: same day, next day, 2–3 days, 4+ days. */
const responseHours: [number, number][] = [[0.5, 6], [24, 34], [48, 83], [96, 14 * 24]]
const responseMix = [0.3, 0.3, 0.25, 0.15]
const responsePenalty = [0, 0.45, 0.95, 1.8]

export function bidFeatures(tenant: Tenant): BidFeatures {
  const { rng, profile } = tenant
  return {
    relativePrice: profile.priceLevel * rng.lognormal(1, 0.15),
    followUp: rng.chance(profile.followUpRate),
    response: rng.weighted([0, 1, 2, 3], (i) => responseMix[i]!),
  }
}

/** Chance the customer says yes: cheaper, followed-up and quickly sent bids win more often. */
export function winProbability(f: BidFeatures): number {
  const logit = 0.45 - 3 * Math.log(f.relativePrice) + (f.followUp ? 0.9 : 0) - responsePenalty[f.response]!
  return 1 / (1 + Math.exp(-logit))
}

export type Outcome = 'accepted' | 'declined' | 'expired' | 'sent'
type Timeline = { leadAt: number; sentAt: number; followedUpAt: number | null; decidedAt: number | null }

/**
 * Lead, sending, follow-up and answer times around an intended sending time. The lead arrives
 * mid-morning UTC, so the response bucket is the same whether counted in calendar days or in
 * whole 24-hour days.
 */
function timeline(tenant: Tenant, when: { send: number } | { decideBy: number }, f: BidFeatures, decided: boolean): Timeline {
  const { rng, now } = tenant
  const [lo, hi] = responseHours[f.response]!
  const delay = rng.between(lo, hi) * HOUR
  const followUpAfter = rng.between(2, 5) * DAY
  const span = f.followUp ? followUpAfter + rng.between(0.5, 6) * DAY : rng.between(0.5, 10) * DAY
  // The lead's mid-morning rounding moves the sending by -16 h … +12 h from the target.
  let target = 'send' in when ? when.send : when.decideBy - span - 12 * HOUR
  if (decided) target = Math.min(target, now - span - 2 * DAY)
  const dayOf = (t: number) => Math.floor(t / DAY) * DAY
  let leadAt = dayOf(target - delay) + rng.between(8, 12) * HOUR
  while (leadAt + delay > now - HOUR) leadAt -= DAY
  const sentAt = leadAt + delay
  const followedUpAt = f.followUp && (decided || sentAt + followUpAfter < now) ? sentAt + followUpAfter : null
  return { leadAt, sentAt, followedUpAt, decidedAt: decided ? sentAt + span : null }
}

const otherLines = ['Permit and inspection', 'Disposal and cleanup', 'Trip charge and setup', 'Equipment rental']
const declineReasons = ['Went with another contractor', 'Price was higher than expected', 'Postponing the project', 'Decided to hold off for now']
const leadSources = ['website', 'referral', 'google', 'phone', 'angi', 'facebook', 'repeat customer']
const sourceWeights = [25, 25, 20, 12, 8, 5, 5]

/** Line total as the API computes it: quantity × unit price, rounded half up to the cent. */
const lineTotal = (quantity: number, unitPriceCents: number) => Math.floor((Math.round(quantity * 1000) * unitPriceCents + 500) / 1000)

/**
 * A bid's lines: labor at the estimated hours, the category's main material and the rest as
 * supplies (scaled to the bid's material share), and one other charge. Labor, material and other come to about 55/35/10 %
 * (per the category's material share, with noise); line totals sum exactly to the subtotal.
 */
function bidLines(tenant: Tenant, bidId: string, category: Category, laborLine: string, totalCents: number, hours: number): BidLineRow[] {
  const { rng, ids, profile } = tenant
  const materialBase = category.materialShare ?? 0.35
  const other = Math.min(0.2, Math.max(0.03, 0.1 + 0.025 * rng.normal()))
  const labor = Math.min(0.9, Math.max(0.05, 0.9 - materialBase + 0.04 * rng.normal()))
  const material = Math.max(0.02, 1 - labor - other)
  const lines: Omit<BidLineRow, 'id' | 'company_id' | 'bid_id' | 'position'>[] = []
  const line = (type: BidLineRow['type'], description: string, quantity: number, unit: string, unitPrice: number) => {
    const price = Math.max(1, Math.round(unitPrice))
    lines.push({ type, description, quantity: quantityText(quantity), unit, unit_price_cents: price, total_cents: lineTotal(quantity, price) })
  }

  const laborHours = Math.max(1, Math.round(hours * 2) / 2)
  line('labor', laborLine, laborHours, 'hr', (totalCents * labor) / laborHours)

  const materialCents = totalCents * material
  const items = pickItems(tenant, category.materials).map((item) => ({ item, quantity: quantityOf(tenant, item) }))
  const worth = (x: (typeof items)[number]) => x.item.costCents * x.quantity
  items.sort((a, b) => worth(b) - worth(a))
  const raw = items.reduce((sum, x) => sum + worth(x), 0)
  if (raw === 0) line('material', 'Materials and supplies', 1, 'lot', materialCents)
  else {
    const scale = materialCents / raw
    const main = items[0]!
    line('material', main.item.description, main.quantity, main.item.unit, main.item.costCents * scale)
    const rest = raw - worth(main)
    if (rest > 0) line('material', 'Materials and supplies', 1, 'lot', rest * scale)
  }
  line('other', totalCents > 150_000 && rng.chance(0.6) ? otherLines[0]! : rng.pick(otherLines.slice(1)), 1, 'ea', totalCents * other)

  return lines.map((l, position) => ({ id: ids.next('bidLine'), company_id: profile.id, bid_id: bidId, position, ...l }))
}

export type BidRequest = {
  customer: TenantCustomer
  category: Category
  trade: string
  laborLine: string
  title: string
  hours: number
  features: BidFeatures
  outcome: Outcome
  /** When the bid would go out, or when it must be answered by; the timeline is built around it. */
  when: { send: number } | { decideBy: number }
  jobId: string | null
}

/** Adds a bid with its lines and, for most bids, the lead it answered. Returns its timeline. */
export function addBid(tenant: Tenant, request: BidRequest): Timeline {
  const { rng, ids, profile, now } = tenant
  const { customer, category, features, outcome } = request
  const decided = outcome !== 'sent'
  const times = timeline(tenant, request.when, features, decided)
  let status = outcome
  if (status === 'expired' && times.sentAt + 30 * DAY >= now) status = 'declined'
  const id = ids.next('bid')
  const target = category.priceCents * customer.state.priceFactor * features.relativePrice
  const lines = bidLines(tenant, id, category, request.laborLine, target, request.hours)
  const subtotal = lines.reduce((sum, l) => sum + l.total_cents, 0)
  const createdAt = times.sentAt - rng.between(0, 2) * DAY
  const validUntil = times.sentAt + 30 * DAY
  const lastEvent = status === 'expired' ? validUntil : (times.decidedAt ?? times.followedUpAt ?? times.sentAt)
  const priceReason = features.relativePrice > 1.1 && rng.chance(0.6)
  const bid: BidRow = {
    id,
    company_id: profile.id,
    customer_id: customer.row.id,
    job_id: status === 'accepted' ? request.jobId : null,
    number: '',
    title: request.title,
    trade: request.trade,
    job_category: category.slug,
    status,
    subtotal_cents: subtotal,
    discount_cents: 0,
    tax_rate_bps: 0,
    tax_cents: 0,
    total_cents: subtotal,
    valid_until: isoDate(validUntil),
    created_by_ai: false,
    sent_at: iso(times.sentAt),
    followed_up_at: times.followedUpAt === null ? null : iso(times.followedUpAt),
    accepted_at: status === 'accepted' ? iso(times.decidedAt!) : null,
    declined_at: status === 'declined' ? iso(times.decidedAt!) : null,
    decline_reason: status === 'declined' ? (priceReason ? declineReasons[1]! : rng.pick(declineReasons)) : null,
    created_at: iso(createdAt),
    updated_at: iso(lastEvent),
  }
  tenant.bids.push(bid)
  tenant.rows.bid_line_items.push(...lines)
  touch(customer, createdAt)

  if (rng.chance(0.85)) {
    touch(customer, times.leadAt)
    tenant.rows.leads.push({
      id: ids.next('lead'),
      company_id: profile.id,
      customer_id: customer.row.id,
      name: customer.row.name,
      email: customer.row.email,
      source: rng.weighted(leadSources, (s) => sourceWeights[leadSources.indexOf(s)]!),
      stage: status === 'accepted' ? 'won' : status === 'sent' ? 'bid_sent' : 'lost',
      trade: request.trade,
      estimated_value_cents: Math.round((subtotal * rng.lognormal(1, 0.25)) / 5_000) * 5_000,
      lost_reason: status === 'declined' || status === 'expired' ? (priceReason ? 'Price' : rng.pick(['Chose another contractor', 'No response', 'Timing'])) : null,
      created_at: iso(times.leadAt),
      updated_at: iso(lastEvent),
    })
  }
  return times
}

/**
 * The bids behind one won job: bids go out until one is accepted, each won with its own chance,
 * so lost bids (to other customers, mostly new ones) are as many as those odds make them.
 * The accepted bid's timeline ends before the job starts. Returns when it was accepted.
 */
export function bidsForWonJob(tenant: Tenant, request: Omit<BidRequest, 'features' | 'outcome' | 'when'> & { scheduledStart: number }): number {
  const { rng } = tenant
  for (let attempt = 0; ; attempt++) {
    const features = bidFeatures(tenant)
    if (attempt >= 40 || rng.chance(winProbability(features))) {
      const decideBy = request.scheduledStart - rng.between(2, 30) * DAY
      const times = addBid(tenant, { ...request, features, outcome: 'accepted', when: { decideBy } })
      return times.decidedAt!
    }
    const customer = tenant.customers.length && rng.chance(0.3) ? tenant.customers[rng.int(0, tenant.customers.length - 1)]! : newCustomer(tenant, request.scheduledStart, false)
    addBid(tenant, {
      ...request,
      customer,
      title: rng.pick(request.category.titles),
      hours: rng.lognormal(request.category.hours, request.category.spread ?? 0.35),
      features,
      outcome: rng.chance(0.6) ? 'declined' : 'expired',
      when: { send: request.scheduledStart - rng.between(5, 75) * DAY },
      jobId: null,
    })
  }
}

/** Numbers the tenant's bids B-000001… in the order they were sent, and hands them to the batch. */
export function finishBids(tenant: Tenant) {
  tenant.bids.sort((a, b) => (a.sent_at < b.sent_at ? -1 : a.sent_at > b.sent_at ? 1 : a.id < b.id ? -1 : 1))
  tenant.bids.forEach((bid, i) => {
    bid.number = `B-${String(i + 1).padStart(6, '0')}`
  })
  tenant.rows.bids.push(...tenant.bids)
}
