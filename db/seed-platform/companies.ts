import { trades, type CompanyTier, type Trade } from '../schema/companies/values'
import { platformId } from './ids'
import { lastNames, states, type StateInfo, type ZipArea } from './geography'
import { StreamRandom } from './random'

export const HOUR = 3_600_000
export const DAY = 24 * HOUR
export const YEAR = 365.25 * DAY
/** The history the platform seed fills: the three years before `now` the pipelines look at. */
export const HISTORY_YEARS = 3

/** One generated tenant's standing traits; its jobs, bids and equipment are built from them. */
export type CompanyProfile = {
  index: number
  id: string
  name: string
  /** Main trade first. */
  trades: Trade[]
  state: StateInfo
  homeArea: ZipArea
  employees: number
  tier: CompanyTier
  contributes: boolean
  createdAt: number
  /** When its job history starts: the window's start, or a while after it joined. */
  activeFrom: number
  /** Its prices against the market (1 = typical). */
  priceLevel: number
  /** Hours it takes against the typical (solo operators a little slower, crews faster). */
  speed: number
  /** Chance it follows up on a sent bid. */
  followUpRate: number
  /** Its share of the platform's jobs, before normalising. */
  weight: number
}

const tradeShare: Record<Trade, number> = {
  electrical: 16,
  plumbing: 16,
  hvac: 18,
  solar: 6,
  roofing: 10,
  general_contracting: 9,
  remodeling: 10,
  landscaping: 9,
  low_voltage: 6,
}

/** Trades that go together when a company does two. */
const secondTrades: Record<Trade, Trade[]> = {
  electrical: ['solar', 'low_voltage', 'hvac'],
  plumbing: ['hvac'],
  hvac: ['plumbing', 'electrical'],
  solar: ['electrical', 'roofing'],
  roofing: ['general_contracting', 'solar'],
  general_contracting: ['remodeling', 'roofing'],
  remodeling: ['general_contracting'],
  landscaping: ['general_contracting'],
  low_voltage: ['electrical'],
}

const tradeWords: Record<Trade, string[]> = {
  electrical: ['Electric', 'Electrical Services', 'Power & Light'],
  plumbing: ['Plumbing', 'Plumbing & Drain', 'Plumbing Co.'],
  hvac: ['Heating & Air', 'Mechanical', 'Comfort Systems', 'HVAC'],
  solar: ['Solar', 'Solar Energy', 'Renewables'],
  roofing: ['Roofing', 'Roofing & Exteriors', 'Roof Pros'],
  general_contracting: ['Builders', 'Construction', 'Contracting'],
  remodeling: ['Remodeling', 'Kitchen & Bath', 'Home Improvement'],
  landscaping: ['Landscaping', 'Lawn & Landscape', 'Outdoor Living'],
  low_voltage: ['Security & Networks', 'Low Voltage', 'Integration'],
}

const adjectives = ['Summit', 'Precision', 'Reliable', 'Allied', 'Apex', 'Evergreen', 'Keystone', 'Pioneer', 'Liberty', 'Northstar', 'Blue Ridge', 'True Line', 'Cornerstone', 'Heritage', 'Ironwood']
const suffixes = ['', '', ' LLC', ' Inc.', ' & Sons', ' Co.']

const tierOf = (employees: number): CompanyTier => (employees <= 1 ? 'solo' : employees <= 5 ? 'team' : employees <= 25 ? 'business' : 'enterprise')

const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')

/** Builds tenant `index` of a seed: trades, state, size, price level and when it joined. */
export function companyProfile(seed: number, index: number, now: number): CompanyProfile {
  const rng = new StreamRandom(seed, index, 1)
  // The first nine tenants take one trade each, so even a small seed covers every trade.
  const drawn = rng.weighted(trades, (t) => tradeShare[t])
  const main = index < trades.length ? trades[index]! : drawn
  const companyTrades: Trade[] = rng.chance(0.25) ? [main, rng.pick(secondTrades[main])] : [main]
  const state = rng.weighted(states, (s) => s.share)
  const homeArea = rng.weighted(state.areas, (a) => a.weight)

  const size = rng.next()
  const employees = size < 0.35 ? 1 : size < 0.75 ? rng.int(2, 5) : Math.min(200, 6 + Math.floor(rng.lognormal(5, 0.8)))

  const windowStart = now - HISTORY_YEARS * YEAR
  const joinedDuring = rng.chance(0.3)
  const activeFrom = joinedDuring ? windowStart + rng.between(0, 2.5) * YEAR : windowStart
  const createdAt = joinedDuring ? activeFrom - 120 * DAY : windowStart - rng.between(120 * DAY, 8 * YEAR)

  const word = rng.pick(tradeWords[main])
  const style = rng.next()
  const head = style < 0.45 ? rng.pick(lastNames) : style < 0.7 ? homeArea.city : rng.pick(adjectives)
  const name = `${head} ${word}${rng.pick(suffixes)}`

  const sizeSpeed = employees <= 1 ? 1.1 : employees <= 5 ? 1 : 0.9
  return {
    index,
    id: platformId(seed, 'company', index, 0),
    name,
    trades: companyTrades,
    state,
    homeArea,
    employees,
    tier: tierOf(employees),
    contributes: !rng.chance(0.08),
    createdAt,
    activeFrom,
    priceLevel: rng.lognormal(1, 0.12),
    speed: sizeSpeed * rng.lognormal(1, 0.08),
    followUpRate: Math.min(0.9, Math.max(0.05, 0.4 + 0.15 * rng.normal())),
    weight: employees ** 0.7 * ((now - activeFrom) / (now - windowStart)),
  }
}

/**
 * Splits `total` completed jobs over the companies in proportion to their weight (largest
 * remainder, so the sum is exact), with at least one each when there are enough to go round.
 */
export function allocateJobs(profiles: CompanyProfile[], total: number): number[] {
  const floor = total >= profiles.length ? 1 : 0
  const rest = total - floor * profiles.length
  const sum = profiles.reduce((s, p) => s + p.weight, 0)
  const exact = profiles.map((p) => (rest * p.weight) / sum)
  const counts = exact.map((x) => Math.floor(x))
  let left = rest - counts.reduce((s, n) => s + n, 0)
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (const [, i] of order) {
    if (left <= 0) break
    counts[i]!++
    left--
  }
  return counts.map((n) => n + floor)
}

export const companyEmail = (profile: CompanyProfile) => `office@${slugOf(profile.name)}.example.com`
