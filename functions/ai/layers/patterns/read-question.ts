import { usStates, type Trade } from '../../../../db/schema/companies/values'
import { equipmentKindTrades } from '../../../customers/equipment-kinds'
import { jobCategories, SERVICE_CALL } from '../../../jobs/job-categories'
import { normalizeQuery } from '../../routing/normalize-query'
import { detectTrade } from '../../routing/trade-vocabulary'
import { stateNames } from '../../../../db/schema/companies/values'

/** What a question says about the patterns it needs. Everything is null or empty when it says nothing. */
export type QuestionScope = {
  /** The trade whose vocabulary the question uses most. */
  trade: Trade | null
  /** Kinds of work named (job category slugs), among the trades given. */
  categories: string[]
  /** Equipment kinds named (keys of equipmentKindTrades), any trade. */
  equipmentKinds: string[]
  /** The trades the named kinds of work and equipment belong to. */
  namedTrades: Trade[]
  /** A state the question places itself in ("in CT", "CT's", "in Connecticut"). */
  state: string | null
  /** The pattern types the question asks about ("what should I bid" → bid_pricing). */
  subjects: string[]
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/** One alternation, longest phrase first, so "tankless water heater" wins over "water heater" at the same spot. */
const phrasePattern = (phrases: string[]) =>
  new RegExp(`(?<![\\w/])(?:${[...phrases].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w/])`, 'g')

const matches = (text: string, phrases: Map<string, string>, pattern: RegExp) => [...new Set((text.match(pattern) ?? []).map((hit) => phrases.get(hit)!))]

function phraseIndex(entries: [phrase: string, key: string][]) {
  const phrases = new Map(entries)
  return { phrases, pattern: phrasePattern([...phrases.keys()]) }
}

const categoryIndex = new Map(
  Object.entries(jobCategories).map(([trade, categories]) => {
    const phrases = categories.flatMap((category) => category.phrases.map((phrase): [string, string] => [phrase, category.slug]))
    return [trade, phraseIndex(phrases)]
  }),
)
const serviceCallIndex = phraseIndex(SERVICE_CALL.phrases.map((phrase) => [phrase, SERVICE_CALL.slug]))

/** How people name equipment beyond its key written out ("water heater", "mini split", "mini-split"). */
const equipmentAliases: Record<string, string> = {
  'hot water heater': 'water_heater',
  'hot water tank': 'water_heater',
  'water tank': 'water_heater',
  'a/c': 'air_conditioner',
  'ac unit': 'air_conditioner',
  'central air': 'air_conditioner',
  condenser: 'air_conditioner',
  'breaker panel': 'electrical_panel',
  'main panel': 'electrical_panel',
  'service panel': 'electrical_panel',
  'load center': 'electrical_panel',
  'security camera': 'security_camera',
  'battery backup': 'solar_battery',
  inverter: 'solar_inverter',
}
const equipmentIndex = phraseIndex([
  ...Object.keys(equipmentKindTrades).flatMap((kind) => [kind.replace(/_/g, ' '), kind.replace(/_/g, '-')].map((phrase) => [phrase, kind] as [string, string])),
  ...Object.entries(equipmentAliases),
])

// Codes only in upper case and only where a place is meant: "in OR", "in ME" and "CO detector" are words.
const codes = usStates.join('|')
const statePreposition = new RegExp(
  `(?:^|[^\\w])(?:[Ii]n|[Aa]cross|[Aa]round|[Tt]hroughout|[Ww]ithin)\\s+(${codes})(?![\\w])|(?:^|[^\\w])(${codes})['\u2019]s(?![\\w])`,
)
const nameToCode = new Map(Object.entries(stateNames).map(([code, name]) => [name.toLowerCase(), code]))
const stateName = new RegExp(`(?<![\\w])(${[...nameToCode.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w])`)

/** The state a question places itself in, from an upper-case code after "in" (or before "'s") or a state's name. */
export function stateInQuestion(message: string): string | null {
  const code = message.match(statePreposition)
  if (code) return code[1] ?? code[2]!
  const name = normalizeQuery(message).match(stateName)
  return name ? nameToCode.get(name[1]!)! : null
}

/** A free-text state ("ct", "Connecticut", "CT ") as its two-letter code, or null. */
export function stateCodeOf(value: string | null | undefined): string | null {
  const text = value?.trim()
  if (!text) return null
  const upper = text.toUpperCase()
  if ((usStates as readonly string[]).includes(upper)) return upper
  return nameToCode.get(text.toLowerCase().replace(/\s+/g, ' ')) ?? null
}

const anyOf = (...patterns: RegExp[]) => new RegExp(patterns.map((pattern) => pattern.source).join('|'))

/**
 * What each pattern type answers, as people ask it. "How long will it last" is lifespan, not
 * duration; "win rate" is not pricing unless a price word is there too.
 */
const subjectPatterns: Record<string, RegExp> = {
  bid_pricing: anyOf(
    /\b(?:charge|charging|quote|quoting|price|prices|pricing|priced|going rate|ballpark)\b/,
    /\b(?:what|how much) (?:should|do|would|could|can|to) (?:i|we|you) bid\b|\bbid (?:it|this|that|them|on|for|at|a|an|the)\b|\bbidding (?:on|for|at)\b/,
    /\b(?:what|how much) (?:does|do|would|will|should|might) (?:it|a|an|this|that|my) [^?.!]{0,50}\bcost\b/,
  ),
  job_duration: anyOf(
    /\bhow (?:long|many (?:hours|days|man-hours))\b(?![^?.!]*\blast(?:s|ing)?\b)/,
    /\b(?:duration|labor hours|man-hours)\b|\btime (?:to complete|it takes|needed|required)\b/,
  ),
  material_cost: anyOf(
    /\bmaterials?\b[^?.!]{0,40}\b(?:cost|costs|price|prices|run|runs)\b/,
    /\b(?:cost|price)s? (?:of|for) (?:the )?(?:materials?|parts|supplies)\b|\bparts? (?:cost|price)s?\b|\bsupply house\b/,
  ),
  bid_win_rate: anyOf(
    /\b(?:win|close|closing|acceptance|conversion|hit) (?:rate|ratio)s?\b|\bwin more (?:bids|jobs|work)\b/,
    /\b(?:bids?|quotes?|estimates?) (?:get |gets |getting )?(?:accepted|won)\b/,
  ),
  equipment_lifespan: anyOf(
    /\bhow long (?:will|does|do|should|can|would|might|could|is|are)\b[^?.!]{0,60}\blast\b/,
    /\b(?:lifespan|life span|life expectancy|useful life|service life)\b/,
    /\bwhen (?:should|will|do|does|would) [^?.!]{0,40}\b(?:be replaced|need replacing|need to be replaced|wear out)\b/,
  ),
  failure_pattern: anyOf(
    /\b(?:common|typical|usual|frequent|known) (?:failures?|problems?|issues?|faults?|failure modes?)\b/,
    /\bwhat (?:usually|typically|commonly|normally) (?:fails|breaks|goes wrong)\b|\bfailure (?:modes?|rates?|patterns?)\b/,
    /\bwhy (?:does|do|did|is|are|would) [^?.!]{0,50}\b(?:fail|fails|failing|break|breaks|breaking)\b/,
  ),
}

/**
 * Reads the pattern scope out of a question: its trade, the kinds of work (among `trades`,
 * the trades in scope) and equipment it names, its state, and what it asks.
 *
 * @example readQuestion('what should I bid a 200 A panel upgrade in CT?', ['electrical'])
 * // { trade: 'electrical', categories: ['panel_upgrade'], equipmentKinds: [], namedTrades: ['electrical'], state: 'CT', subjects: ['bid_pricing'] }
 */
export function readQuestion(message: string, trades: readonly string[]): QuestionScope {
  const text = normalizeQuery(message)
  const categories = new Set<string>()
  const namedTrades = new Set<Trade>()
  for (const trade of trades) {
    const index = categoryIndex.get(trade)
    if (!index) continue
    const found = matches(text, index.phrases, index.pattern)
    for (const slug of found) categories.add(slug)
    if (found.length) namedTrades.add(trade as Trade)
  }
  for (const slug of matches(text, serviceCallIndex.phrases, serviceCallIndex.pattern)) categories.add(slug)
  const equipmentKinds = matches(text, equipmentIndex.phrases, equipmentIndex.pattern)
  for (const kind of equipmentKinds) namedTrades.add(equipmentKindTrades[kind]!)
  // "tankless water heater" also says "water heater": the named equipment decides which it is.
  const covered = (slug: string) => equipmentKinds.some((kind) => kind.endsWith(`_${slug}`))
  return {
    trade: detectTrade(text).trade,
    categories: [...categories].filter((slug) => !covered(slug)),
    equipmentKinds,
    namedTrades: [...namedTrades],
    state: stateInQuestion(message),
    subjects: Object.entries(subjectPatterns)
      .filter(([, pattern]) => pattern.test(text))
      .map(([type]) => type),
  }
}
