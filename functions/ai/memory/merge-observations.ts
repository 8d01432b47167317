import { estimateTokens } from '../budget'
import type { Observation } from './observation'
import {
  isSurfaced,
  MemoryProfile,
  FORGOTTEN_LIMIT,
  LIST_LIMIT,
  THREAD_LIMIT,
  PROFILE_TOKEN_CAP,
  THREAD_TTL_DAYS,
  type ActiveThread,
  type CommunicationField,
  type MemoryMeta,
  type ObservedFact,
  type ProfessionalField,
} from './profile'
import { normalisedKey, stableId, tokenJaccard } from './text-similarity'

/** Two facts this similar (token Jaccard) are the same fact worded differently. */
export const NEAR_DUPLICATE = 0.75
/** Two thread topics this similar are the same piece of work. */
export const SAME_THREAD = 0.5

export type MergeResult = {
  profile: MemoryProfile
  /** Whether anything differs from the profile given. */
  changed: boolean
  /** Set when the merged profile failed validation: `profile` is then the one given, unchanged. */
  error?: string
}

const day = (date: Date) => date.toISOString().slice(0, 10)
const later = (a: string, b: string) => (a > b ? a : b)
const clean = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().replace(/[\s.;,]+$/, '').slice(0, max).trim()
const remember = (sources: string[], source: string) => [...sources.filter((known) => known !== source), source].slice(-5)

const professionalPrefix: Record<ProfessionalField, string> = { certification_pursuit: 'cert', experience_level: 'exp', work_style: 'work' }
const communicationPrefix: Record<CommunicationField, string> = { preferred_depth: 'dep', jargon_comfort: 'jar', response_format: 'fmt', patience_level: 'pat' }
const professionalField = { certification: 'certification_pursuit', experience: 'experience_level', work_style: 'work_style' } as const

/** Which communication preference a statement is about, from its words. */
export function communicationField(content: string): CommunicationField {
  const text = content.toLowerCase()
  if (/\b(numbered|bullet|list|table|format|bold|headings?|diagram|example)/.test(text)) return 'response_format'
  if (/\b(jargon|terms?|lingo|dumb|basics|beginner|plain (english|language)|technical)/.test(text)) return 'jargon_comfort'
  if (/\b(patien|talk(ed)? down|follow-?ups?|rush|hurry|impatient)/.test(text)) return 'patience_level'
  return 'preferred_depth'
}

/** The topic and the context of a thread or correction stated as "topic — context" (or "topic: context"). */
export function splitTopic(content: string): { topic: string; context: string } {
  const match = /^(.{3,160}?)\s*(?:—|–| - |: )\s*(.+)$/s.exec(content)
  return match ? { topic: match[1]!, context: match[2]! } : { topic: content.slice(0, 160), context: content }
}

const newFact = (id: string, content: string, observation: Observation, today: string): ObservedFact => ({
  id,
  content,
  confidence: observation.confidence,
  reinforced: 1,
  sources: [observation.source],
  first_seen: today,
  last_seen: today,
})

/** The same fact seen again: once per new source it counts as reinforcement; a repeat of a known source changes nothing. */
function reinforce<T extends { confidence: number; reinforced: number; sources: string[] }>(item: T, observation: Observation): T {
  if (item.sources.includes(observation.source)) return { ...item, confidence: Math.max(item.confidence, observation.confidence) }
  return { ...item, confidence: Math.max(item.confidence, observation.confidence), reinforced: item.reinforced + 1, sources: remember(item.sources, observation.source) }
}

const sameFact = (a: string, b: string) => normalisedKey(a) === normalisedKey(b) || tokenJaccard(a, b) >= NEAR_DUPLICATE

function upsertFact(list: ObservedFact[], prefix: string, observation: Observation, today: string, forgotten: Set<string>): ObservedFact[] {
  const content = clean(observation.content, 200)
  const id = stableId(prefix, content)
  if (!content || forgotten.has(id)) return list
  const index = list.findIndex((item) => item.id === id || sameFact(item.content, content))
  if (index < 0) return [...list, newFact(id, content, observation, today)]
  const item = list[index]!
  const updated = { ...reinforce(item, observation), last_seen: later(item.last_seen, today) }
  return list.map((existing, i) => (i === index ? updated : existing))
}

/**
 * A single-valued preference (certification pursuit, depth, format...): the same statement
 * reinforces it; a different one replaces it when it is confident or the old one was not.
 */
function setFact(current: ObservedFact | undefined, prefix: string, observation: Observation, today: string, forgotten: Set<string>): ObservedFact | undefined {
  const content = clean(observation.content, 200)
  const id = stableId(prefix, content)
  if (!content || forgotten.has(id)) return current
  if (!current) return newFact(id, content, observation, today)
  if (sameFact(current.content, content)) return { ...reinforce(current, observation), last_seen: later(current.last_seen, today) }
  return observation.confidence >= current.confidence || !isSurfaced(current) ? newFact(id, content, observation, today) : current
}

function upsertThread(threads: ActiveThread[], observation: Observation, today: string, forgotten: Set<string>): ActiveThread[] {
  const split = splitTopic(clean(observation.content, 500))
  const topic = clean(observation.topic ?? split.topic, 160)
  const context = clean(observation.topic ? observation.content : split.context, 300)
  const id = stableId('thr', topic)
  if (!topic || !context) return threads
  const index = threads.findIndex((thread) => thread.id === id || tokenJaccard(thread.topic, topic) >= SAME_THREAD)
  if (index < 0) {
    if (forgotten.has(id)) return threads
    return [...threads, { id, topic, last_discussed: today, key_context: context, confidence: observation.confidence, reinforced: 1, sources: [observation.source] }]
  }
  const thread = threads[index]!
  const updated = { ...reinforce(thread, observation), last_discussed: later(thread.last_discussed, today), key_context: thread.last_discussed > today ? thread.key_context : context }
  return threads.map((existing, i) => (i === index ? updated : existing))
}

function addCorrection(profile: MemoryProfile, observation: Observation, today: string, forgotten: Set<string>): MemoryProfile['corrections'] {
  const split = splitTopic(clean(observation.content, 500))
  const topic = clean(observation.topic ?? split.topic, 160)
  const correction = clean(observation.topic ? observation.content : split.context, 500)
  const id = stableId('cor', `${topic} ${correction}`)
  if (!topic || !correction || forgotten.has(id)) return profile.corrections
  if (profile.corrections.some((known) => known.id === id || (known.source === observation.source && sameFact(known.correction, correction)))) return profile.corrections
  const detail = observation.correction ?? {}
  return [
    ...profile.corrections,
    {
      id,
      date: today,
      topic,
      correction,
      ...(detail.original_response ? { original_response: clean(detail.original_response, 300) } : {}),
      ...(detail.code_reference ? { code_reference: clean(detail.code_reference, 80) } : {}),
      validated: null,
      source: observation.source,
    },
  ]
}

/** Applies one observation to the profile (no pruning, no cap). */
function applyObservation(profile: MemoryProfile, observation: Observation, today: string, forgotten: Set<string>): MemoryProfile {
  const { professional, communication } = profile
  switch (observation.category) {
    case 'strength':
      return { ...profile, professional: { ...professional, strengths: upsertFact(professional.strengths, 'str', observation, today, forgotten) } }
    case 'growth_area':
      return { ...profile, professional: { ...professional, growth_areas: upsertFact(professional.growth_areas, 'gro', observation, today, forgotten) } }
    case 'certification':
    case 'experience':
    case 'work_style': {
      const field = professionalField[observation.category]
      const value = setFact(professional[field], professionalPrefix[field], observation, today, forgotten)
      return value ? { ...profile, professional: { ...professional, [field]: value } } : profile
    }
    case 'communication_pref': {
      const field = communicationField(observation.content)
      const value = setFact(communication[field], communicationPrefix[field], observation, today, forgotten)
      return value ? { ...profile, communication: { ...communication, [field]: value } } : profile
    }
    case 'correction':
      return { ...profile, corrections: addCorrection(profile, observation, today, forgotten) }
    case 'active_thread':
      return { ...profile, active_threads: upsertThread(profile.active_threads, observation, today, forgotten) }
  }
}

type Trimmable = { group: number; confidence: number; date: string; id: string; remove(profile: MemoryProfile): MemoryProfile }

/**
 * Everything the cap may remove, in the order it removes it: hidden (low-confidence,
 * unreinforced) items first, then surfaced ones by confidence; oldest first within each;
 * corrections only after every inferred item, rejected ones first.
 */
function trimOrder(profile: MemoryProfile): Trimmable[] {
  const items: Trimmable[] = []
  const without = (id: string) => (list: { id: string }[]) => list.filter((item) => item.id !== id)
  for (const key of ['strengths', 'growth_areas'] as const) {
    for (const fact of profile.professional[key]) {
      items.push({ group: isSurfaced(fact) ? 1 : 0, confidence: fact.confidence, date: fact.last_seen, id: fact.id, remove: (p) => ({ ...p, professional: { ...p.professional, [key]: without(fact.id)(p.professional[key]) } }) })
    }
  }
  for (const field of ['certification_pursuit', 'experience_level', 'work_style'] as const) {
    const fact = profile.professional[field]
    if (fact) items.push({ group: isSurfaced(fact) ? 1 : 0, confidence: fact.confidence, date: fact.last_seen, id: fact.id, remove: (p) => ({ ...p, professional: { ...p.professional, [field]: undefined } }) })
  }
  for (const field of ['preferred_depth', 'jargon_comfort', 'response_format', 'patience_level'] as const) {
    const fact = profile.communication[field]
    if (fact) items.push({ group: isSurfaced(fact) ? 1 : 0, confidence: fact.confidence, date: fact.last_seen, id: fact.id, remove: (p) => ({ ...p, communication: { ...p.communication, [field]: undefined } }) })
  }
  for (const thread of profile.active_threads) {
    items.push({ group: isSurfaced(thread) ? 1 : 0, confidence: thread.confidence, date: thread.last_discussed, id: thread.id, remove: (p) => ({ ...p, active_threads: without(thread.id)(p.active_threads) as ActiveThread[] }) })
  }
  for (const correction of profile.corrections) {
    items.push({ group: correction.validated === false ? 2 : 3, confidence: 1, date: correction.date, id: correction.id, remove: (p) => ({ ...p, corrections: without(correction.id)(p.corrections) as MemoryProfile['corrections'] }) })
  }
  return items.sort((a, b) => a.group - b.group || a.confidence - b.confidence || a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
}

/** Drops undefined optional fields, so the JSON (and its token estimate) has no holes. */
function compact(profile: MemoryProfile): MemoryProfile {
  const defined = <T extends object>(value: T) => Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as T
  return { ...profile, professional: defined(profile.professional), communication: defined(profile.communication) }
}

const profileTokens = (profile: MemoryProfile) => estimateTokens(JSON.stringify(profile))

/** Keeps the list lengths the schema allows and the profile within PROFILE_TOKEN_CAP, trimming in trimOrder. */
export function capProfile(profile: MemoryProfile): MemoryProfile {
  let capped = compact({ ...profile, forgotten: profile.forgotten.slice(-FORGOTTEN_LIMIT) })
  const order = trimOrder(capped)
  for (const key of ['strengths', 'growth_areas'] as const) {
    const extra = capped.professional[key].length - LIST_LIMIT
    if (extra <= 0) continue
    const inList = new Set(capped.professional[key].map((fact) => fact.id))
    const victims = new Set(order.filter((item) => inList.has(item.id)).slice(0, extra).map((item) => item.id))
    capped = { ...capped, professional: { ...capped.professional, [key]: capped.professional[key].filter((fact) => !victims.has(fact.id)) } }
  }
  if (capped.active_threads.length > THREAD_LIMIT) capped = { ...capped, active_threads: [...capped.active_threads].sort((a, b) => b.last_discussed.localeCompare(a.last_discussed)).slice(0, THREAD_LIMIT) }
  if (capped.corrections.length > LIST_LIMIT) capped = { ...capped, corrections: capped.corrections.slice(-LIST_LIMIT) }
  for (const item of trimOrder(capped)) {
    if (profileTokens(capped) <= PROFILE_TOKEN_CAP) break
    capped = compact(item.remove(capped))
  }
  return capped
}

/** Active threads not discussed within THREAD_TTL_DAYS of `now` are dropped. */
export function pruneThreads(profile: MemoryProfile, now: Date): MemoryProfile {
  const cutoff = day(new Date(now.getTime() - THREAD_TTL_DAYS * 86_400_000))
  return { ...profile, active_threads: profile.active_threads.filter((thread) => thread.last_discussed >= cutoff) }
}

/**
 * Applies observations to a memory profile by fixed rules, never by letting a model rewrite
 * it: strengths and growth areas de-duplicated (case-, word-order- and near-duplicate-
 * insensitive), single-valued preferences reinforced or replaced, corrections appended with
 * the date (pending review), active threads upserted by topic similarity; threads older than
 * 30 days pruned; the result capped at PROFILE_TOKEN_CAP tokens, oldest low-confidence items
 * first. The same observations from the same source merged twice change nothing. The result
 * is validated: when it does not match the schema, the given profile comes back unchanged
 * with the reason in `error`.
 *
 * @example mergeObservations(profile, [{ category: 'strength', content: 'panel upgrades', confidence: 0.8, source: conversationId }], new Date())
 */
export function mergeObservations(profile: MemoryProfile, observations: Observation[], now: Date, options: { meta?: MemoryMeta } = {}): MergeResult {
  const today = day(now)
  const forgotten = new Set(profile.forgotten)
  let merged = observations.reduce((current, observation) => applyObservation(current, observation, today, forgotten), profile)
  merged = capProfile(pruneThreads(options.meta ? { ...merged, meta: options.meta } : merged, now))
  const validated = MemoryProfile.safeParse(merged)
  if (!validated.success) return { profile, changed: false, error: validated.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') }
  return { profile: validated.data, changed: JSON.stringify(validated.data) !== JSON.stringify(profile) }
}
