import type { ModelProvider, ModelRequest } from '../providers/types'
import { detectObservations } from './detect-observations'
import { validObservations, type ExtractedObservation } from './observation'

export type TranscriptMessage = { role: 'user' | 'assistant'; content: string }

const noGrounding: ModelRequest['grounding'] = { knowledge: [], citations: [], patterns: [] }

/** The conversation as plain text for the gate and the extraction, newest messages kept when long. */
function transcriptText(messages: TranscriptMessage[], maxChars = 12_000): string {
  const text = messages.map((message) => `${message.role === 'user' ? 'Person' : 'Z'}: ${message.content}`).join('\n\n')
  return text.length > maxChars ? text.slice(text.length - maxChars) : text
}

const GATE_PROMPT = [
  'You decide whether a conversation between a trade professional and Z, their assistant, holds anything worth remembering about the person.',
  'Answer YES if they revealed expertise or a weakness, a license or exam they are working toward, how they like answers, corrected Z, or discussed a project they are still working on over several turns.',
  'Answer NO for simple lookups, one-off questions and anything without a personal signal. Reply with one word: YES or NO.',
].join('\n')

const EXTRACTION_PROMPT = [
  'Extract observations about the person (never about Z) from this conversation.',
  'Return ONLY a JSON array. Each item: {"category": one of "strength", "growth_area", "certification", "experience", "work_style", "communication_pref", "correction", "active_thread", "content": short text, "confidence": "high" | "medium" | "low", "topic": optional short topic for active_thread and correction}.',
  'Only clear signals, no guesses. An active thread is a specific job or project still in progress ("200A panel upgrade at 45 Oak St"); its content is where it stands.',
  'Return [] when there is nothing.',
].join('\n')

/** The first JSON array in a model's text, or null. */
function firstJsonArray(text: string): unknown {
  const start = text.indexOf('[')
  const end = text.lastIndexOf(']')
  if (start < 0 || end <= start) return null
  try {
    return JSON.parse(text.slice(start, end + 1))
  } catch {
    return null
  }
}

/**
 * What a conversation teaches Z about the person. Gate first (fast tier: anything worth
 * remembering?), then extraction (balanced tier: a JSON array of {category, content,
 * confidence}, validated item by item; anything malformed is ignored). The model only ever
 * returns observations; the profile itself is changed by mergeObservations. With the offline
 * provider both steps are rule-based (detectObservations), so memory works without a model.
 */
export async function extractObservations({ models, messages }: { models: ModelProvider; messages: TranscriptMessage[] }): Promise<{ gated: boolean; observations: ExtractedObservation[] }> {
  const userMessages = messages.filter((message) => message.role === 'user').map((message) => message.content)
  if (!userMessages.length) return { gated: false, observations: [] }
  if (models.name === 'offline') {
    const observations = detectObservations(userMessages)
    return { gated: observations.length > 0, observations }
  }
  const transcript = transcriptText(messages)
  const gate = await models.complete({ tier: 'fast', system: GATE_PROMPT, messages: [{ role: 'user', content: transcript }], maxTokens: 5, grounding: noGrounding })
  if (!/^\W*yes\b/i.test(gate.text)) return { gated: false, observations: [] }
  const extraction = await models.complete({ tier: 'balanced', system: EXTRACTION_PROMPT, messages: [{ role: 'user', content: transcript }], maxTokens: 800, grounding: noGrounding })
  return { gated: true, observations: validObservations(firstJsonArray(extraction.text)) }
}
