import type { PortalRelationship, PortalTurn } from '../layers/portal-relationships'
import { spokenList } from '../intents/parse/text'

const contact = (relationship: PortalRelationship) => {
  const { phone, email } = relationship.company
  const ways = [phone && `phone ${phone}`, email && `email ${email}`].filter(Boolean)
  return ways.length ? ` (${ways.join(', ')})` : ''
}

/** A contractor as a homeowner would name them, with their trades. */
const described = (relationship: PortalRelationship) =>
  `${relationship.company.name}${relationship.company.trades.length ? ` (${relationship.company.trades.join(', ').replaceAll('_', ' ')})` : ''}`

/**
 * The homeowner's contractor section of the system prompt: who their contractor is for this
 * turn (or that Z must ask which one), and how action items and prices are routed to them.
 * Contact details come from the contractor's own company record.
 */
export function portalRules(turn: PortalTurn): string {
  const { relationship, relationships } = turn
  if (relationship) {
    const name = relationship.company.name
    const others = relationships.filter((other) => other !== relationship)
    return [
      `Their contractor for this conversation: ${described(relationship)}${contact(relationship)}. They are the customer "${relationship.customerName}".`,
      ...(others.length ? [`They are also a customer of ${spokenList(others.map(described), 'and')}; keep each contractor's work separate.`] : []),
      `Route every action item to ${name}: when something needs a professional, say so and offer to send ${name} a service request from this chat (they confirm it before anything is sent).`,
      `A question about cost or price: say ${name} quotes the work once they know the details, explain in plain words what usually shapes the price (without any figure), and offer to send ${name} a request for a quote.`,
    ].join('\n')
  }
  if (relationships.length) {
    return [
      `They are a customer of several contractors: ${spokenList(relationships.map(described), 'and')}. Nothing here says which one this is about.`,
      'When an answer depends on their contractor (an action item, a visit, a quote), ask which contractor they mean before anything else.',
      'A question about cost or price: their contractor quotes the work; give no figure.',
    ].join('\n')
  }
  return [
    'They are not linked to a contractor in ZAFTO yet: their contractor can send them an invitation to the client portal.',
    'A question about cost or price: their contractor quotes the work; give no figure.',
  ].join('\n')
}
