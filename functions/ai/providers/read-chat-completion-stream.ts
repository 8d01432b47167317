import { createParser } from 'eventsource-parser'
import type { ChatCompletion, ChatCompletionChunk, ChatToolCall } from './openai-chat'

/**
 * Reads a `stream: true` chat.completions response (Server-Sent Events parsed with
 * eventsource-parser) into the shape of a non-streamed one, calling `onText` with each content
 * delta in order. Tool-call fragments are joined by their index. Throws when the server reports
 * an error or the stream ends before the answer finished.
 */
export async function readChatCompletionStream(body: ReadableStream<Uint8Array>, onText: (delta: string) => void): Promise<ChatCompletion> {
  let model = ''
  let content = ''
  let finishReason: string | null = null
  let usage: ChatCompletion['usage']
  let finished = false
  const toolCalls: ChatToolCall[] = []

  const parser = createParser({
    onEvent(event) {
      if (finished) return
      if (event.data === '[DONE]') {
        finished = true
        return
      }
      const chunk = JSON.parse(event.data) as ChatCompletionChunk
      if (chunk.error) throw new Error(`stream error: ${chunk.error.message ?? JSON.stringify(chunk.error)}`)
      if (chunk.model) model = chunk.model
      if (chunk.usage) usage = chunk.usage
      const choice = chunk.choices?.[0]
      if (!choice) return
      if (choice.finish_reason) finishReason = choice.finish_reason
      for (const fragment of choice.delta?.tool_calls ?? []) {
        const call = (toolCalls[fragment.index] ??= { id: '', type: 'function', function: { name: '', arguments: '' } })
        if (fragment.id) call.id = fragment.id
        call.function.name += fragment.function?.name ?? ''
        call.function.arguments += fragment.function?.arguments ?? ''
      }
      const delta = choice.delta?.content
      if (delta) {
        content += delta
        onText(delta)
      }
    },
  })

  const reader = body.getReader()
  const decoder = new TextDecoder()
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      // `stream: true` keeps a multi-byte character split across chunks for the next one.
      parser.feed(decoder.decode(value, { stream: true }))
      if (finished) break
    }
  } finally {
    await reader.cancel().catch(() => {})
  }
  if (!finished && finishReason === null) throw new Error('the stream ended before the answer finished')

  const calls = toolCalls.filter(Boolean)
  return {
    model,
    choices: [{ message: { content, ...(calls.length > 0 ? { tool_calls: calls } : {}) }, finish_reason: finishReason }],
    usage,
  }
}
