import { isSurfaced, readProfile, type MemoryProfile, type ObservedFact } from './profile'

export type MemoryItem = {
  id: string
  section: 'professional' | 'communication' | 'corrections' | 'active_threads'
  /** What the item is, in words ("Strength", "Active work", "Correction"...). */
  label: string
  text: string
  /** false: stored but not yet used by Z (low confidence, not reinforced). */
  surfaced: boolean
  confidence: number | null
  reinforced: number | null
  /** When it was last seen, discussed or submitted (YYYY-MM-DD). */
  date: string
  /** Corrections: pending | confirmed | rejected. */
  status?: 'pending' | 'confirmed' | 'rejected'
}

const factItem = (section: MemoryItem['section'], label: string, fact: ObservedFact): MemoryItem => ({
  id: fact.id,
  section,
  label,
  text: fact.content,
  surfaced: isSurfaced(fact),
  confidence: fact.confidence,
  reinforced: fact.reinforced,
  date: fact.last_seen,
})

const fieldLabels = {
  certification_pursuit: 'Working toward',
  experience_level: 'Experience',
  work_style: 'How you work',
  preferred_depth: 'Answer depth',
  jargon_comfort: 'Trade language',
  response_format: 'Answer format',
  patience_level: 'Pace',
} as const

/** Every item of a profile as a person reads it, with its id for deletion; hidden items marked. */
export function memoryItems(profile: MemoryProfile): MemoryItem[] {
  const items: MemoryItem[] = []
  for (const fact of profile.professional.strengths) items.push(factItem('professional', 'Strength', fact))
  for (const fact of profile.professional.growth_areas) items.push(factItem('professional', 'Still learning', fact))
  for (const field of ['certification_pursuit', 'experience_level', 'work_style'] as const) {
    const fact = profile.professional[field]
    if (fact) items.push(factItem('professional', fieldLabels[field], fact))
  }
  for (const field of ['preferred_depth', 'jargon_comfort', 'response_format', 'patience_level'] as const) {
    const fact = profile.communication[field]
    if (fact) items.push(factItem('communication', fieldLabels[field], fact))
  }
  for (const thread of profile.active_threads) {
    items.push({ id: thread.id, section: 'active_threads', label: 'Active work', text: `${thread.topic}: ${thread.key_context}`, surfaced: isSurfaced(thread), confidence: thread.confidence, reinforced: thread.reinforced, date: thread.last_discussed })
  }
  for (const correction of profile.corrections) {
    const status = correction.validated === null ? 'pending' : correction.validated ? 'confirmed' : 'rejected'
    items.push({ id: correction.id, section: 'corrections', label: 'Your correction', text: `${correction.topic}: ${correction.correction}`, surfaced: correction.validated !== false, confidence: null, reinforced: null, date: correction.date, status })
  }
  return items
}

export type PersonaMemory = { persona: string; version: number; updatedAt: string; items: MemoryItem[]; meta: MemoryProfile['meta'] }

/** One stored row as the API shows it; a profile that does not match the schema shows no items. */
export function describeMemory(row: { persona: string; version: number; updated_at: string | Date; memory_profile: unknown }): PersonaMemory {
  const profile = readProfile(row.memory_profile)
  return {
    persona: row.persona,
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    items: profile ? memoryItems(profile) : [],
    meta: profile?.meta ?? { total_interactions: 0, first_interaction: null, topics_discussed: 0, corrections_submitted: 0 },
  }
}
