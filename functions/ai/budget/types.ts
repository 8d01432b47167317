/** The context budget's vocabulary: the slots of a prompt and what fitting returns. */
import type { Tier } from '../types'

export const slotNames = ['system', 'memory', 'session', 'knowledge', 'patterns', 'history', 'message', 'response'] as const
export type SlotName = (typeof slotNames)[number]

/** Slots that are never cut: if they outgrow their share they borrow from the flexible ones. */
export const protectedSlots = ['system', 'memory', 'session', 'message'] as const

export type BudgetPlan = {
  tier: Tier
  limitTokens: number
  /** Tokens per slot; they add up to `limitTokens`. `response` is headroom left for the answer. */
  slots: Record<SlotName, number>
}

export type KnowledgeItem = { text: string; score: number }
export type PatternItem = { text: string; priority: number }
export type HistoryMessage = { role: 'user' | 'assistant'; content: string }

export type ContextParts = {
  system: string
  memory: string
  session: string
  message: string
  /** Retrieved documents, best first. */
  knowledge: KnowledgeItem[]
  patterns: PatternItem[]
  /** The conversation so far, oldest first. */
  history: HistoryMessage[]
}

export type FittedContext<K extends KnowledgeItem = KnowledgeItem, P extends PatternItem = PatternItem> = {
  system: string
  memory: string
  session: string
  message: string
  /** The documents kept: a best-first prefix of the input. */
  knowledge: K[]
  /** The patterns kept, highest priority first. */
  patterns: P[]
  history: {
    /** An extractive summary of the messages before the verbatim ones, or null. */
    summary: string | null
    /** The most recent messages, unchanged, oldest first. */
    verbatim: HistoryMessage[]
  }
  /** Estimated tokens per slot; `response` is the headroom reserved for the answer. */
  usage: { name: SlotName; tokens: number }[]
  /** Estimated tokens of the whole prompt (every slot but `response`). */
  totalTokens: number
  /** What was cut, for logs and the dry run ("history: 14 older messages summarised"). */
  trimmed: string[]
}
