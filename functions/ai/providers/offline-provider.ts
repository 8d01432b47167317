import { composeOfflineAnswer } from './compose-offline-answer'
import { estimateTokens } from './estimate-tokens'
import type { ModelProvider, ModelRequest, ModelResult } from './types'

/** Words per streamed delta: a few deltas per answer, like a model's, without pretending to type. */
const wordsPerDelta = 8

/** The text in groups of words whose concatenation is exactly the text. */
function wordGroups(text: string): string[] {
  const words = text.split(/(?<=\s)(?=\S)/)
  const groups: string[] = []
  for (let i = 0; i < words.length; i += wordsPerDelta) groups.push(words.slice(i, i + wordsPerDelta).join(''))
  return groups
}

function answer(request: ModelRequest): ModelResult {
  request.signal?.throwIfAborted()
  const text = composeOfflineAnswer(request.grounding)
  return {
    text,
    model: 'offline',
    // Estimates (characters / 4): nothing was sent to a model, but accounting keeps one unit.
    inputTokens: estimateTokens(request.system, ...request.messages.map((message) => message.content)),
    outputTokens: estimateTokens(text),
    stopReason: 'end_turn',
    toolCalls: [],
  }
}

/**
 * The default provider when no model is configured: no network, no tools; it answers from the
 * request's grounding (fast-path answer, retrieved sources, patterns) and says plainly that no
 * language model is configured here.
 */
export function createOfflineProvider(): ModelProvider {
  return {
    name: 'offline',
    modelFor: () => 'offline',
    complete: async (request) => answer(request),
    async stream(request, onText) {
      const result = answer(request)
      for (const delta of wordGroups(result.text)) {
        request.signal?.throwIfAborted()
        onText(delta)
      }
      return result
    },
  }
}
