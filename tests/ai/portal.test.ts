import { describe, expect, test } from 'vitest'
import { trades } from '../../db/schema'
import { daysAsked } from '../../functions/ai/fast-path/ops/answer-ops-question'
import { asksAboutCost } from '../../functions/ai/fast-path/portal/answer-cost-question'
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
