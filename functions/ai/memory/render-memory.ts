import { isSurfaced, readProfile, type ObservedFact } from './profile'

const shown = (fact: ObservedFact | undefined) => (fact && isSurfaced(fact) ? fact.content : null)
const list = (facts: ObservedFact[]) => facts.filter(isSurfaced).map((fact) => fact.content)

/**
 * Layer 3 as the model reads it: readable lines of what Z may use about this person. Only
 * confident or reinforced items; the person's own corrections come with the instruction to
 * defer to them on their topic. Empty when nothing is known (or the stored profile is invalid).
 */
export function renderMemoryLines(stored: unknown): string {
  const profile = readProfile(stored)
  if (!profile) return ''
  const { professional, communication } = profile
  const lines: string[] = []
  const strengths = list(professional.strengths)
  const growth = list(professional.growth_areas)
  if (strengths.length) lines.push(`Strong on: ${strengths.join('; ')}`)
  if (growth.length) lines.push(`Still learning: ${growth.join('; ')}`)
  const facts: [string, string | null][] = [
    ['Working toward', shown(professional.certification_pursuit)],
    ['Experience', shown(professional.experience_level)],
    ['Works', shown(professional.work_style)],
    ['Depth they prefer', shown(communication.preferred_depth)],
    ['Trade language', shown(communication.jargon_comfort)],
    ['Format they prefer', shown(communication.response_format)],
    ['Pace', shown(communication.patience_level)],
  ]
  for (const [label, value] of facts) if (value) lines.push(`${label}: ${value}`)
  const threads = profile.active_threads.filter(isSurfaced).sort((a, b) => b.last_discussed.localeCompare(a.last_discussed))
  if (threads.length) {
    lines.push('Ongoing work they may refer back to ("that job", "the panel job"):')
    for (const thread of threads) lines.push(`- ${thread.topic} (last discussed ${thread.last_discussed}): ${thread.key_context}`)
  }
  const corrections = profile.corrections.filter((correction) => correction.validated !== false)
  if (corrections.length) {
    lines.push('Their corrections of your earlier answers. On these topics, defer to their correction for this person; if it conflicts with a safety requirement, say so plainly:')
    for (const correction of corrections) {
      const status = correction.validated ? 'confirmed' : 'pending review'
      lines.push(`- ${correction.topic}${correction.code_reference ? ` (${correction.code_reference})` : ''}: ${correction.correction} [${correction.date}, ${status}]`)
    }
  }
  return lines.join('\n')
}
