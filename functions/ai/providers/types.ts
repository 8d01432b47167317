/**
 * One interface over Z's language-model providers: Anthropic, any OpenAI-compatible server
 * (Ollama, llama.cpp, vLLM) and the offline provider that answers without a model.
 */
import type { Tier } from '../types'

export type ModelMessage = { role: 'user' | 'assistant'; content: string }

/**
 * A read-only tool over the asking user's visible data. The provider runs it when the model
 * asks and sends the result back; write tools are never offered (writes go through intents).
 */
export type ModelTool = {
  name: string
  description: string
  /** A JSON Schema object describing the tool's input. */
  inputSchema: Record<string, unknown>
  run(input: unknown): Promise<unknown>
}

/** What the pipeline found without a model; the offline provider answers from it. */
export type Grounding = {
  fastAnswer?: string
  knowledge: { title: string; heading?: string; snippet: string; url?: string }[]
  citations: { label: string; url: string }[]
  patterns: { phrase: string }[]
  /** Asked-about patterns with no reliable data, each a sentence saying so. */
  patternGaps?: string[]
}

export type ModelRequest = {
  tier: Tier
  system: string
  messages: ModelMessage[]
  tools?: ModelTool[]
  maxTokens: number
  grounding: Grounding
  signal?: AbortSignal
}

export type ModelToolCall = { name: string; input: unknown }

export type ModelResult = {
  /** Every text the model wrote, across tool rounds, as streamed. */
  text: string
  /** The model that answered, as the provider reported it. */
  model: string
  /** Summed over every call of the tool loop. */
  inputTokens: number
  outputTokens: number
  /** The last call's stop reason (`end_turn`, `max_tokens`, `refusal`...). */
  stopReason: string
  toolCalls: ModelToolCall[]
}

export type ProviderName = 'anthropic' | 'openai_compat' | 'offline'

export type ModelProvider = {
  name: ProviderName
  modelFor(tier: Tier): string
  complete(request: ModelRequest): Promise<ModelResult>
  /** Like `complete`, calling `onText` with each piece of text as it arrives. */
  stream(request: ModelRequest, onText: (delta: string) => void): Promise<ModelResult>
}

export type ModelSettings = {
  anthropicApiKey?: string
  openaiCompat?: { baseUrl: string; apiKey?: string }
  models: { fast?: string; balanced?: string; deep?: string }
}
