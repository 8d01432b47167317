import { equipmentKindKey } from '../../../customers/equipment-kinds'
import { readQuestion } from '../../layers/patterns/read-question'
import type { PortalTurn } from '../../layers/portal-relationships'
import type { FastAnswer, SuggestedAction } from '../../types'
import { pointToContractor } from './point-to-contractor'

/** Asking what something costs, in the ways homeowners ask it ("how much should a new water heater cost?"). */
const COST = [
  /\b(?:cost|costs|costing|price|prices|pricing|priced|expensive|cheap|cheaper|afford|affordable|ballpark|going rate|overpriced|rip(?:ped)? off)\b/,
  /\bhow much (?:money|for)\b/,
  /\b(?:how much|what) (?:will|would|should|does|do|did|is|are|can|could|might)\b[^?.!]{0,60}\b(?:run|charge|charged|pay|paying|set (?:me|us) back)\b/,
]

export const asksAboutCost = (text: string) => COST.some((pattern) => pattern.test(text))

const shapers =
  'What usually shapes the price of work like this: the type and size of the equipment, what has to change to fit it (venting, gas, water or electrical connections), code upgrades and permits, and how easy the spot is to reach.'

/** What the quote would be for, in the homeowner's terms: the equipment they name or have open, else their question. */
function quoteSubject(text: string, viewedKind: string | null): string {
  const named = readQuestion(text, []).equipmentKinds[0] ?? viewedKind
  if (!named) return `what I asked about (“${text}”)`
  const words = named.replace(/_/g, ' ')
  return /\b(?:new|replace|replacing|replacement|install|installing|upgrade)\b/.test(text) ? `a new ${words}` : `work on my ${words}`
}

const quoteRequest = (name: string, subject: string): SuggestedAction => ({ kind: 'ask', label: `Ask ${name} for a quote`, message: `Send ${name} a request: please quote ${subject}` })

/**
 * A homeowner asking what something costs gets no figure from Z, ever: their contractor
 * quotes the work. Z says so without refusing, explains what shapes the price, and offers to
 * send that contractor a request for a quote (a chip that proposes it, confirmed before it is
 * sent). With several contractors and nothing saying which, a chip per contractor. Null when
 * the message is not about cost.
 */
export function answerCostQuestion(text: string, portal: PortalTurn, viewedEquipmentKind: string | null): FastAnswer | null {
  if (!asksAboutCost(text)) return null
  const subject = quoteSubject(text, viewedEquipmentKind ? equipmentKindKey(viewedEquipmentKind) : null)
  return pointToContractor('homeowner_cost', portal, {
    lead: (who) => `I can’t give prices or estimates: ${who} quotes the work once they know the details of your home. ${shapers}`,
    task: 'quote it',
    action: (name) => quoteRequest(name, subject),
  })
}
