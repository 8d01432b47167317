import Anthropic from '@anthropic-ai/sdk'
import type { ContentBlockParam, Message, MessageCreateParamsBase, MessageParam, Tool } from '@anthropic-ai/sdk/resources/messages'
import type { Tier } from '../types'
import { defaultAnthropicModels } from './anthropic-models'
import { toModelUnavailable } from './model-unavailable-error'
import { roundEmitter } from './round-separator'
import { maxToolRounds, runToolCall } from './run-tool-call'
import type { ModelProvider, ModelRequest, ModelResult, ModelSettings, ModelTool } from './types'

type Options = {
  apiKey: string
  /** Per-tier overrides of the SDK-listed defaults. */
  models: ModelSettings['models']
  /** Injected by tests (recorded responses); the global fetch otherwise. */
  fetch?: typeof fetch
}

type Params = MessageCreateParamsBase & { stream?: false }

const toAnthropicTool = (tool: ModelTool): Tool => ({
  name: tool.name,
  description: tool.description,
  input_schema: { ...tool.inputSchema, type: 'object' },
})

/** The text of one response: its text blocks in order (thinking and tool_use blocks are not text). */
const textOf = (message: Message) =>
  message.content
    .filter((block) => block.type === 'text')
    .map((block) => block.text)
    .join('')

/**
 * Claude through the real @anthropic-ai/sdk: `messages.create` to complete, `messages.stream`
 * to stream, and a loop that runs the read-only tools the model asks for (at most
 * `maxToolRounds` rounds, then one last call with `tool_choice: none` so it answers with what
 * it has). Provider failures become ModelUnavailableError, with the key scrubbed.
 */
export function createAnthropicProvider({ apiKey, models, fetch }: Options): ModelProvider {
  // One retry: a chat user waits, so a second 529 is reported rather than retried again.
  const client = new Anthropic({ apiKey, fetch, maxRetries: 1 })
  const modelFor = (tier: Tier): string => models[tier] ?? defaultAnthropicModels[tier]

  /** One call; `emit` gets its text deltas when streaming. SDK errors become ModelUnavailableError. */
  async function call(params: Params, signal: AbortSignal | undefined, emit?: (delta: string) => void): Promise<Message> {
    let listenerError: unknown
    try {
      if (!emit) return await client.messages.create(params, { signal })
      const stream = client.messages.stream(params, { signal })
      stream.on('text', (delta) => {
        try {
          emit(delta)
        } catch (error) {
          // The consumer failed (e.g. its connection closed): stop reading and report its error, not ours.
          listenerError ??= error
          stream.abort()
        }
      })
      return await stream.finalMessage()
    } catch (error) {
      if (listenerError !== undefined) throw listenerError
      throw error instanceof Anthropic.AnthropicError ? toModelUnavailable('anthropic', error, apiKey) : error
    }
  }

  async function answer(request: ModelRequest, onText?: (delta: string) => void): Promise<ModelResult> {
    const tools = request.tools ?? []
    const messages: MessageParam[] = request.messages.map(({ role, content }) => ({ role, content }))
    const result: ModelResult = { text: '', model: modelFor(request.tier), inputTokens: 0, outputTokens: 0, stopReason: '', toolCalls: [] }
    const texts: string[] = []

    for (let round = 0; ; round++) {
      const params: Params = {
        model: result.model,
        max_tokens: request.maxTokens,
        system: request.system,
        messages,
        ...(tools.length > 0 ? { tools: tools.map(toAnthropicTool) } : {}),
        ...(tools.length > 0 && round === maxToolRounds ? { tool_choice: { type: 'none' as const } } : {}),
      }
      const emit = roundEmitter(onText, texts.length === 0)
      const message = await call(params, request.signal, emit)

      result.model = message.model
      result.inputTokens += message.usage.input_tokens
      result.outputTokens += message.usage.output_tokens
      result.stopReason = message.stop_reason ?? 'end_turn'
      const text = textOf(message)
      if (text) texts.push(text)

      const toolUses = message.content.filter((block) => block.type === 'tool_use')
      if (message.stop_reason !== 'tool_use' || toolUses.length === 0 || round === maxToolRounds) break

      // The assistant turn goes back exactly as received: thinking blocks must stay unchanged.
      messages.push({ role: 'assistant', content: message.content })
      const results: ContentBlockParam[] = []
      for (const use of toolUses) {
        result.toolCalls.push({ name: use.name, input: use.input })
        const outcome = await runToolCall(tools, use.name, use.input)
        results.push({ type: 'tool_result', tool_use_id: use.id, content: outcome.content, ...(outcome.isError ? { is_error: true } : {}) })
      }
      messages.push({ role: 'user', content: results })
    }

    result.text = texts.join('\n\n')
    return result
  }

  return {
    name: 'anthropic',
    modelFor,
    complete: (request) => answer(request),
    stream: (request, onText) => answer(request, onText),
  }
}
