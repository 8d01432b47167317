import type { FastAnswer, SuggestedAction } from '../../types'
import { permissions, type Permission } from '../../../lib/permissions'
import { fastAnswer } from '../fast-answer'
import type { FastContext } from '../fast-context'
import { availableOffers } from '../small-talk/persona-offers'

/** Who in the company does what `permission` covers: the office when they can, else the managers. */
export function handledBy(permission: Permission): string {
  return (permissions[permission] as readonly string[]).includes('office') ? 'your office' : 'an owner or admin'
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

/**
 * An answer for something this person is not shown: who handles it, and what Z can do for
 * them instead, with chips for those (`closest` first, when there is a nearer alternative).
 * It never says the person is refused.
 */
export function redirectAnswer(ctx: FastContext, kind: string, lead: string, closest?: SuggestedAction): FastAnswer {
  const offers = availableOffers(ctx).slice(0, 2)
  const instead = offers.length === 0 ? '' : ` I can help with ${offers.map((o) => lowerFirst(o.what)).join(', or ')}.`
  const chips = offers.map((o) => o.action).filter((action) => action.label !== closest?.label)
  return fastAnswer(kind, `${lead}${instead}`, { actions: closest ? [closest, ...chips] : chips })
}
