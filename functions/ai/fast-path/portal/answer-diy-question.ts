import { findSafetySignal, SAFETY_FIRST } from '../../routing/safety-signals'
import type { PortalTurn } from '../../layers/portal-relationships'
import type { FastAnswer } from '../../types'
import { pointToContractor } from './point-to-contractor'

/** Asking to do the work themselves: "can I replace the breaker myself?", "how do I rewire this outlet". */
const DIY = [
  /\b(?:myself|my self|ourselves|diy|do it yourself|on my own|by myself|without (?:a|an) (?:pro|professional|electrician|plumber|contractor))\b/,
  /\b(?:how (?:do|can|would|should) (?:i|we)|can (?:i|we)|should (?:i|we)|is it (?:safe|ok|okay|hard|easy) (?:to|for me to)|walk me through|steps to|instructions (?:to|for))\b[^.?!]{0,50}\b(?:replace|replacing|install|installing|wire|wiring|rewire|rewiring|hook up|connect|disconnect|move|moving|add|adding|remove|removing|take out|cut|cutting|relight|recharge|repair|fix|swap|upgrade|run (?:a|new))\b/,
]

/**
 * Maintenance a homeowner does safely (a filter, batteries, a bulb, a reset button, a clogged
 * drain): not turned away here; the model answers, under the homeowner rules.
 */
const ROUTINE =
  /\b(?:filters?|batter(?:y|ies)|light ?bulbs?|bulbs?|reset button|press (?:the )?reset|thermostat (?:settings?|schedule)|program (?:the|my) thermostat|aerators?|plunger|plunge|clog\w*|caulk\w*|weather ?strip\w*|gutters? (?:clean\w*|guards?)|smoke (?:alarm|detector) batter\w*|flush (?:the|my) (?:water heater|tank)|test (?:the )?(?:gfci|smoke|co) )\b/

type Hazard = { label: string; words: RegExp; why: string; pro: string }

/** Work that is for a licensed professional, and why, in plain words. The first match wins. */
const HAZARDS: Hazard[] = [
  {
    label: 'gas work',
    words: /\b(?:gas (?:line|pipe|piping|valve|meter|stove|range|dryer|fireplace|log|grill|hookup|connection)s?|propane|furnace|boiler|pilot light|burner|gas water heater)\b/,
    why: 'a gas connection that is not tight can leak, and a leak can start a fire or fill the house with carbon monoxide',
    pro: 'A licensed pro pressure-tests the connections, checks the venting and carbon monoxide, and pulls the permit most towns require.',
  },
  {
    label: 'a water heater',
    words: /\bwater heaters?\b|\bhot water (?:tank|heater)\b|\btankless\b/,
    why: 'a water heater combines gas or high-voltage power, scalding water and a pressure relief valve that has to be piped right',
    pro: 'A licensed plumber sizes it, connects the gas or power and venting, installs the relief valve and expansion tank to code, and pulls the permit.',
  },
  {
    label: 'electrical work',
    words: /\b(?:outlets?|receptacles?|switch(?:es)?|breakers?|panel|sub ?panel|circuits?|wiring|wires?|rewir\w*|gfci|afci|light fixtures?|ceiling fan|ev charger|car charger|generator|transfer switch|meter|service entrance|240 ?v(?:olts?)?|electrical)\b/,
    why: 'electrical work can shock you or start a fire inside a wall long after it seems to work',
    pro: 'A licensed electrician shuts off and tests the circuit, sizes the wire and breaker, makes the connections to code and has it inspected.',
  },
  {
    label: 'refrigerant work',
    words: /\b(?:refrigerant|freon|r-?22|r-?410a?|recharg\w*|line ?set|mini[- ]?split|heat pump|(?:ac|a\/c|air conditioner) (?:install\w*|recharg\w*|refill\w*))\b/,
    why: 'refrigerant is under high pressure, can burn skin and eyes, and by law is handled only by EPA-certified technicians',
    pro: 'A certified HVAC technician recovers and charges refrigerant with the right gauges and vacuum pump and checks the system for leaks.',
  },
  {
    label: 'roof work',
    words: /\b(?:roofs?|roofing|shingles?|chimney|skylights?|flashing)\b/,
    why: 'falls from roofs are one of the most common serious injuries at home',
    pro: 'A roofer works with fall protection and knows how to keep water out where the roof is opened.',
  },
  {
    label: 'structural work',
    words: /\b(?:load[- ]bearing|bearing walls?|beams?|joists?|rafters?|trusses?|headers?|(?:remove|removing|take out|knock (?:out|down)|open up) (?:a |the |this )?wall)\b/,
    why: 'a wall, beam or joist may be carrying part of the house, and cutting it can make floors sag or ceilings come down',
    pro: 'A contractor, with an engineer where needed, checks what the wall carries and supports it properly before anything is cut.',
  },
]

/**
 * A homeowner asking how to do safety-risk work themselves (gas, a water heater, electrical,
 * refrigerant, a roof, structure, or anything the safety signals flag) gets no steps from Z,
 * ever: it says why the work is for a licensed professional, what the professional does, and
 * offers to send their contractor a request (a chip, confirmed before it is sent). Routine
 * upkeep (filters, batteries, a reset button, a clogged drain) is left to the model. Null when
 * the message is not such a question.
 */
export function answerDiyQuestion(text: string, portal: PortalTurn): FastAnswer | null {
  if (!DIY.some((pattern) => pattern.test(text)) || ROUTINE.test(text)) return null
  const hazard = HAZARDS.find((candidate) => candidate.words.test(text))
  const signal = hazard ? null : findSafetySignal(text)
  if (!hazard && !signal) return null
  const reason = hazard
    ? `That’s ${hazard.label}, and it is one for a licensed professional, not a do-it-yourself job: ${hazard.why}. ${hazard.pro}`
    : `That involves ${signal}, so it is one for a licensed professional, not a do-it-yourself job.`
  const subject = `what I asked about (“${text}”)`
  return pointToContractor('homeowner_diy', portal, {
    lead: () => `${reason}\n\n${SAFETY_FIRST}`,
    task: 'take a look',
    action: (name) => ({ kind: 'ask', label: `Ask ${name} to take a look`, message: `Send ${name} a request: please take a look at ${subject}` }),
  })
}
