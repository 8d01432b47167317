import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { classifyQuery, detectHedging, escalateTier } from '../../functions/ai/routing'
import type { QueryType, Tier } from '../../functions/ai/types'

type Labelled = { q: string; tier: Tier; safety?: boolean; set?: string }

const readJsonl = (url: URL): Labelled[] =>
  readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Labelled)

/** The shared development set, copied from ../shared/eval (tier definitions in its README). */
const dev = readJsonl(new URL('../fixtures/routing-dev.jsonl', import.meta.url))
/**
 * Our own labelled queries: `holdout` was labelled before the classifier existed; each
 * `blind-N` set was labelled before the lexicon changes it prompted (see the report).
 */
const holdout = readJsonl(new URL('./routing-holdout.jsonl', import.meta.url))

function accuracy(rows: Labelled[]) {
  const misses = rows.filter((row) => classifyQuery(row.q).tier !== row.tier)
  return { accuracy: 1 - misses.length / rows.length, misses: misses.map((row) => `${row.tier} ≠ ${classifyQuery(row.q).tier}: ${row.q}`) }
}

const expectedTier: Record<QueryType, Tier> = {
  greeting: 'fast',
  app_help: 'fast',
  conversion: 'fast',
  lookup: 'fast',
  record_list: 'fast',
  trade_general: 'balanced',
  drafting: 'balanced',
  summary: 'balanced',
  diagnosis: 'balanced',
  code_interpretation: 'deep',
  business_analysis: 'deep',
  calculation: 'deep',
  safety: 'deep',
}

describe('classifyQuery', () => {
  test('routes at least 90% of the development set to its labelled tier', () => {
    const { accuracy: score, misses } = accuracy(dev)
    console.log(`routing accuracy, development set: ${(score * 100).toFixed(1)}% of ${dev.length}`, misses)
    expect(score).toBeGreaterThanOrEqual(0.9)
  })

  test('routes at least 90% of our own labelled queries to their tier, in every set', () => {
    // The floor is a regression guard, not the expected accuracy on new queries. The
    // `holdout` set scored 98.2% before any tuning; blind sets scored 62.5–88.3% on first
    // sight and were then used to broaden the lexicon. 90% leaves room for a lexicon change
    // to trade a borderline case or two while failing on any real regression (1% of the file
    // is four queries; one set dropping below 90% fails too).
    const sets = [...new Set(holdout.map((row) => row.set ?? 'holdout'))]
    for (const set of sets) {
      const rows = holdout.filter((row) => (row.set ?? 'holdout') === set)
      const { accuracy: score, misses } = accuracy(rows)
      console.log(`routing accuracy, ${set}: ${(score * 100).toFixed(1)}% of ${rows.length}`, misses)
      expect(score, set).toBeGreaterThanOrEqual(0.9)
    }
    expect(holdout.length).toBeGreaterThanOrEqual(90)
    expect(accuracy(holdout).accuracy).toBeGreaterThanOrEqual(0.9)
  })

  test('the labelled sets cover all three tiers in good numbers', () => {
    for (const tier of ['fast', 'balanced', 'deep'] as const) {
      expect(holdout.filter((row) => row.tier === tier).length, tier).toBeGreaterThanOrEqual(30)
    }
  })

  test('flags every labelled safety example as safety-critical and deep', () => {
    const safety = holdout.filter((row) => row.safety)
    expect(safety.length).toBeGreaterThanOrEqual(50)
    const missed = safety.filter((row) => {
      const route = classifyQuery(row.q)
      return !route.safetyCritical || route.tier !== 'deep' || route.queryType !== 'safety'
    })
    expect(missed.map((row) => row.q)).toEqual([])
  })

  test.each([
    ['I smell gas near the water heater after relighting the pilot', 'gas'],
    ['the breaker feels hot and smells like burning plastic', 'fire'],
    ['can I work on this panel energized if I wear gloves?', 'energized'],
    ['the homeowner wants to cut a notch in a joist for a drain line', 'structural'],
    ['the CO alarm keeps going off when the boiler runs', 'carbon monoxide'],
    ['we are digging a 6 ft trench for the water service, no shoring yet', 'trenching'],
    ['entering the lift station wet well to clear the pump', 'confined space'],
    ['installing gutters from a ladder next to the service drop', 'height'],
    ['the T&P valve on the water heater is blowing steam', 'pressure'],
    ['sanding old lead paint off the window trim', 'hazmat'],
    ['can I plug my generator into the dryer outlet to power the house', 'generator backfeed'],
    ['water is leaking into the breaker box', 'water and electricity'],
    ['my apprentice got shocked from the junction box', 'shock'],
  ])('flags "%s" as safety-critical (%s)', (message) => {
    const route = classifyQuery(message)
    expect(route).toMatchObject({ tier: 'deep', queryType: 'safety', safetyCritical: true })
    expect(route.reason).toMatch(/^mentions .+: safety-critical$/)
  })

  test.each([
    'what does the fire code say about attic access hatches in Ohio',
    'smoke detector keeps chirping every minute',
    'the furnace flame sensor needs cleaning every season?',
    'which wire is hot on a 3-way switch',
    'how to replace a fence post that rotted at the base',
    'is a gas or electric water heater cheaper to run',
    'we need to trench 12 inches deep for low voltage landscape lights',
    'how do I bleed air out of a hot water baseboard system',
  ])('does not flag "%s" as safety-critical', (message) => {
    expect(classifyQuery(message).safetyCritical).toBe(false)
  })

  test('names the signal it used in a short human reason', () => {
    expect(classifyQuery('calculate voltage drop for 60 A at 180 ft on 6 AWG').reason).toBe(
      'mentions "voltage drop": a multi-step calculation that must show its work',
    )
    expect(classifyQuery('I smell gas by the stove').reason).toBe('mentions a gas smell or leak: safety-critical')
    expect(classifyQuery('best practice for flashing a chimney').reason).toBe('mentions "best practice": a roofing practice question')
  })

  test('gives every route a tier that matches its query type and a reason', () => {
    for (const row of [...dev, ...holdout]) {
      const route = classifyQuery(row.q)
      expect(route.tier, row.q).toBe(expectedTier[route.queryType])
      expect(route.safetyCritical, row.q).toBe(route.queryType === 'safety')
      expect(route.reason.length, row.q).toBeGreaterThan(10)
    }
  })

  test('sends a message with no signal at all to the balanced tier', () => {
    expect(classifyQuery('')).toMatchObject({ tier: 'balanced', queryType: 'trade_general', safetyCritical: false })
    expect(classifyQuery('hmm')).toMatchObject({ tier: 'balanced', safetyCritical: false })
  })

  test('is deterministic: the same message gets the same route, whatever came before', () => {
    const queries = [...dev, ...holdout].map((row) => row.q)
    const forward = queries.map((q) => classifyQuery(q))
    const backward = [...queries].reverse().map((q) => classifyQuery(q)).reverse()
    expect(backward).toEqual(forward)
    expect(queries.map((q) => classifyQuery(q))).toEqual(forward)
  })

  test('ignores case, curly quotes and extra spaces', () => {
    expect(classifyQuery('  WHAT’S THE PHONE NUMBER   FOR the Johnson customer? ')).toEqual(
      classifyQuery("what's the phone number for the johnson customer?"),
    )
  })

  test('classifies an 8,000-character message quickly', () => {
    const long = 'the unit in the attic makes a noise and the thermostat says cool but nothing happens. '.repeat(93).slice(0, 8000)
    const started = performance.now()
    classifyQuery(long)
    expect(performance.now() - started).toBeLessThan(200)
  })
})

describe('escalateTier', () => {
  test('goes one tier up and stops after deep', () => {
    expect(escalateTier('fast')).toBe('balanced')
    expect(escalateTier('balanced')).toBe('deep')
    expect(escalateTier('deep')).toBeNull()
  })
})

describe('detectHedging', () => {
  test.each([
    'I think the breaker is undersized for that load.',
    "I'm not certain, but 210.12 may apply here.",
    'Honestly, not sure this exception covers a remodel.',
    'It may depend on the insulation type of the conductors.',
    'Possibly a failed run capacitor.',
    "It's hard to say without seeing the nameplate.",
    'If I recall correctly, the fill limit is 40%.',
    'I believe the IRC allows a 3/4 inch trap arm here.',
    'I could be wrong, but the vent looks undersized.',
    "It's unclear whether the exception applies to detached garages.",
  ])('hears hedging in "%s"', (answer) => {
    expect(detectHedging(answer)).toBe(true)
  })

  test.each([
    // Deferring to the AHJ is the confident answer for a locally adopted code, not doubt.
    'A permit may be required by your AHJ.',
    'It may depend on your local amendments; check with the building department.',
    "If you're not sure which breaker feeds it, test before touching anything.",
    'The most likely cause is a weak run capacitor.',
    "You'll probably need a 40 A breaker and 8 AWG copper.",
    'This might trip the breaker if the load is continuous.',
    'Make sure the power is off and verify with a tester.',
    'Here is a draft: "Hi Dana, I think you\'ll love the new roof!"',
    'Voltage drop depends on conductor size: 6 AWG gives 2.1%, within the 3% recommendation.',
    "Verify the clearances with the manufacturer's installation instructions.",
  ])('does not hear hedging in "%s"', (answer) => {
    expect(detectHedging(answer)).toBe(false)
  })
})
