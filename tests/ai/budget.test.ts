import { describe, expect, test } from 'vitest'
import {
  estimateTokens,
  fitContext,
  FRAMING_TOKENS,
  planBudget,
  slotNames,
  summariseHistory,
  type BudgetPlan,
  type ContextParts,
  type HistoryMessage,
  type KnowledgeItem,
  type PatternItem,
} from '../../functions/ai/budget'
import { queryTypes, tiers, type QueryType, type Tier } from '../../functions/ai/types'
import { seeded } from '../support/random'


const vocabulary = [
  'breaker', 'panel', 'the', 'a', 'GFCI', 'NEC 210.12(A)', 'feeder', 'voltage', 'drop', '3%', 'copper', '6 AWG',
  'homeowner', 'invoice', '$1,250.00', 'Z', '—', 'café', '😀', 'load-side', 'interconnection', 'is', 'of', 'to',
  'condenser', 'PEX', '1/2"', 'shingles', 'NVR', 'Cat6', 'mulch', 'joist', 'permit', 'Connecticut', 'margin',
]
const block = (plan: BudgetPlan, name: (typeof slotNames)[number]) => plan.slots[name]
const blockTokens = (text: string) => (text === '' ? 0 : estimateTokens(text) + FRAMING_TOKENS)
const itemsTokens = (items: { text: string }[]) => items.reduce((sum, item) => sum + blockTokens(item.text), 0)
const messagesTokens = (messages: HistoryMessage[]) => messages.reduce((sum, m) => sum + estimateTokens(m.content) + FRAMING_TOKENS, 0)
/** A text of exactly `tokens` estimated tokens, starting with `tag` so texts differ ("abc " costs one token). */
function sized(tokens: number, tag = 'word'): string {
  const text = `${tag} ${'abc '.repeat(Math.max(0, tokens - estimateTokens(tag)))}`.trim()
  if (estimateTokens(text) !== tokens) throw new Error(`sized(${tokens}, ${tag}) costs ${estimateTokens(text)}`)
  return text
}

function randomParts(random: ReturnType<typeof seeded>, scale: number): ContextParts {
  const text = (maxWords: number) => {
    const words = random.int(0, maxWords)
    const out: string[] = []
    for (let i = 0; i < words; i++) out.push(random.pick(vocabulary) + (random.next() < 0.1 ? '.' : '') + (random.next() < 0.03 ? '\n' : ''))
    return out.join(' ')
  }
  return {
    system: text(300 * scale),
    memory: random.next() < 0.3 ? '' : text(200 * scale),
    session: text(100 * scale),
    message: text(random.next() < 0.1 ? 1500 * scale : 120),
    knowledge: Array.from({ length: random.int(0, 9) }, (_, i) => ({ text: text(random.next() < 0.3 ? 3000 : 600), score: 1 - i / 10 })),
    patterns: Array.from({ length: random.int(0, 12) }, () => ({ text: text(random.next() < 0.2 ? 1500 : 150), priority: Math.round(random.next() * 100) / 100 })),
    history: Array.from({ length: random.int(0, 60) }, (_, i) => ({
      role: i % 2 === 0 ? ('user' as const) : ('assistant' as const),
      content: text(random.next() < 0.15 ? 2500 : 120),
    })),
  }
}

function parts(overrides: Partial<ContextParts> = {}): ContextParts {
  return { system: 'You are Z.', memory: '', session: 'Screen: jobs.', message: 'How do I size this feeder?', knowledge: [], patterns: [], history: [], ...overrides }
}

describe('estimateTokens', () => {
  test('counts nothing for an empty string and at least one token per word', () => {
    expect(estimateTokens('')).toBe(0)
    const sentence = 'The quick brown fox jumps over the lazy dog'
    expect(estimateTokens(sentence)).toBeGreaterThanOrEqual(sentence.split(' ').length)
  })

  test('never estimates below a quarter of the characters, whatever the text', () => {
    const random = seeded(7)
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: random.int(0, 200) }, () => random.pick([...vocabulary, ' ', '   ', '\n', '\t', '{"a": 1}'])).join('')
      expect(estimateTokens(text), text).toBeGreaterThanOrEqual(Math.ceil(text.length / 4))
    }
  })

  test('charges digits, symbols and emoji more than plain words', () => {
    expect(estimateTokens('abcdefgh')).toBe(2)
    expect(estimateTokens('12345678')).toBe(4)
    expect(estimateTokens('{}[]')).toBe(4)
    expect(estimateTokens('😀')).toBe(3)
  })

  test('is deterministic', () => {
    const text = 'Voltage drop on 6 AWG copper at 180 ft: 2.1%.\n'.repeat(50)
    expect(estimateTokens(text)).toBe(estimateTokens(text))
  })
})

describe('planBudget', () => {
  const percent = (plan: BudgetPlan) => Object.fromEntries(slotNames.map((name) => [name, (plan.slots[name] * 100) / plan.limitTokens]))

  test('gives each tier its limit: fast 10K, balanced 30K, deep 80K', () => {
    const limits = tiers.map((tier) => planBudget({ tier, queryType: 'trade_general', hasMemory: true, historyMessages: 0 }).limitTokens)
    expect(limits).toEqual([10_000, 30_000, 80_000])
  })

  test('uses the default split from the architecture for a general question', () => {
    const plan = planBudget({ tier: 'deep', queryType: 'trade_general', hasMemory: true, historyMessages: 3 })
    expect(percent(plan)).toEqual({ system: 5, memory: 5, session: 3, knowledge: 25, patterns: 10, history: 20, message: 15, response: 17 })
    expect(plan.slots.knowledge).toBe(20_000)
  })

  test.each(['lookup', 'conversion', 'record_list', 'app_help', 'code_interpretation', 'safety'] as QueryType[])(
    'gives a %s question 40%% knowledge and 2%% patterns',
    (queryType) => {
      const shares = percent(planBudget({ tier: 'balanced', queryType, hasMemory: true, historyMessages: 0 }))
      expect(shares).toMatchObject({ knowledge: 40, patterns: 2, history: 13, system: 5, response: 17 })
    },
  )

  test('gives business analysis 5% knowledge and 25% patterns', () => {
    const shares = percent(planBudget({ tier: 'deep', queryType: 'business_analysis', hasMemory: true, historyMessages: 0 }))
    expect(shares).toMatchObject({ knowledge: 5, patterns: 25, history: 25 })
  })

  test('gives a conversation of 20 or more messages 30% history', () => {
    expect(percent(planBudget({ tier: 'deep', queryType: 'diagnosis', hasMemory: true, historyMessages: 19 })).history).toBe(20)
    const long = percent(planBudget({ tier: 'deep', queryType: 'diagnosis', hasMemory: true, historyMessages: 20 }))
    expect(long).toMatchObject({ history: 30, knowledge: 18, patterns: 7, message: 15, response: 17 })
  })

  test('on a first interaction, hands the memory share to knowledge and patterns', () => {
    for (const queryType of queryTypes) {
      for (const historyMessages of [0, 25]) {
        const withMemory = percent(planBudget({ tier: 'deep', queryType, hasMemory: true, historyMessages }))
        const first = percent(planBudget({ tier: 'deep', queryType, hasMemory: false, historyMessages }))
        expect(first.memory).toBe(0)
        expect(first.knowledge! + first.patterns!).toBe(withMemory.knowledge! + withMemory.patterns! + 5)
        expect(first.knowledge).toBeGreaterThanOrEqual(withMemory.knowledge!)
        expect(first.patterns).toBeGreaterThanOrEqual(withMemory.patterns!)
        expect(first.history).toBe(withMemory.history)
      }
    }
    expect(percent(planBudget({ tier: 'fast', queryType: 'diagnosis', hasMemory: false, historyMessages: 0 }))).toMatchObject({ knowledge: 29, patterns: 11 })
  })

  test('always splits the whole limit, in whole percent, for every combination', () => {
    for (const tier of tiers) {
      for (const queryType of queryTypes) {
        for (const hasMemory of [true, false]) {
          for (const historyMessages of [0, 5, 19, 20, 200]) {
            const plan = planBudget({ tier, queryType, hasMemory, historyMessages })
            const shares = Object.values(percent(plan))
            expect(shares.reduce((a, b) => a + b, 0)).toBe(100)
            expect(shares.every((share) => Number.isInteger(share) && share >= 0)).toBe(true)
            expect(plan.slots.response).toBe((plan.limitTokens * 17) / 100)
          }
        }
      }
    }
  })
})

describe('summariseHistory', () => {
  test('keeps who spoke and the first sentence, clipped to 160 characters', () => {
    const lines = summariseHistory([
      { role: 'user', content: 'The panel is a 1978 FPE.  Can I reuse it for the addition?' },
      { role: 'assistant', content: `No${'o'.repeat(300)} — replace it` },
      { role: 'user', content: '   ' },
    ])
    expect(lines[0]).toBe('User: The panel is a 1978 FPE.')
    expect(lines[1]!.startsWith('Z: Noooo')).toBe(true)
    expect(lines[1]!.length).toBe(160)
    expect(lines[1]!.endsWith('…')).toBe(true)
    expect(lines[2]).toBe('User: ')
  })
})

describe('fitContext', () => {
  test('never exceeds the budget and never changes the protected parts, over 500 random requests', () => {
    const random = seeded(20260702)
    const seen = { fitted: 0, thrown: 0, summarised: 0, summaryShortened: 0, recentDropped: 0, knowledgeCut: 0, patternsCut: 0, untouched: 0 }
    for (let i = 0; i < 500; i++) {
      const plan = planBudget({
        tier: random.pick(tiers) as Tier,
        queryType: random.pick(queryTypes),
        hasMemory: random.next() < 0.7,
        historyMessages: random.int(0, 60),
      })
      const input = randomParts(random, random.next() < 0.05 ? 40 : 1)
      const snapshot = structuredClone(input)
      const promptBudget = plan.limitTokens - plan.slots.response
      const protectedTokens = blockTokens(input.system) + blockTokens(input.memory) + blockTokens(input.session) + blockTokens(input.message)
      if (protectedTokens > promptBudget) {
        expect(() => fitContext(plan, input)).toThrow(/protected context needs \d+ tokens/)
        seen.thrown++
        continue
      }
      const fitted = fitContext(plan, input)
      seen.fitted++

      // The budget holds, and the accounting is honest.
      expect(fitted.totalTokens).toBeLessThanOrEqual(promptBudget)
      expect(fitted.usage.map((slot) => slot.name)).toEqual([...slotNames])
      expect(fitted.usage.find((slot) => slot.name === 'response')!.tokens).toBe(block(plan, 'response'))
      expect(fitted.totalTokens).toBe(fitted.usage.filter((slot) => slot.name !== 'response').reduce((sum, slot) => sum + slot.tokens, 0))
      const usage = Object.fromEntries(fitted.usage.map((slot) => [slot.name, slot.tokens]))
      expect(usage.knowledge).toBe(itemsTokens(fitted.knowledge))
      expect(usage.patterns).toBe(itemsTokens(fitted.patterns))
      expect(usage.history).toBe(messagesTokens(fitted.history.verbatim) + (fitted.history.summary === null ? 0 : blockTokens(fitted.history.summary)))

      // Protected parts come back identical, and the input is not mutated.
      expect([fitted.system, fitted.memory, fitted.session, fitted.message]).toEqual([input.system, input.memory, input.session, input.message])
      expect(usage.system! + usage.memory! + usage.session! + usage.message!).toBe(protectedTokens)
      expect(input).toEqual(snapshot)

      // Knowledge: a best-first prefix, five at most, shrinking 5 → 3 → 2 → 1 → 0.
      const candidates = Math.min(input.knowledge.length, 5)
      expect(fitted.knowledge).toEqual(input.knowledge.slice(0, fitted.knowledge.length))
      expect([candidates, ...[3, 2, 1, 0].filter((n) => n < candidates)]).toContain(fitted.knowledge.length)
      if (fitted.knowledge.length < candidates) seen.knowledgeCut++

      // Patterns: the highest-priority ones.
      const ranked = [...input.patterns].sort((a, b) => b.priority - a.priority)
      expect(fitted.patterns).toEqual(ranked.slice(0, fitted.patterns.length))
      if (fitted.patterns.length < ranked.length) seen.patternsCut++

      // History: the most recent messages verbatim; a summary only of what came before the last five.
      const { summary, verbatim } = fitted.history
      expect(verbatim).toEqual(input.history.slice(input.history.length - verbatim.length))
      if (verbatim.length < input.history.length) {
        expect(verbatim.length).toBeLessThanOrEqual(5)
        const older = input.history.slice(0, Math.max(0, input.history.length - 5))
        if (older.length > 0) expect(fitted.trimmed.some((note) => note.startsWith(`history: ${older.length} older message`))).toBe(true)
        if (summary !== null) {
          expect(verbatim).toEqual(input.history.slice(-5))
          const lines = summary.split('\n')
          expect(lines).toEqual(summariseHistory(older).slice(-lines.length))
          seen.summarised++
          if (lines.length < older.length) seen.summaryShortened++
        }
        if (input.history.length >= 5 && verbatim.length < 5) seen.recentDropped++
      } else {
        expect(summary).toBeNull()
      }

      // Nothing is cut when nothing needs to be.
      const demand = protectedTokens + itemsTokens(input.knowledge.slice(0, 5)) + itemsTokens(input.patterns) + messagesTokens(input.history)
      if (demand <= promptBudget) {
        expect(fitted.trimmed.filter((note) => !note.includes('below the top'))).toEqual([])
        expect(fitted.history.verbatim).toEqual(input.history)
        seen.untouched++
      }
    }
    console.log('fitContext random cases', seen)
    // The random cases must reach every branch, or the properties above prove little.
    for (const [branch, count] of Object.entries(seen)) expect(count, branch).toBeGreaterThan(3)
  })

  test('gives the same result for the same input', () => {
    const random = seeded(99)
    const input = randomParts(random, 1)
    const plan = planBudget({ tier: 'fast', queryType: 'diagnosis', hasMemory: true, historyMessages: input.history.length })
    expect(fitContext(plan, input)).toEqual(fitContext(plan, structuredClone(input)))
  })

  test('summarises older history and keeps the last five messages verbatim', () => {
    const plan = planBudget({ tier: 'fast', queryType: 'diagnosis', hasMemory: true, historyMessages: 30 })
    const history: HistoryMessage[] = Array.from({ length: 30 }, (_, i) => ({
      role: i % 2 === 0 ? 'user' : 'assistant',
      content: `Message ${i} says something specific. ${'Then a long explanation follows here. '.repeat(45)}`,
    }))
    const fitted = fitContext(plan, parts({ history }))
    expect(fitted.history.verbatim).toEqual(history.slice(-5))
    expect(fitted.history.summary!.split('\n')).toEqual(summariseHistory(history.slice(0, 25)))
    expect(fitted.history.summary!.split('\n')[0]).toBe('User: Message 0 says something specific.')
    expect(fitted.trimmed).toEqual(['history: 25 older messages summarised'])
  })

  test('shortens the summary from its oldest lines, then drops it, before touching the last five', () => {
    const plan = planBudget({ tier: 'fast', queryType: 'diagnosis', hasMemory: true, historyMessages: 40 })
    const pool = plan.limitTokens - plan.slots.response - blockTokens('You are Z.') - blockTokens('Screen: jobs.') - blockTokens('How do I size this feeder?')
    const recent = Math.floor(pool / 5) - 40
    const history: HistoryMessage[] = [
      ...Array.from({ length: 35 }, (_, i) => ({ role: 'user' as const, content: `Older question number ${i} about the feeder.` })),
      ...Array.from({ length: 5 }, (_, i) => ({ role: 'assistant' as const, content: sized(recent - FRAMING_TOKENS, `recent${i}`) })),
    ]
    const fitted = fitContext(plan, parts({ history }))
    expect(fitted.history.verbatim).toEqual(history.slice(-5))
    const lines = fitted.history.summary!.split('\n')
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.length).toBeLessThan(35)
    expect(lines.at(-1)).toBe('User: Older question number 34 about the feeder.')
    expect(fitted.trimmed).toEqual([`history: 35 older messages summarised, summary cut to the last ${lines.length}`])

    const crowded = history.map((message, i) => (i >= 35 ? { ...message, content: sized(Math.floor(pool / 5) - FRAMING_TOKENS - 1, `recent${i}`) } : message))
    const tight = fitContext(plan, parts({ history: crowded }))
    expect(tight.history.summary).toBeNull()
    expect(tight.history.verbatim).toEqual(crowded.slice(-5))
    expect(tight.trimmed).toEqual(['history: 35 older messages dropped, no room for a summary'])
  })

  test('cuts knowledge from the top five to the top three, not four, when five do not fit', () => {
    const plan = planBudget({ tier: 'fast', queryType: 'lookup', hasMemory: true, historyMessages: 0 })
    const pool = plan.limitTokens - plan.slots.response - blockTokens('You are Z.') - blockTokens('Screen: jobs.') - blockTokens('How do I size this feeder?')
    // Each document takes a fifth of the pool plus a little: five overflow, four would fit, three do.
    const each = Math.floor(pool / 5) + 50
    const knowledge: KnowledgeItem[] = Array.from({ length: 7 }, (_, i) => ({ text: sized(each - FRAMING_TOKENS, `doc${i}`), score: 0.9 - i / 10 }))
    const fitted = fitContext(plan, parts({ knowledge }))
    expect(fitted.knowledge).toEqual(knowledge.slice(0, 3))
    expect(fitted.trimmed).toEqual(['knowledge: 2 documents below the top 5 left out', 'knowledge: kept the top 3 of 5 documents'])

    const roomy = fitContext(planBudget({ tier: 'deep', queryType: 'lookup', hasMemory: true, historyMessages: 0 }), parts({ knowledge }))
    expect(roomy.knowledge).toEqual(knowledge.slice(0, 5))
  })

  test('keeps the highest-priority patterns when they do not all fit', () => {
    const plan = planBudget({ tier: 'fast', queryType: 'business_analysis', hasMemory: true, historyMessages: 0 })
    const pool = plan.limitTokens - plan.slots.response - blockTokens('You are Z.') - blockTokens('Screen: jobs.') - blockTokens('How do I size this feeder?')
    const each = Math.floor(pool / 3) + 20
    const patterns: PatternItem[] = [0.42, 0.91, 0.15, 0.77, 0.91].map((priority, i) => ({ text: sized(each - FRAMING_TOKENS, `pattern${i}`), priority }))
    const fitted = fitContext(plan, parts({ patterns }))
    expect(fitted.patterns.map((pattern) => pattern.priority)).toEqual([0.91, 0.91])
    expect(fitted.patterns).toEqual([patterns[1], patterns[4]])
    expect(fitted.trimmed).toEqual(['patterns: kept the 2 highest-priority of 5'])
  })

  test('lets history use what knowledge and patterns leave unused', () => {
    const plan = planBudget({ tier: 'fast', queryType: 'diagnosis', hasMemory: true, historyMessages: 12 })
    // Twice history's own slot, but well inside the pool once knowledge and patterns are empty.
    const history: HistoryMessage[] = Array.from({ length: 12 }, (_, i) => ({ role: 'user', content: sized(Math.floor((plan.slots.history * 2) / 12) - FRAMING_TOKENS, `m${i}`) }))
    expect(messagesTokens(history)).toBeGreaterThan(plan.slots.history * 1.9)
    const fitted = fitContext(plan, parts({ history }))
    expect(fitted.history.verbatim).toEqual(history)
    expect(fitted.trimmed).toEqual([])
  })

  test('lets a long user message borrow from the flexible slots instead of being cut', () => {
    const plan = planBudget({ tier: 'fast', queryType: 'diagnosis', hasMemory: true, historyMessages: 0 })
    const message = sized(plan.slots.message * 2, 'question')
    const knowledge = Array.from({ length: 5 }, (_, i) => ({ text: sized(1200, `doc${i}`), score: 1 - i / 10 }))
    expect(fitContext(plan, parts({ knowledge })).knowledge).toEqual(knowledge)
    const fitted = fitContext(plan, parts({ message, knowledge }))
    expect(fitted.message).toBe(message)
    expect(fitted.usage.find((slot) => slot.name === 'message')!.tokens).toBeGreaterThan(plan.slots.message)
    expect(fitted.totalTokens).toBeLessThanOrEqual(plan.limitTokens - plan.slots.response)
    expect(fitted.knowledge.length).toBeLessThan(5)
  })

  test('refuses, with a clear message, protected parts that cannot fit at all', () => {
    const plan = planBudget({ tier: 'fast', queryType: 'greeting', hasMemory: true, historyMessages: 0 })
    const system = sized(plan.limitTokens, 'rules')
    expect(() => fitContext(plan, parts({ system }))).toThrow(
      new RegExp(`^The protected context needs \\d+ tokens \\(system \\d+, memory 0, session \\d+, message \\d+\\) but the fast tier leaves ${plan.limitTokens - plan.slots.response} for the prompt`),
    )
  })
})
