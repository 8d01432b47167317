import { z } from 'zod'

export const observationCategories = [
  'strength',
  'growth_area',
  'certification',
  'experience',
  'work_style',
  'communication_pref',
  'correction',
  'active_thread',
] as const
export type ObservationCategory = (typeof observationCategories)[number]

/** Words a model may use for confidence, as numbers. */
const confidenceWords = { high: 0.9, medium: 0.7, low: 0.4 } as const

/**
 * One thing learned from a conversation, as the extraction step returns it:
 * `{category, content, confidence}` (confidence 0–1 or high/medium/low). An active thread or a
 * correction may name its `topic` separately; otherwise the content before " — " is the topic.
 */
export const ExtractedObservation = z.object({
  category: z.enum(observationCategories),
  content: z.string().trim().min(2).max(500),
  confidence: z.union([z.number().min(0).max(1), z.enum(['high', 'medium', 'low']).transform((word) => confidenceWords[word])]),
  topic: z.string().trim().min(2).max(160).optional(),
})
export type ExtractedObservation = z.infer<typeof ExtractedObservation>

/** An observation with where it came from (a conversation or correction id): the unit of reinforcement. */
export type Observation = ExtractedObservation & {
  source: string
  /** What a correction submitted through the API adds to its text. */
  correction?: { original_response?: string; code_reference?: string }
}

/** The valid observations of an untrusted list; anything malformed is dropped, not repaired. */
export function validObservations(items: unknown): ExtractedObservation[] {
  if (!Array.isArray(items)) return []
  return items.flatMap((item) => {
    const parsed = ExtractedObservation.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })
}
