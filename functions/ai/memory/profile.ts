/**
 * Layer 3: the memory profile Z keeps per person and persona (`ai_user_memory.memory_profile`),
 * with the structure of the ZAFTO document: professional, communication, corrections,
 * active threads and meta. Every item carries a stable `id` so a person can delete it.
 */
import { z } from 'zod'

/** Profiles are capped at this many tokens (estimateTokens of the JSON). */
export const PROFILE_TOKEN_CAP = 2000
/** Profiles above this many tokens get the weekly consolidation pass. */
export const CONSOLIDATION_THRESHOLD = 1500
/** Observed items below this confidence are kept but not shown to the model until reinforced. */
export const SURFACE_CONFIDENCE = 0.6
/** Active threads not discussed for this many days are pruned. */
export const THREAD_TTL_DAYS = 30
/** Deleted ids remembered so they are not learned again (the oldest are let go). */
export const FORGOTTEN_LIMIT = 50
/** Most strengths, growth areas or corrections a profile keeps; most active threads. */
export const LIST_LIMIT = 40
export const THREAD_LIMIT = 20

const Id = z.string().regex(/^[a-z]{1,4}_[0-9a-z]{1,24}$/)
const Day = z.iso.date()
const Text = (max: number) => z.string().trim().min(1).max(max)
const Confidence = z.number().min(0).max(1)

/**
 * A thing Z inferred from conversations. `reinforced` counts the distinct conversations (or
 * corrections) that said it; `sources` keeps the latest few of them so that re-reading the
 * same conversation never counts twice.
 */
export const ObservedFact = z.strictObject({
  id: Id,
  content: Text(200),
  confidence: Confidence,
  reinforced: z.number().int().min(1),
  sources: z.array(z.string().min(1).max(64)).max(5),
  first_seen: Day,
  last_seen: Day,
})
export type ObservedFact = z.infer<typeof ObservedFact>

export const Correction = z.strictObject({
  id: Id,
  date: Day,
  topic: Text(160),
  original_response: Text(300).optional(),
  correction: Text(500),
  code_reference: Text(80).optional(),
  /** null = pending review, true = confirmed, false = rejected. */
  validated: z.boolean().nullable(),
  /** The `ai_corrections` row (or conversation) this came from. */
  source: z.string().min(1).max(64),
})
export type Correction = z.infer<typeof Correction>

export const ActiveThread = z.strictObject({
  id: Id,
  topic: Text(160),
  last_discussed: Day,
  key_context: Text(300),
  confidence: Confidence,
  reinforced: z.number().int().min(1),
  sources: z.array(z.string().min(1).max(64)).max(5),
})
export type ActiveThread = z.infer<typeof ActiveThread>

export const professionalFields = ['certification_pursuit', 'experience_level', 'work_style'] as const
export type ProfessionalField = (typeof professionalFields)[number]
export const communicationFields = ['preferred_depth', 'jargon_comfort', 'response_format', 'patience_level'] as const
export type CommunicationField = (typeof communicationFields)[number]

export const MemoryProfile = z.strictObject({
  professional: z.strictObject({
    strengths: z.array(ObservedFact).max(LIST_LIMIT),
    growth_areas: z.array(ObservedFact).max(LIST_LIMIT),
    certification_pursuit: ObservedFact.optional(),
    experience_level: ObservedFact.optional(),
    work_style: ObservedFact.optional(),
  }),
  communication: z.strictObject({
    preferred_depth: ObservedFact.optional(),
    jargon_comfort: ObservedFact.optional(),
    response_format: ObservedFact.optional(),
    patience_level: ObservedFact.optional(),
  }),
  corrections: z.array(Correction).max(LIST_LIMIT),
  active_threads: z.array(ActiveThread).max(THREAD_LIMIT),
  meta: z.strictObject({
    total_interactions: z.number().int().min(0),
    first_interaction: Day.nullable(),
    topics_discussed: z.number().int().min(0),
    corrections_submitted: z.number().int().min(0),
  }),
  /** Ids the person deleted: the same observation is not learned again. */
  forgotten: z.array(Id).max(FORGOTTEN_LIMIT),
})
export type MemoryProfile = z.infer<typeof MemoryProfile>
export type MemoryMeta = MemoryProfile['meta']

/** A profile with nothing in it yet. */
export const emptyProfile = (): MemoryProfile => ({
  professional: { strengths: [], growth_areas: [] },
  communication: {},
  corrections: [],
  active_threads: [],
  meta: { total_interactions: 0, first_interaction: null, topics_discussed: 0, corrections_submitted: 0 },
  forgotten: [],
})

/** Whether Z may use an observed item: confident, or said again in another conversation. */
export const isSurfaced = (item: { confidence: number; reinforced: number }) => item.confidence >= SURFACE_CONFIDENCE || item.reinforced >= 2

/** The stored profile, or null when there is none or it does not match the schema. */
export function readProfile(stored: unknown): MemoryProfile | null {
  const parsed = MemoryProfile.safeParse(stored)
  return parsed.success ? parsed.data : null
}
