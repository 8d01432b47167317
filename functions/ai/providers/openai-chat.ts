/** The parts of the OpenAI chat.completions wire format that Ollama, llama.cpp and vLLM share. */

export type ChatToolCall = { id: string; type: 'function'; function: { name: string; arguments: string } }

export type ChatMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string; tool_calls?: ChatToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string }

export type ChatUsage = { prompt_tokens: number; completion_tokens: number }

/** A non-streamed response, and what a stream is accumulated into. */
export type ChatCompletion = {
  model: string
  choices: { message: { content: string | null; tool_calls?: ChatToolCall[] }; finish_reason: string | null }[]
  usage?: ChatUsage | null
}

/** One `data:` event of a streamed response. */
export type ChatCompletionChunk = {
  model?: string
  choices?: {
    delta?: {
      content?: string | null
      tool_calls?: { index: number; id?: string; function?: { name?: string; arguments?: string } }[]
    }
    finish_reason?: string | null
  }[]
  usage?: ChatUsage | null
  /** vLLM and llama.cpp report a failure mid-stream this way. */
  error?: { message?: string }
}

/** finish_reason in Anthropic's stop_reason vocabulary, so callers check one set of values. */
export const stopReasonOf = (finishReason: string | null | undefined): string =>
  ({ stop: 'end_turn', length: 'max_tokens', tool_calls: 'tool_use', content_filter: 'refusal' })[finishReason ?? 'stop'] ??
  finishReason ??
  'end_turn'
