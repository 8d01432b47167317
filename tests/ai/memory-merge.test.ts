import { describe, expect, test } from 'vitest'
import { estimateTokens } from '../../functions/ai/budget'
import { consolidateProfile } from '../../functions/ai/memory/consolidate-profile'
import { detectObservations } from '../../functions/ai/memory/detect-observations'
import { extractObservations } from '../../functions/ai/memory/extract-observations'
import { createAnthropicProvider } from '../../functions/ai/providers/anthropic-provider'
import { readRecorded } from '../support/model'
import { forgetItem } from '../../functions/ai/memory/forget-item'
import { mergeObservations } from '../../functions/ai/memory/merge-observations'
import { observationCategories, validObservations, type Observation } from '../../functions/ai/memory/observation'
import { CONSOLIDATION_THRESHOLD, emptyProfile, MemoryProfile, PROFILE_TOKEN_CAP, type MemoryProfile as Profile } from '../../functions/ai/memory/profile'
import { renderMemoryLines } from '../../functions/ai/memory/render-memory'
import { seeded } from '../support/random'

type Random = ReturnType<typeof seeded>

const words = [
  'panel', 'upgrade', 'grounding', 'electrode', 'three-phase', 'commercial', 'residential', 'derating', 'EMT', 'conduit', 'fill',
  'GFCI', 'AFCI', 'service', 'feeder', 'heat', 'pump', 'refrigerant', 'PEX', 'venting', 'slope', 'shingles', 'Oak', 'Street', '45',
  '200A', 'NEC', '210.12', 'step-by-step', 'numbered', 'steps', 'short', 'answers', 'jargon', 'basics', 'café', '—', 'master’s', 'exam',
]
const phrase = (random: Random, min: number, max: number) => Array.from({ length: random.int(min, max) }, () => random.pick(words)).join(' ')

function randomObservation(random: Random, sources: string[], { long = true } = {}): Observation {
  const category = random.pick(observationCategories)
  const confidence = random.pick([0.2, 0.4, 0.55, 0.6, 0.7, 0.9, 1])
  const content =
    category === 'active_thread' || category === 'correction' ? `${phrase(random, 2, 6)} — ${phrase(random, 3, long ? 40 : 8)}` : phrase(random, 1, long && random.next() < 0.1 ? 80 : 6)
  return { category, content, confidence, source: random.pick(sources) }
}

const day = (iso: string) => new Date(`${iso}T12:00:00Z`)
const tokens = (profile: Profile) => estimateTokens(JSON.stringify(profile))
const obs = (category: Observation['category'], content: string, confidence: number, source: string, topic?: string): Observation => ({ category, content, confidence, source, ...(topic ? { topic } : {}) })

describe('merging observations into a memory profile', () => {
  test('random observation sequences never yield a schema-invalid or over-cap profile', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const random = seeded(seed)
      const sources = Array.from({ length: random.int(1, 6) }, (_, i) => `conversation-${seed}-${i}`)
      let profile = emptyProfile()
      let now = day('2026-01-01')
      for (let round = 0; round < 25; round++) {
        now = new Date(now.getTime() + random.int(0, 5) * 86_400_000)
        const batch = Array.from({ length: random.int(0, 12) }, () => randomObservation(random, sources))
        const result = mergeObservations(profile, batch, now, { meta: { ...profile.meta, total_interactions: profile.meta.total_interactions + batch.length } })
        expect(result.error, `seed ${seed} round ${round}`).toBeUndefined()
        expect(MemoryProfile.safeParse(result.profile).success, `seed ${seed} round ${round}`).toBe(true)
        expect(tokens(result.profile), `seed ${seed} round ${round}`).toBeLessThanOrEqual(PROFILE_TOKEN_CAP)
        profile = result.profile
      }
    }
  })

  // Below the cap: at the cap, trimming may keep a different (never larger) set of hidden items.
  test('merging the same observations from the same conversation again changes nothing', () => {
    for (let seed = 100; seed < 160; seed++) {
      const random = seeded(seed)
      const sources = ['conversation-a', 'conversation-b', 'conversation-c']
      const now = day('2026-03-10')
      let profile = emptyProfile()
      for (let round = 0; round < 3; round++) profile = mergeObservations(profile, Array.from({ length: 6 }, () => randomObservation(random, sources, { long: false })), now).profile
      const batch = Array.from({ length: random.int(1, 10) }, () => randomObservation(random, sources, { long: false }))
      const once = mergeObservations(profile, batch, now)
      expect(tokens(once.profile)).toBeLessThan(PROFILE_TOKEN_CAP)
      const twice = mergeObservations(once.profile, batch, now)
      expect(twice.profile, `seed ${seed}`).toEqual(once.profile)
      expect(twice.changed).toBe(false)
    }
  })

  test('strengths and growth areas are de-duplicated regardless of case, spacing, word order and plurals', () => {
    const now = day('2026-02-01')
    const { profile } = mergeObservations(
      emptyProfile(),
      [
        obs('strength', 'Residential  Panel Upgrades', 0.8, 'c1'),
        obs('strength', 'panel upgrade, residential', 0.7, 'c2'),
        obs('growth_area', 'grounding electrode systems', 0.8, 'c1'),
        obs('growth_area', 'Grounding Electrode System', 0.9, 'c3'),
        obs('strength', 'troubleshooting', 0.8, 'c1'),
      ],
      now,
    )
    expect(profile.professional.strengths.map((fact) => [fact.content, fact.reinforced])).toEqual([
      ['Residential Panel Upgrades', 2],
      ['troubleshooting', 1],
    ])
    expect(profile.professional.growth_areas).toHaveLength(1)
    expect(profile.professional.growth_areas[0]).toMatchObject({ reinforced: 2, confidence: 0.9, sources: ['c1', 'c3'] })
  })

  test('a low-confidence item is stored but hidden from Z until another conversation reinforces it', () => {
    const first = mergeObservations(emptyProfile(), [obs('growth_area', 'commercial three-phase', 0.4, 'c1')], day('2026-02-01')).profile
    expect(first.professional.growth_areas).toHaveLength(1)
    expect(renderMemoryLines(first)).not.toContain('three-phase')
    const sameConversation = mergeObservations(first, [obs('growth_area', 'commercial three-phase', 0.4, 'c1')], day('2026-02-02')).profile
    expect(renderMemoryLines(sameConversation)).not.toContain('three-phase')
    const reinforced = mergeObservations(sameConversation, [obs('growth_area', 'three-phase commercial', 0.4, 'c2')], day('2026-02-03')).profile
    expect(reinforced.professional.growth_areas[0]!.reinforced).toBe(2)
    expect(renderMemoryLines(reinforced)).toContain('Still learning: commercial three-phase')
  })

  test('active threads are upserted by topic similarity and pruned after 30 days without discussion', () => {
    const monday = day('2026-02-02')
    let profile = mergeObservations(emptyProfile(), [obs('active_thread', '200A panel upgrade at 45 Oak Street — derating 6 conductors in 3/4 EMT', 0.9, 'c1')], monday).profile
    profile = mergeObservations(profile, [obs('active_thread', 'sizing the GEC for the new service', 0.9, 'c2', 'panel upgrade at 45 Oak Street')], day('2026-02-05')).profile
    expect(profile.active_threads).toHaveLength(1)
    expect(profile.active_threads[0]).toMatchObject({ topic: '200A panel upgrade at 45 Oak Street', key_context: 'sizing the GEC for the new service', last_discussed: '2026-02-05', reinforced: 2 })
    profile = mergeObservations(profile, [obs('active_thread', 'Heat pump install for the Chens — line set length', 0.9, 'c3')], day('2026-03-01')).profile
    expect(profile.active_threads.map((thread) => thread.topic)).toEqual(['200A panel upgrade at 45 Oak Street', 'Heat pump install for the Chens'])
    const later = mergeObservations(profile, [], day('2026-03-08')).profile
    expect(later.active_threads.map((thread) => thread.topic)).toEqual(['Heat pump install for the Chens'])
  })

  test('corrections are appended with the date as pending review, once per source', () => {
    const now = day('2026-01-28')
    const correction: Observation = { ...obs('correction', 'CT adopted an exception for existing wiring in pre-2008 homes', 1, 'correction-1', 'CT amendment to NEC 210.12'), correction: { code_reference: 'NEC 210.12' } }
    const once = mergeObservations(emptyProfile(), [correction], now).profile
    expect(once.corrections).toEqual([
      expect.objectContaining({ date: '2026-01-28', topic: 'CT amendment to NEC 210.12', validated: null, code_reference: 'NEC 210.12', source: 'correction-1' }),
    ])
    expect(mergeObservations(once, [correction], day('2026-02-01')).profile.corrections).toHaveLength(1)
    expect(renderMemoryLines(once)).toMatch(/defer to their correction/)
    expect(renderMemoryLines(once)).toContain('CT amendment to NEC 210.12 (NEC 210.12): CT adopted an exception for existing wiring in pre-2008 homes [2026-01-28, pending review]')
  })

  test('a confident new preference replaces the old one; a hesitant one does not', () => {
    let profile = mergeObservations(emptyProfile(), [obs('communication_pref', 'step-by-step breakdowns over quick answers', 0.9, 'c1')], day('2026-02-01')).profile
    profile = mergeObservations(profile, [obs('communication_pref', 'short, direct answers', 0.5, 'c2')], day('2026-02-02')).profile
    expect(profile.communication.preferred_depth?.content).toBe('step-by-step breakdowns over quick answers')
    profile = mergeObservations(profile, [obs('communication_pref', 'short, direct answers', 0.95, 'c3')], day('2026-02-03')).profile
    expect(profile.communication.preferred_depth?.content).toBe('short, direct answers')
  })

  test('over the cap, hidden and oldest low-confidence items go first and corrections stay', () => {
    let profile = mergeObservations(emptyProfile(), [{ ...obs('correction', 'use 75°C column for terminations rated 75°C', 1, 'k1', 'conductor ampacity') }], day('2026-01-01')).profile
    for (let i = 0; i < 80; i++) {
      const when = day(`2026-01-${String(1 + (i % 28)).padStart(2, '0')}`)
      profile = mergeObservations(profile, [obs(i % 2 ? 'strength' : 'growth_area', `topic number ${i} about ${'conductor sizing and derating '.repeat(3)}`, i % 3 === 0 ? 0.3 : 0.9, `c${i}`)], when).profile
    }
    expect(tokens(profile)).toBeLessThanOrEqual(PROFILE_TOKEN_CAP)
    const facts = [...profile.professional.strengths, ...profile.professional.growth_areas]
    expect(facts.every((fact) => fact.confidence >= 0.9)).toBe(true)
    expect(profile.corrections).toHaveLength(1)
  })

  test('an invalid merge keeps the old profile and reports why', () => {
    const profile = mergeObservations(emptyProfile(), [obs('strength', 'troubleshooting', 0.8, 'c1')], day('2026-02-01')).profile
    const result = mergeObservations(profile, [obs('strength', 'service calls', 0.8, 'x'.repeat(80))], day('2026-02-02'))
    expect(result.error).toMatch(/sources/)
    expect(result.profile).toBe(profile)
    expect(result.changed).toBe(false)
  })

  test('a forgotten item is not learned again from the same words', () => {
    const profile = mergeObservations(emptyProfile(), [obs('strength', 'panel upgrades', 0.8, 'c1')], day('2026-02-01')).profile
    const forgotten = forgetItem(profile, profile.professional.strengths[0]!.id)!
    expect(forgotten.professional.strengths).toEqual([])
    expect(mergeObservations(forgotten, [obs('strength', 'Panel upgrades', 0.9, 'c2')], day('2026-02-02')).profile.professional.strengths).toEqual([])
    expect(forgetItem(forgotten, 'str_nothere')).toBeNull()
  })
})

describe('extracting observations without a model', () => {
  test('a person’s own words become observations; work mentioned over several messages becomes an active thread', () => {
    const observations = detectObservations([
      "I'm studying for my master's exam and I prefer step by step answers.",
      'On the 200A panel upgrade at 45 Oak Street, how do I derate 6 current-carrying conductors in 3/4 EMT?',
      'For the panel upgrade at 45 Oak Street, what size grounding electrode conductor do I need?',
    ])
    expect(observations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ category: 'certification', content: "master's exam" }),
        expect.objectContaining({ category: 'communication_pref', content: 'step-by-step breakdowns over quick answers' }),
        expect.objectContaining({ category: 'active_thread', topic: '200A panel upgrade at 45 Oak Street' }),
      ]),
    )
  })

  test('a one-off question teaches nothing', () => {
    expect(detectObservations(['what size breaker for 12 AWG copper?'])).toEqual([])
  })

  test('malformed model output is ignored item by item', () => {
    expect(validObservations([{ category: 'strength', content: 'panel upgrades', confidence: 'high' }, { category: 'hobby', content: 'fishing', confidence: 1 }, 'nope', { category: 'strength', content: 'x', confidence: 2 }])).toEqual([
      { category: 'strength', content: 'panel upgrades', confidence: 0.9 },
    ])
    expect(validObservations({ not: 'an array' })).toEqual([])
  })
})

describe('extracting observations with a model', () => {
  const models = { fast: 'claude-haiku-5-5', balanced: 'claude-sonnet-5-5', deep: 'claude-opus-5-5' }
  /** The Anthropic SDK over recorded Messages API answers, each with the text given, in order. */
  function answering(texts: string[]) {
    const requests: any[] = []
    const fetch = (async (_input: string | URL | Request, init: RequestInit = {}) => {
      requests.push(JSON.parse(String(init.body)))
      const recorded = JSON.parse(readRecorded('anthropic/fast-answer.json'))
      recorded.content = [{ type: 'text', citations: null, text: texts[requests.length - 1] }]
      return new Response(JSON.stringify(recorded), { status: 200, headers: { 'content-type': 'application/json' } })
    }) as typeof globalThis.fetch
    return { provider: createAnthropicProvider({ apiKey: 'sk-ant-test-0123456789abcdef', models, fetch }), requests }
  }
  const messages = [
    { role: 'user' as const, content: "I'm prepping for the journeyman exam; the 45 Oak St service change is still going." },
    { role: 'assistant' as const, content: 'Good luck. For the service change...' },
  ]

  test('the fast model gates: a NO stops before extraction', async () => {
    const { provider, requests } = answering(['NO'])
    expect(await extractObservations({ models: provider, messages })).toEqual({ gated: false, observations: [] })
    expect(requests.map((request) => request.model)).toEqual(['claude-haiku-5-5'])
  })

  test('after a YES the balanced model extracts observations; malformed ones are ignored', async () => {
    const extraction = `Here you go:\n[{"category":"certification","content":"journeyman exam","confidence":"high"},{"category":"active_thread","topic":"service change at 45 Oak St","content":"still in progress","confidence":0.8},{"category":"opinion","content":"likes Z","confidence":1},{"content":"no category"}]`
    const { provider, requests } = answering(['YES', extraction])
    const result = await extractObservations({ models: provider, messages })
    expect(requests.map((request) => request.model)).toEqual(['claude-haiku-5-5', 'claude-sonnet-5-5'])
    expect(result).toEqual({
      gated: true,
      observations: [
        { category: 'certification', content: 'journeyman exam', confidence: 0.9 },
        { category: 'active_thread', topic: 'service change at 45 Oak St', content: 'still in progress', confidence: 0.8 },
      ],
    })
  })

  test('an extraction that is not JSON yields nothing', async () => {
    const { provider } = answering(['Yes.', 'I could not find anything specific.'])
    expect(await extractObservations({ models: provider, messages })).toEqual({ gated: true, observations: [] })
  })
})

describe('weekly consolidation', () => {
  test('a profile over the threshold loses redundant, mastered and stale items and stays valid', () => {
    let profile = emptyProfile()
    // Distinct strengths (no shared words), enough to pass the threshold but not the cap.
    for (let i = 0; i < 14; i++) profile = mergeObservations(profile, [obs('strength', `alpha${i} bravo${i} charlie${i}`, 0.9, `c${i}`)], day('2026-01-05')).profile
    profile = mergeObservations(profile, [obs('strength', 'commercial three-phase wiring', 0.9, 'a'), obs('strength', 'commercial three-phase wiring installs panels', 0.8, 'b')], day('2026-01-05')).profile
    profile = mergeObservations(profile, [obs('growth_area', 'hidden guess about solar', 0.3, 'old')], day('2025-10-01')).profile
    profile = mergeObservations(profile, [obs('growth_area', 'commercial three-phase', 0.9, 'early')], day('2025-12-01')).profile
    expect(profile.professional.strengths).toHaveLength(16)
    expect(tokens(profile)).toBeGreaterThan(CONSOLIDATION_THRESHOLD)
    expect(tokens(profile)).toBeLessThanOrEqual(PROFILE_TOKEN_CAP)
    const result = consolidateProfile(profile, day('2026-01-10'))
    expect(result.error).toBeUndefined()
    expect(result.changed).toBe(true)
    expect(MemoryProfile.safeParse(result.profile).success).toBe(true)
    expect(result.profile.professional.growth_areas).toEqual([])
    expect(result.profile.professional.strengths).toHaveLength(15)
    expect(result.profile.professional.strengths.find((fact) => fact.content === 'commercial three-phase wiring')).toMatchObject({ reinforced: 2, sources: ['a', 'b'] })
    const small = mergeObservations(emptyProfile(), [obs('strength', 'troubleshooting', 0.9, 'c1')], day('2026-01-05')).profile
    expect(consolidateProfile(small, day('2026-01-10'))).toEqual({ profile: small, changed: false })
  })
})
