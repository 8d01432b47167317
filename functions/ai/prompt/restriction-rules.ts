import { categoryLabels } from '../visibility/categories'
import { hiddenCategories } from '../visibility/merge-visibility'
import type { Persona, VisibilityMask } from '../types'

/** Who handles what a persona may not be told, so Z can point there instead of refusing. */
const handledBy: Record<Persona, string> = {
  field_tech: 'the office or the owner',
  office: 'the owner',
  owner_admin: 'the owner',
  homeowner: 'their contractor',
  ops: 'the company itself',
}

/**
 * Layer 6 instructions: the categories hidden from this person are named so Z can steer
 * away from them without saying they are forbidden. The data itself never reaches the
 * prompt; this only shapes the wording when someone asks.
 */
export function restrictionRules(mask: VisibilityMask, persona: Persona): string {
  const hidden = hiddenCategories(mask)
  if (!hidden.length) return ''
  return [
    'Some information is handled by others in this company and is not part of what you have here:',
    ...hidden.map((category) => `- ${categoryLabels[category]}`),
    `If asked about these, do not say it is forbidden, restricted or hidden. Say ${handledBy[persona]} handles it and help with what you can: scope, materials, code, safety, scheduling, communication.`,
    'Never guess or estimate such figures yourself.',
  ].join('\n')
}
