import { roundEmitter } from './round-separator'
import type { Tier } from '../types'
import { estimateTokens } from './estimate-tokens'
import { ModelUnavailableError, toModelUnavailable } from './model-unavailable-error'
import { stopReasonOf, type ChatCompletion, type ChatMessage } from './openai-chat'
import { readChatCompletionStream } from './read-chat-completion-stream'
import { maxToolRounds, runToolCall } from './run-tool-call'
import type { ModelProvider, ModelRequest, ModelResult, ModelSettings } from './types'

type Options = {
  baseUrl: string
  apiKey?: string
  models: ModelSettings['models']
  /** Injected by tests (recorded responses); the global fetch otherwise. */
  fetch?: typeof fetch
}

/** Thrown by the consumer's onText; passed on as it is, never reported as a provider failure. */
class ConsumerError {
  constructor(readonly error: unknown) {}
}

const parseArguments = (text: string): unknown => {
  try {
    return JSON.parse(text || '{}')
  } catch {
    return text
  }
}

/**
 * Any OpenAI-compatible chat server (Ollama, llama.cpp, vLLM), for deployments that keep data
 * on their own machines: POST {baseUrl}/chat/completions, JSON or `stream: true` SSE, tools in
 * the `tools` / `tool_calls` format with the same loop as the Anthropic provider. Each tier's
 * model comes from settings, falling back to the balanced one; without that this throws a
 * configuration error when created.
 */
export function createOpenAICompatProvider({ baseUrl, apiKey, models, fetch: fetchImpl = fetch }: Options): ModelProvider {
  if (!models.balanced) {
    throw new Error(
      'OPENAI_COMPAT_BASE_URL is set but no model is: set Z_MODEL_BALANCED to a model the server has ' +
        '(e.g. `llama3.1:8b` for Ollama), and optionally Z_MODEL_FAST and Z_MODEL_DEEP.',
    )
  }
  const fallback = models.balanced
  const modelFor = (tier: Tier): string => models[tier] ?? fallback
  const url = `${baseUrl.replace(/\/+$/, '')}/chat/completions`

  async function post(body: Record<string, unknown>, signal: AbortSignal | undefined, onText?: (delta: string) => void): Promise<ChatCompletion> {
    try {
      const response = await fetchImpl(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: onText ? 'text/event-stream' : 'application/json',
          ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        },
        body: JSON.stringify(body),
        signal,
      })
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${(await response.text()).slice(0, 500)}`)
      if (!onText) return (await response.json()) as ChatCompletion
      if (!response.body) throw new Error('the streamed response had no body')
      return await readChatCompletionStream(response.body, (delta) => {
        try {
          onText(delta)
        } catch (error) {
          throw new ConsumerError(error)
        }
      })
    } catch (error) {
      if (error instanceof ConsumerError) throw error.error
      throw toModelUnavailable('openai_compat', error, apiKey)
    }
  }

  async function answer(request: ModelRequest, onText?: (delta: string) => void): Promise<ModelResult> {
    const tools = request.tools ?? []
    const messages: ChatMessage[] = [{ role: 'system', content: request.system }, ...request.messages]
    const result: ModelResult = { text: '', model: modelFor(request.tier), inputTokens: 0, outputTokens: 0, stopReason: '', toolCalls: [] }
    const texts: string[] = []

    for (let round = 0; ; round++) {
      const body = {
        model: result.model,
        messages,
        max_tokens: request.maxTokens,
        ...(tools.length > 0
          ? {
              tools: tools.map((tool) => ({ type: 'function', function: { name: tool.name, description: tool.description, parameters: tool.inputSchema } })),
              tool_choice: round === maxToolRounds ? 'none' : 'auto',
            }
          : {}),
        ...(onText ? { stream: true, stream_options: { include_usage: true } } : {}),
      }
      const emit = roundEmitter(onText, texts.length === 0)
      const completion = await post(body, request.signal, emit)
      const choice = completion.choices?.[0]
      if (!choice) throw new ModelUnavailableError('openai_compat', `no choices in the response from ${result.model}`)

      const text = choice.message.content ?? ''
      if (completion.model) result.model = completion.model
      // Servers that leave usage out get an estimate, so accounting still has a figure.
      result.inputTokens += completion.usage?.prompt_tokens ?? estimateTokens(...messages.map((message) => message.content))
      result.outputTokens += completion.usage?.completion_tokens ?? estimateTokens(text)
      result.stopReason = stopReasonOf(choice.finish_reason)
      if (text) texts.push(text)

      // Some servers answer tool calls with finish_reason "stop", so the calls themselves decide.
      const calls = choice.message.tool_calls ?? []
      if (calls.length === 0 || round === maxToolRounds) break

      messages.push({ role: 'assistant', content: text, tool_calls: calls })
      for (const call of calls) {
        const input = parseArguments(call.function.arguments)
        result.toolCalls.push({ name: call.function.name, input })
        const outcome = await runToolCall(tools, call.function.name, input)
        messages.push({ role: 'tool', tool_call_id: call.id, content: outcome.content })
      }
    }

    result.text = texts.join('\n\n')
    return result
  }

  return {
    name: 'openai_compat',
    modelFor,
    complete: (request) => answer(request),
    stream: (request, onText) => answer(request, onText),
  }
}
