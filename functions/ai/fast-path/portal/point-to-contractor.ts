import type { PortalTurn } from '../../layers/portal-relationships'
import { spokenList } from '../../intents/parse/text'
import type { FastAnswer, SuggestedAction } from '../../types'
import { fastAnswer } from '../fast-answer'

type Said = {
  /** Why Z does not answer itself, naming who does: the contractor's name, "your contractor" or "a contractor". */
  lead(who: string): string
  /** What the contractor would do, after "Want X to …?" / "Which contractor should …?": "quote it", "take a look". */
  task: string
  /** The chip that prepares the request to that contractor. */
  action(name: string): SuggestedAction
}

/**
 * The end of every homeowner answer Z gives no figures or steps for: the reason, then the
 * contractor of this turn with a chip that prepares a request (confirmed before it is sent);
 * with several contractors and nothing saying which, a chip each; with none, how to get one.
 */
export function pointToContractor(kind: string, portal: PortalTurn, said: Said): FastAnswer {
  const { relationship, relationships } = portal
  const prepare = 'I’ll prepare the request for you to confirm.'
  if (relationship) {
    const name = relationship.company.name
    const action = said.action(name)
    return fastAnswer(kind, `${said.lead(name)}\n\nWant ${name} to ${said.task}? Tap “${action.label}” and ${prepare}`, { actions: [action] })
  }
  if (relationships.length) {
    const names = relationships.map((option) => option.company.name)
    return fastAnswer(kind, `${said.lead('your contractor')}\n\nWhich contractor should ${said.task}: ${spokenList(names)}? Tap one and ${prepare}`, {
      actions: names.map((name) => said.action(name)),
    })
  }
  return fastAnswer(
    kind,
    `${said.lead('a contractor')}\n\nAsk your contractor to ${said.task}. If they use ZAFTO, they can invite you to the client portal, and I can send them requests for you.`,
  )
}
