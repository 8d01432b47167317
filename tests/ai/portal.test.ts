import { describe, expect, test } from 'vitest'
import { trades } from '../../db/schema'
import { daysAsked } from '../../functions/ai/fast-path/ops/answer-ops-question'
import { asksAboutCost } from '../../functions/ai/fast-path/portal/answer-cost-question'
import { answerDiyQuestion } from '../../functions/ai/fast-path/portal/answer-diy-question'
import { guardHomeownerAnswer } from '../../functions/ai/visibility/guard-homeowner-answer'
import { normalizeMessage as normalizeForFastPath } from '../../functions/ai/fast-path/normalize-message'
import { isQuestion, normalizeMessage } from '../../functions/ai/intents/parse/text'
import { requestServiceIntent } from '../../functions/ai/intents/portal/request-service'
import { equipmentScopeOf } from '../../functions/ai/layers/load-patterns'
import { resolvePatternScope } from '../../functions/ai/layers/patterns/pattern-scope'
import { readQuestion } from '../../functions/ai/layers/patterns/read-question'
import { choosePortalRelationship, type PortalRelationship } from '../../functions/ai/layers/portal-relationships'
import { portalRules } from '../../functions/ai/prompt/portal-rules'

/** What the portal intent recognizer makes of a message, as proposePortalIntent reads it (questions never propose). */
const recognized = (message: string) => {
  const text = normalizeMessage(message)
  return isQuestion(text) ? null : requestServiceIntent.recognize(text)
}

describe('service requests in a homeowner’s words', () => {
  test.each([
    ['My water heater is leaking from the bottom', 'problem', 'My water heater is leaking from the bottom'],
    ['the AC won’t cool the upstairs', 'problem', 'The AC won\'t cool the upstairs'],
    ['no hot water since Monday', 'problem', 'No hot water since Monday'],
    ['We smell something burning near the panel', 'problem', 'We smell something burning near the panel'],
    ['Please schedule a furnace tune-up', 'schedule_service', 'Schedule a furnace tune-up'],
    ['Can someone come look at my sump pump?', 'schedule_service', 'Can someone come look at my sump pump'],
    ['send Acme Plumbing a request: please quote a new water heater', 'schedule_service', 'Please quote a new water heater'],
    ['I’d like a quote for new gutters', 'schedule_service', 'I\'d like a quote for new gutters'],
    ['Ask them to call me about my question on the thermostat', 'equipment_question', 'Ask them to call me about my question on the thermostat'],
  ])('“%s” is a %s request', (message, type, description) => {
    expect(recognized(message)).toEqual({ type, description })
  })

  test.each([
    'How long does a water heater last?',
    'Is it normal for my furnace to click?',
    'what should I do if my breaker trips?',
    'my water heater is 8 years old',
    'thanks!',
    'The quote looks good',
  ])('“%s” asks for nothing', (message) => {
    expect(recognized(message)).toBeNull()
  })
})

describe('cost questions', () => {
  test.each(['how much should a new water heater cost?', 'What would it run me to replace the panel', 'is $2,000 a fair price?', 'ballpark for a new roof', 'how much for a tune-up'])(
    '“%s” asks about cost',
    (message) => expect(asksAboutCost(normalizeForFastPath(message))).toBe(true),
  )
  test.each(['how much water does a 50 gallon tank hold', 'my furnace makes too much noise', 'what does this quote include?'])('“%s” does not', (message) => {
    expect(asksAboutCost(normalizeForFastPath(message))).toBe(false)
  })
})

describe('do-it-yourself questions about safety-risk work', () => {
  const acme: PortalRelationship = { customerId: 'c-acme', customerName: 'Dana', company: { id: 'acme-co', name: 'Acme Plumbing & Heating', phone: null, email: null, trades: [] } }
  const bolt: PortalRelationship = { customerId: 'c-bolt', customerName: 'Dana', company: { id: 'bolt-co', name: 'Bolt Electric', phone: null, email: null, trades: [] } }
  const answer = (message: string, relationships = [acme]) =>
    answerDiyQuestion(normalizeForFastPath(message), { relationship: relationships.length === 1 ? relationships[0]! : null, relationships, basis: relationships.length === 1 ? 'only' : 'ambiguous' } as never)

  test.each([
    ['Can I replace the breaker in my panel myself?', 'electrical work', 'licensed electrician'],
    ['how do I rewire this outlet', 'electrical work', 'licensed electrician'],
    ['Is it safe to install a new water heater myself?', 'a water heater', 'licensed plumber'],
    ['how can I move the gas line for my stove', 'gas work', 'pressure-tests'],
    ['can I recharge my AC with freon on my own', 'refrigerant work', 'EPA-certified'],
    ['DIY shingles repair on a steep roof?', 'roof work', 'fall protection'],
    ['how do I take out the wall between the kitchen and living room', 'structural work', 'engineer'],
  ])('“%s” is %s: why, who does it, and a request to the contractor, never steps', (message, label, pro) => {
    const fast = answer(message)!
    expect(fast.kind).toBe('homeowner_diy')
    expect(fast.response).toContain(`That’s ${label}, and it is one for a licensed professional, not a do-it-yourself job`)
    expect(fast.response).toContain(pro)
    expect(fast.response).toContain('If you smell gas, see sparks or smoke, or a carbon monoxide alarm is sounding: leave the house now and call 911 or your gas utility from outside.')
    expect(fast.response).not.toMatch(/\b(?:step \d|first,|turn off the breaker and)\b/i)
    expect(fast.suggestedActions).toEqual([
      { kind: 'ask', label: 'Ask Acme Plumbing & Heating to take a look', message: `Send Acme Plumbing & Heating a request: please take a look at what I asked about (“${normalizeForFastPath(message)}”)` },
    ])
    // The chip's message is a service request the portal intent recognizes (proposed, then confirmed).
    expect(recognized((fast.suggestedActions[0] as { message: string }).message)).toMatchObject({ type: 'schedule_service' })
  })

  test('a hazard the safety signals flag counts too; with two contractors each gets a chip', () => {
    const fast = answer('can I fix the melted cord on my space heater myself', [acme, bolt])!
    expect(fast.response).toContain('That involves fire, smoke or overheating, so it is one for a licensed professional')
    expect(fast.response).toContain('Which contractor should take a look: Acme Plumbing & Heating or Bolt Electric?')
    expect(fast.suggestedActions.map((action) => action.label)).toEqual(['Ask Acme Plumbing & Heating to take a look', 'Ask Bolt Electric to take a look'])
  })

  test.each([
    'how do I change my furnace filter myself',
    'can I replace the batteries in my thermostat',
    'how do I reset the GFCI outlet, press the reset button?',
    'how do I unclog my kitchen sink myself',
    'my water heater is leaking',
    'what does a licensed electrician do during a panel upgrade?',
    'can I paint the bedroom myself',
  ])('“%s” is left to the model (routine upkeep, no DIY ask, or no risk)', (message) => {
    expect(answer(message)).toBeNull()
  })
})

describe('a homeowner answer without prices or other contractors', () => {
  test.each([
    ['A tank model is about $1,500 installed. Look at its energy factor.', 'Look at its energy factor.'],
    ['Expect 1,200 dollars or so. Ask about the warranty.', 'Ask about the warranty.'],
    ['It runs US$ 900 to USD 1200. Fine.', 'Fine.'],
    ['Maybe 200 bucks for parts.\n1. Check the pilot. That costs $0.', '1. Check the pilot.'],
  ])('“%s” keeps only what names no figure', (text, kept) => {
    expect(guardHomeownerAnswer(text, 'Acme')).toEqual({ text: `${kept}\n\nI left out prices: Acme quotes the work once they know the details of your home.`, removed: expect.any(Number) })
  })

  test.each([
    'You might get a second opinion before you sign.',
    'It is worth getting three quotes for a job this size.',
    'If they cannot come this week, call another plumber.',
    'Consider switching contractors if this keeps happening.',
    'Shop around for the best deal.',
  ])('“%s” (another contractor) is taken out, without a price note', (sentence) => {
    expect(guardHomeownerAnswer(`A popping tank usually means sediment. ${sentence} Acme can flush it.`, 'Acme')).toEqual({
      text: 'A popping tank usually means sediment. Acme can flush it.',
      removed: 1,
    })
  })

  test('words that only look alike stay: the contractor’s own team, a second visit, an installer’s manual', () => {
    const plain = 'Acme may send another technician from their team. A second visit is normal for a permit inspection. The installer manual lists the clearances.'
    expect(guardHomeownerAnswer(plain, 'Acme')).toEqual({ text: plain, removed: 0 })
  })

  test('an answer that is only a price becomes the note; an answer without one is untouched', () => {
    expect(guardHomeownerAnswer('About $2,000.', null).text).toBe('I left out prices: your contractor quotes the work once they know the details of your home.')
    const plain = 'A 50-gallon tank suits 3 to 4 people. It lasts 8–12 years; check the T&P valve yearly.'
    expect(guardHomeownerAnswer(plain, 'Acme')).toEqual({ text: plain, removed: 0 })
  })
})

describe('which contractor a homeowner’s turn is about', () => {
  const relationship = (customerId: string, name: string): PortalRelationship => ({ customerId, customerName: 'Dana', company: { id: `${customerId}-co`, name, phone: null, email: null, trades: [] } })
  const acme = relationship('c-acme', 'Acme Plumbing & Heating')
  const bolt = relationship('c-bolt', 'Bolt Electric')

  test('the contractor named in the message, else the open record’s, else the only one; with several and no clue, none', () => {
    expect(choosePortalRelationship({ relationships: [acme, bolt], viewedCustomerId: 'c-acme', message: 'send Bolt Electric a request' })).toMatchObject({ relationship: bolt, basis: 'named' })
    expect(choosePortalRelationship({ relationships: [acme, bolt], viewedCustomerId: 'c-acme', message: 'my sink leaks' })).toMatchObject({ relationship: acme, basis: 'viewed' })
    expect(choosePortalRelationship({ relationships: [acme], viewedCustomerId: 'someone-else', message: 'my sink leaks' })).toMatchObject({ relationship: acme, basis: 'only' })
    expect(choosePortalRelationship({ relationships: [acme, bolt], viewedCustomerId: null, message: 'my sink leaks' })).toMatchObject({ relationship: null, basis: 'ambiguous' })
    expect(choosePortalRelationship({ relationships: [], viewedCustomerId: null, message: 'my sink leaks' })).toMatchObject({ relationship: null, basis: 'none' })
  })

  test('the prompt names the contractor and routes action items and prices to them, or says to ask which one', () => {
    const decided = portalRules(choosePortalRelationship({ relationships: [acme, bolt], viewedCustomerId: 'c-acme', message: 'hi' }))
    expect(decided).toContain('Their contractor for this conversation: Acme Plumbing & Heating.')
    expect(decided).toContain('They are also a customer of Bolt Electric')
    expect(decided).toContain('offer to send Acme Plumbing & Heating a request for a quote')
    const open = portalRules(choosePortalRelationship({ relationships: [acme, bolt], viewedCustomerId: null, message: 'hi' }))
    expect(open).toContain('ask which contractor they mean')
  })
})

describe('the open equipment scopes Layer 5', () => {
  test('its kind, trade and brand keys stand in for equipment the question does not name', () => {
    const equipment = equipmentScopeOf({ kind: 'Water heater', make: 'Rheem', model: 'XE50T10H45U0' })
    expect(equipment).toEqual({ trade: 'plumbing', kind: 'water_heater', brandCategories: ['water_heater/rheem/xe50t1', 'water_heater/rheem'] })
    const vague = readQuestion('how long will it last?', trades)
    expect(resolvePatternScope({ question: vague, job: null, equipment, scopeTrades: trades, companyState: null })).toMatchObject({
      trades: ['plumbing'],
      equipmentKinds: ['water_heater'],
      categories: ['water_heater/rheem/xe50t1', 'water_heater/rheem'],
      subjects: ['equipment_lifespan'],
    })
    const furnace = readQuestion('how long does a furnace last?', trades)
    const asked = resolvePatternScope({ question: furnace, job: null, equipment, scopeTrades: trades, companyState: null })
    expect(asked).toMatchObject({ trades: ['hvac'], equipmentKinds: ['furnace'] })
    expect(asked.categories.filter((category) => category.startsWith('water_heater'))).toEqual([])
    expect(equipmentScopeOf({ kind: 'Hot tub' })).toBeNull()
  })
})

describe('ops questions', () => {
  test('the period asked about, in days', () => {
    expect(daysAsked('how much did ai cost this week')).toBe(7)
    expect(daysAsked('ai cost today')).toBe(1)
    expect(daysAsked('ai spend last month')).toBe(30)
    expect(daysAsked('tokens over the last 90 days')).toBe(90)
    expect(daysAsked('ai cost')).toBe(7)
  })
})
