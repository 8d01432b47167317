import { describe, expect, test } from 'vitest'
import { costUsd, createModelProvider, defaultAnthropicModels, ModelUnavailableError } from '../../functions/ai/providers'
import type { Grounding, ModelRequest, ModelTool } from '../../functions/ai/providers'
import { readRecorded, recordedEvents, recordedFetch, type Fixture } from '../support/model'

const apiKey = 'sk-ant-api03-test-key-that-must-never-leak-0123456789'
const compatKey = 'ollama-proxy-secret-never-logged'
const system = 'You are Z, the assistant inside ZAFTO. Answer for a field tech at Test Electric.'
const emptyGrounding: Grounding = { knowledge: [], citations: [], patterns: [] }

const request = (overrides: Partial<ModelRequest> = {}): ModelRequest => ({
  tier: 'balanced',
  system,
  messages: [{ role: 'user', content: 'What wire size for a 20 amp kitchen circuit?' }],
  maxTokens: 1024,
  grounding: emptyGrounding,
  ...overrides,
})

const recordedJson = (file: string) => JSON.parse(readRecorded(file))

/** The read-only tools the pipeline offers; `calls` records what the model made them do. */
function readOnlyTools(listJobs: (input: unknown) => Promise<unknown> = async () => jobsTomorrow) {
  const calls: { name: string; input: unknown }[] = []
  const tools: ModelTool[] = [
    {
      name: 'list_jobs',
      description: "List the user's visible jobs, filtered by status and date.",
      inputSchema: { type: 'object', properties: { status: { type: 'string' }, date: { type: 'string', format: 'date' } } },
      run: async (input) => {
        calls.push({ name: 'list_jobs', input })
        return listJobs(input)
      },
    },
    {
      name: 'find_customer',
      description: 'Find a customer the user may see, by name.',
      inputSchema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
      run: async (input) => {
        calls.push({ name: 'find_customer', input })
        return []
      },
    },
  ]
  return { tools, calls }
}

const jobsTomorrow = [
  { title: 'Panel upgrade', customer: 'R. Alvarez', start: '08:00' },
  { title: 'EV charger install', customer: 'Chen residence', start: '13:00' },
]
const writeLike = /create|update|delete|record|clock|send|void|pay/i

function anthropic(fixtures: Fixture[], models: { fast?: string; balanced?: string; deep?: string } = {}) {
  const fetch = recordedFetch(fixtures)
  return { fetch, provider: createModelProvider({ anthropicApiKey: apiKey, models }, { fetch }) }
}

function compat(fixtures: Fixture[], models: { fast?: string; balanced?: string; deep?: string } = { balanced: 'llama3.1:8b' }) {
  const fetch = recordedFetch(fixtures)
  const provider = createModelProvider({ openaiCompat: { baseUrl: 'http://127.0.0.1:11434/v1/', apiKey: compatKey }, models }, { fetch })
  return { fetch, provider }
}

/** Runs `promise`, expecting a ModelUnavailableError that never mentions `secret`. */
async function expectUnavailable(promise: Promise<unknown>, secret: string) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ModelUnavailableError)
  const unavailable = error as ModelUnavailableError
  expect(unavailable.message).toBe("Z's model provider did not answer; try again in a minute.")
  expect(unavailable.status).toBe(503)
  for (const text of [unavailable.message, unavailable.detail, unavailable.options.internal ?? '', unavailable.stack ?? '', JSON.stringify(unavailable)]) {
    expect(text).not.toContain(secret)
  }
  return unavailable
}

describe('the Anthropic provider, through the real SDK and recorded responses', () => {
  test('a plain answer is parsed from the recorded JSON, with the usage the response reported', async () => {
    const { fetch, provider } = anthropic([{ file: 'anthropic/plain-answer.json' }])
    const result = await provider.complete(request())
    const recorded = recordedJson('anthropic/plain-answer.json')

    expect(provider.name).toBe('anthropic')
    // The thinking block comes first; the answer is the text block, found by type.
    expect(result.text).toBe(recorded.content[1].text)
    expect(result).toMatchObject({ model: 'claude-sonnet-5-5', inputTokens: 1843, outputTokens: 96, stopReason: 'end_turn', toolCalls: [] })

    const [sent] = fetch.requests
    expect(sent!.url).toBe('https://api.anthropic.com/v1/messages')
    expect(sent!.method).toBe('POST')
    // SDK 1.x sends the key as a bearer token; the recorder keeps only that it was there.
    expect(sent!.headers.authorization).toBe('[redacted]')
    expect(JSON.stringify(fetch.requests)).not.toContain(apiKey)
    expect(sent!.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(sent!.body).toEqual({
      model: 'claude-sonnet-5-5',
      max_tokens: 1024,
      system,
      messages: [{ role: 'user', content: 'What wire size for a 20 amp kitchen circuit?' }],
    })
    fetch.assertAllServed()
  })

  test('each tier asks for its own model id, and the settings override the defaults', async () => {
    const byModel = (model: string) => (body: any) => body.model === model
    const { fetch, provider } = anthropic([
      { file: 'anthropic/hedging-answer.json', match: byModel('claude-opus-5-5') },
      { file: 'anthropic/fast-answer.json', match: byModel('claude-haiku-5-5') },
      { file: 'anthropic/plain-answer.json', match: byModel('claude-sonnet-5-5') },
    ])
    expect(defaultAnthropicModels).toEqual({ fast: 'claude-haiku-5-5', balanced: 'claude-sonnet-5-5', deep: 'claude-opus-5-5' })

    const fast = await provider.complete(request({ tier: 'fast', messages: [{ role: 'user', content: '3/4 inch in mm?' }] }))
    const balanced = await provider.complete(request({ tier: 'balanced' }))
    const deep = await provider.complete(request({ tier: 'deep', messages: [{ role: 'user', content: 'Do I need AFCI when extending a bedroom circuit?' }] }))

    expect(fetch.requests.map((r) => r.body.model)).toEqual(['claude-haiku-5-5', 'claude-sonnet-5-5', 'claude-opus-5-5'])
    expect([fast.model, balanced.model, deep.model]).toEqual(['claude-haiku-5-5', 'claude-sonnet-5-5', 'claude-opus-5-5'])
    expect(fast.text).toBe('3/4 inch is 19.05 mm (0.75 × 25.4).')
    // The hedging answer arrives as written; judging it is the pipeline's work.
    expect(deep.text).toMatch(/^I'm not certain/)
    expect(deep.text).toContain('verify with the local AHJ')
    fetch.assertAllServed()

    const overridden = anthropic([{ file: 'anthropic/plain-answer.json' }], { deep: 'claude-opus-4-6' })
    expect(overridden.provider.modelFor('deep')).toBe('claude-opus-4-6')
    expect(overridden.provider.modelFor('fast')).toBe('claude-haiku-5-5')
  })

  test('a streamed answer arrives as text deltas, in order, that add up to the final text', async () => {
    const { fetch, provider } = anthropic([{ file: 'anthropic/streamed-answer.sse' }])
    const deltas: string[] = []
    const result = await provider.stream(request({ tier: 'fast', messages: [{ role: 'user', content: '3/4 inch in mm?' }] }), (delta) => deltas.push(delta))

    const recorded = recordedEvents('anthropic/streamed-answer.sse')
    const recordedDeltas = recorded.filter((e) => e.delta?.type === 'text_delta').map((e) => e.delta.text)
    expect(recordedDeltas.length).toBeGreaterThan(3)
    expect(deltas).toEqual(recordedDeltas)
    expect(result.text).toBe(deltas.join(''))
    expect(result.text).toBe('3/4 inch is 19.05 mm (0.75 × 25.4). For conduit, 3/4" EMT is metric designator 21.')
    // Input from message_start, output from the final message_delta.
    expect(result).toMatchObject({ model: 'claude-haiku-5-5', inputTokens: 655, outputTokens: 38, stopReason: 'end_turn' })
    expect(fetch.requests[0]!.body).toMatchObject({ model: 'claude-haiku-5-5', stream: true, system })
    fetch.assertAllServed()
  })

  test("the tool loop runs our tool once with the model's input and sends a tool_result back", async () => {
    const { fetch, provider } = anthropic([{ file: 'anthropic/tool-use-request.json' }, { file: 'anthropic/tool-use-final.json' }])
    const { tools, calls } = readOnlyTools()
    const result = await provider.complete(request({ messages: [{ role: 'user', content: 'What jobs do I have tomorrow?' }], tools }))

    const first = recordedJson('anthropic/tool-use-request.json')
    const final = recordedJson('anthropic/tool-use-final.json')
    expect(calls).toEqual([{ name: 'list_jobs', input: { status: 'scheduled', date: '2026-12-02' } }])
    expect(result.toolCalls).toEqual([{ name: 'list_jobs', input: { status: 'scheduled', date: '2026-12-02' } }])
    expect(result.text).toBe(final.content[0].text)
    expect(result.inputTokens).toBe(first.usage.input_tokens + final.usage.input_tokens)
    expect(result.outputTokens).toBe(first.usage.output_tokens + final.usage.output_tokens)
    expect(result.stopReason).toBe('end_turn')

    expect(fetch.requests).toHaveLength(2)
    for (const sent of fetch.requests) {
      expect(sent.body.tools).toEqual([
        { name: 'list_jobs', description: tools[0]!.description, input_schema: tools[0]!.inputSchema },
        { name: 'find_customer', description: tools[1]!.description, input_schema: tools[1]!.inputSchema },
      ])
      expect(sent.body.tools.filter((tool: { name: string }) => writeLike.test(tool.name))).toEqual([])
    }
    const second = fetch.requests[1]!.body
    expect(second.messages).toEqual([
      { role: 'user', content: 'What jobs do I have tomorrow?' },
      // The assistant turn goes back unchanged, thinking block and signature included.
      { role: 'assistant', content: first.content },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01D7FLrfh4GYq7yT1ULmeyrp', content: JSON.stringify(jobsTomorrow) }] },
    ])
    fetch.assertAllServed()
  })

  test('a streamed tool call is assembled from its input_json_delta pieces and the loop streams the final answer', async () => {
    const { fetch, provider } = anthropic([{ file: 'anthropic/tool-use-request.sse' }, { file: 'anthropic/tool-use-final.sse' }])
    const { tools, calls } = readOnlyTools()
    const deltas: string[] = []
    const result = await provider.stream(request({ messages: [{ role: 'user', content: 'What jobs do I have tomorrow?' }], tools }), (d) => deltas.push(d))

    expect(calls).toEqual([{ name: 'list_jobs', input: { status: 'scheduled', date: '2026-12-02' } }])
    expect(deltas.length).toBeGreaterThan(2)
    expect(deltas.join('')).toBe(result.text)
    expect(result.text).toBe('You have two jobs scheduled for tomorrow: the panel upgrade for R. Alvarez at 8:00 and the EV charger install for the Chen residence at 13:00.')
    expect(result).toMatchObject({ inputTokens: 2310 + 2468, outputTokens: 74 + 41 })

    const toolResult = fetch.requests[1]!.body.messages[2].content[0]
    expect(toolResult).toEqual({ type: 'tool_result', tool_use_id: 'toolu_01D7FLrfh4GYq7yT1ULmeyrp', content: JSON.stringify(jobsTomorrow) })
    const assistant = fetch.requests[1]!.body.messages[1]
    expect(assistant.content.map((block: { type: string }) => block.type)).toEqual(['thinking', 'tool_use'])
    expect(assistant.content[0].signature).toBe(recordedJson('anthropic/tool-use-request.json').content[0].signature)
    fetch.assertAllServed()
  })

  test('text written before a tool call and the final answer are streamed and returned with a blank line between them', async () => {
    const { fetch, provider } = anthropic(
      [{ file: 'anthropic/tool-use-with-preamble.sse' }, { file: 'anthropic/tool-use-with-preamble-final.sse' }],
      { balanced: 'claude-sonnet-4-6' },
    )
    const { tools, calls } = readOnlyTools()
    const deltas: string[] = []
    const result = await provider.stream(request({ tools }), (d) => deltas.push(d))

    expect(calls).toHaveLength(1)
    expect(result.text).toBe(
      'Let me check your schedule for tomorrow.\n\nYou have two jobs tomorrow: the panel upgrade for R. Alvarez at 8:00 and the EV charger install for the Chen residence at 13:00.',
    )
    expect(deltas.join('')).toBe(result.text)
    expect(fetch.requests.map((r) => r.body.model)).toEqual(['claude-sonnet-4-6', 'claude-sonnet-4-6'])
    fetch.assertAllServed()
  })

  test('after four tool rounds the model is asked to answer with what it has, without more tools', async () => {
    const toolRound = { file: 'anthropic/tool-use-request.json', match: (body: any) => body.tool_choice === undefined }
    const { fetch, provider } = anthropic([
      toolRound,
      toolRound,
      toolRound,
      toolRound,
      { file: 'anthropic/tool-use-final.json', match: (body) => body.tool_choice?.type === 'none' },
    ])
    const { tools, calls } = readOnlyTools()
    const result = await provider.complete(request({ tools }))

    expect(calls).toHaveLength(4)
    expect(fetch.requests).toHaveLength(5)
    expect(fetch.requests.at(-1)!.body.tool_choice).toEqual({ type: 'none' })
    expect(result.text).toBe(recordedJson('anthropic/tool-use-final.json').content[0].text)
    fetch.assertAllServed()
  })

  test('a failing tool is reported to the model as an error result, without its internal message', async () => {
    const { fetch, provider } = anthropic([{ file: 'anthropic/tool-use-request.json' }, { file: 'anthropic/tool-use-final.json' }])
    const { tools } = readOnlyTools(async () => {
      throw new Error('relation "jobs" does not exist at character 15')
    })
    await provider.complete(request({ tools }))

    const toolResult = fetch.requests[1]!.body.messages[2].content[0]
    expect(toolResult).toMatchObject({ type: 'tool_result', tool_use_id: 'toolu_01D7FLrfh4GYq7yT1ULmeyrp', is_error: true })
    expect(toolResult.content).not.toMatch(/relation|character/)
    fetch.assertAllServed()
  })

  test('an overloaded API (529) becomes ModelUnavailableError after one retry, without the key', async () => {
    const overloaded = { file: 'anthropic/overloaded-529.json', status: 529, headers: { 'request-id': 'req_011CVh2kQm8sT4nZx7WbP3aR' } }
    const { fetch, provider } = anthropic([overloaded, overloaded])
    const error = await expectUnavailable(provider.complete(request()), apiKey)

    expect(error.provider).toBe('anthropic')
    expect(error.detail).toMatch(/529/)
    expect(error.detail).toMatch(/overloaded/i)
    expect(fetch.requests).toHaveLength(2)
    fetch.assertAllServed()
  })

  test('an overloaded error in the middle of a stream becomes ModelUnavailableError too', async () => {
    const { provider } = anthropic([{ file: 'anthropic/overloaded-mid-stream.sse' }])
    const error = await expectUnavailable(provider.stream(request(), () => {}), apiKey)
    expect(error.detail).toMatch(/overloaded/i)
  })

  test('a network failure becomes ModelUnavailableError with the cause in its detail', async () => {
    let attempts = 0
    const unreachable = (async () => {
      attempts++
      throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND api.anthropic.com') })
    }) as unknown as typeof fetch
    const provider = createModelProvider({ anthropicApiKey: apiKey, models: {} }, { fetch: unreachable })
    const error = await expectUnavailable(provider.complete(request()), apiKey)
    expect(error.detail).toMatch(/Connection error|ENOTFOUND|fetch failed/)
    expect(attempts).toBe(2)
  })
})

describe('the OpenAI-compatible provider (Ollama, llama.cpp, vLLM)', () => {
  test('a JSON completion is parsed, with the system prompt first and the usage the server reported', async () => {
    const { fetch, provider } = compat([{ file: 'openai/chat-completion.json' }])
    const result = await provider.complete(request())

    expect(provider.name).toBe('openai_compat')
    expect(result).toEqual({
      text: 'Use 12 AWG copper for a 20-amp circuit; 14 AWG is limited to 15 amps by NEC 240.4(D).',
      model: 'llama3.1:8b',
      inputTokens: 412,
      outputTokens: 31,
      stopReason: 'end_turn',
      toolCalls: [],
    })
    const [sent] = fetch.requests
    expect(sent!.url).toBe('http://127.0.0.1:11434/v1/chat/completions')
    expect(sent!.headers.authorization).toBe('[redacted]')
    expect(sent!.body).toEqual({
      model: 'llama3.1:8b',
      max_tokens: 1024,
      messages: [
        { role: 'system', content: system },
        { role: 'user', content: 'What wire size for a 20 amp kitchen circuit?' },
      ],
    })
    fetch.assertAllServed()
  })

  test('a streamed completion is parsed from SSE up to data: [DONE], deltas in order', async () => {
    const { fetch, provider } = compat([{ file: 'openai/chat-completion.sse' }])
    const deltas: string[] = []
    const result = await provider.stream(request({ tier: 'fast' }), (d) => deltas.push(d))

    const recordedDeltas = recordedEvents('openai/chat-completion.sse')
      .map((e) => e.choices?.[0]?.delta?.content)
      .filter(Boolean)
    expect(deltas).toEqual(recordedDeltas)
    expect(result.text).toBe('3/4 inch is 19.05 mm (0.75 × 25.4).')
    expect(result).toMatchObject({ inputTokens: 398, outputTokens: 14, stopReason: 'end_turn', model: 'llama3.1:8b' })
    expect(fetch.requests[0]!.body).toMatchObject({ stream: true, stream_options: { include_usage: true } })
    fetch.assertAllServed()
  })

  test('a tool call runs our tool once and its result goes back as a tool message', async () => {
    const { fetch, provider } = compat([{ file: 'openai/tool-calls.json' }, { file: 'openai/tool-calls-final.json' }])
    const { tools, calls } = readOnlyTools()
    const result = await provider.complete(request({ messages: [{ role: 'user', content: 'What jobs do I have tomorrow?' }], tools }))

    expect(calls).toEqual([{ name: 'list_jobs', input: { status: 'scheduled', date: '2026-12-02' } }])
    expect(result.toolCalls).toEqual(calls)
    expect(result.text).toBe(recordedJson('openai/tool-calls-final.json').choices[0].message.content)
    expect(result).toMatchObject({ inputTokens: 503 + 588, outputTokens: 27 + 36, stopReason: 'end_turn' })

    const [first, second] = fetch.requests
    expect(first!.body.tools).toEqual(
      tools.map((tool) => ({ type: 'function', function: { name: tool.name, description: tool.description, parameters: tool.inputSchema } })),
    )
    expect(first!.body.tool_choice).toBe('auto')
    expect(second!.body.messages.slice(2)).toEqual([
      { role: 'assistant', content: '', tool_calls: recordedJson('openai/tool-calls.json').choices[0].message.tool_calls },
      { role: 'tool', tool_call_id: 'call_9xq2lm4v', content: JSON.stringify(jobsTomorrow) },
    ])
    fetch.assertAllServed()
  })

  test('a streamed tool call is joined from its fragments before the tool runs', async () => {
    const { fetch, provider } = compat([{ file: 'openai/tool-calls.sse' }, { file: 'openai/tool-calls-final.sse' }])
    const { tools, calls } = readOnlyTools()
    const deltas: string[] = []
    const result = await provider.stream(request({ tools }), (d) => deltas.push(d))

    expect(calls).toEqual([{ name: 'list_jobs', input: { status: 'scheduled', date: '2026-12-02' } }])
    expect(deltas.join('')).toBe(result.text)
    expect(result.text).toBe('Two jobs are scheduled tomorrow: the panel upgrade for R. Alvarez at 8:00 and the EV charger install at the Chen residence at 13:00.')
    expect(fetch.requests[1]!.body.messages.at(-1)).toEqual({ role: 'tool', tool_call_id: 'call_4kd81zpq', content: JSON.stringify(jobsTomorrow) })
    fetch.assertAllServed()
  })

  test('a tier without its own model uses the balanced one; without any model it is a configuration error', () => {
    const { provider } = compat([], { balanced: 'llama3.1:8b', deep: 'qwen2.5:32b' })
    expect([provider.modelFor('fast'), provider.modelFor('balanced'), provider.modelFor('deep')]).toEqual(['llama3.1:8b', 'llama3.1:8b', 'qwen2.5:32b'])
    expect(() => compat([], { fast: 'llama3.2:3b' })).toThrow(/Z_MODEL_BALANCED/)
  })

  test('a server error becomes ModelUnavailableError without the key', async () => {
    const { provider } = compat([{ file: 'openai/model-not-found-404.json', status: 404 }])
    const error = await expectUnavailable(provider.complete(request()), compatKey)
    expect(error.provider).toBe('openai_compat')
    expect(error.detail).toContain('HTTP 404')
    expect(error.detail).toContain('not found, try pulling it first')
  })
})

describe('the offline provider, the default without a key', () => {
  const notice = /No language model is configured on this server/g
  const grounding: Grounding = {
    knowledge: [
      { title: 'NEC 210.12 Arc-Fault Circuit-Interrupter Protection', heading: '(D) Branch Circuit Extensions', snippet: 'Where branch-circuit wiring is modified, replaced, or extended…', url: 'https://example.test/nec/210.12' },
      { title: 'AFCI field guide', snippet: 'Combination AFCI breakers protect the whole branch circuit.' },
      { title: 'Bedroom circuits FAQ', snippet: 'Bedrooms have required AFCI protection since the 1999 NEC.' },
      { title: 'A fourth, lower-ranked document', snippet: 'Not quoted.' },
    ],
    citations: [{ label: 'NEC 210.12', url: 'https://example.test/nec/210.12' }],
    patterns: [{ phrase: 'Extensions of older bedroom circuits usually add a combination AFCI breaker.' }],
  }

  test('it is chosen when no provider is configured, and calls no network', async () => {
    const fetch = recordedFetch([])
    const provider = createModelProvider({ models: { balanced: 'ignored' } }, { fetch })
    expect(provider.name).toBe('offline')
    expect(provider.modelFor('deep')).toBe('offline')
    await provider.complete(request({ grounding }))
    await provider.stream(request({ grounding }), () => {})
    expect(fetch.requests).toEqual([])
  })

  test('it answers from the fast-path answer, then the citations and patterns, and says once that no model is configured', async () => {
    const provider = createModelProvider({ models: {} })
    const result = await provider.complete(request({ grounding: { ...grounding, fastAnswer: 'You have 3 overdue invoices totalling $4,210.00.' } }))

    expect(result.text.startsWith('You have 3 overdue invoices totalling $4,210.00.')).toBe(true)
    expect(result.text).toContain('NEC 210.12 — https://example.test/nec/210.12')
    expect(result.text).toContain('Extensions of older bedroom circuits usually add a combination AFCI breaker.')
    expect(result.text.match(notice)).toHaveLength(1)
    expect(result.text).toMatch(/ANTHROPIC_API_KEY/)
    expect(result.text).toMatch(/OPENAI_COMPAT_BASE_URL/)
    expect(result.text.indexOf('NEC 210.12 —')).toBeLessThan(result.text.indexOf('Extensions of older bedroom'))
    expect(result).toMatchObject({ model: 'offline', stopReason: 'end_turn', toolCalls: [] })
    // Estimates: characters / 4, rounded up.
    expect(result.outputTokens).toBe(Math.ceil(result.text.length / 4))
    expect(result.inputTokens).toBe(Math.ceil((system.length + request().messages[0]!.content.length) / 4))
  })

  test('without a fast-path answer it quotes the top knowledge snippets under their titles', async () => {
    const result = await createModelProvider({ models: {} }).complete(request({ grounding }))

    expect(result.text).toContain('NEC 210.12 Arc-Fault Circuit-Interrupter Protection — (D) Branch Circuit Extensions\nWhere branch-circuit wiring is modified')
    expect(result.text).toContain('AFCI field guide\nCombination AFCI breakers')
    expect(result.text).toContain('Bedroom circuits FAQ')
    expect(result.text).not.toContain('A fourth, lower-ranked document')
    // The citation and the quoted document share a URL: listed once.
    expect(result.text.match(/https:\/\/example\.test\/nec\/210\.12/g)).toHaveLength(1)
    expect(result.text.match(notice)).toHaveLength(1)
  })

  test('with nothing found it says it has nothing on this yet and suggests what to do', async () => {
    const result = await createModelProvider({ models: {} }).complete(request())
    expect(result.text).toMatch(/^I don't have anything on this yet\./)
    expect(result.text).toMatch(/for example "show my overdue invoices"/)
    expect(result.text.match(notice)).toHaveLength(1)
  })

  test('streaming emits a few word groups that add up to the same text', async () => {
    const provider = createModelProvider({ models: {} })
    const deltas: string[] = []
    const streamed = await provider.stream(request({ grounding }), (d) => deltas.push(d))
    const completed = await provider.complete(request({ grounding }))

    expect(deltas.length).toBeGreaterThan(3)
    expect(deltas.every((d) => d.trim().split(/\s+/).length <= 8)).toBe(true)
    expect(deltas.join('')).toBe(streamed.text)
    expect(streamed.text).toBe(completed.text)
  })
})

describe('a consumer that fails while reading a stream', () => {
  test('gets its own error back, not a provider failure, from both providers', async () => {
    const closed = new Error('the client closed the connection')
    const failOnFirst = () => {
      throw closed
    }
    const viaAnthropic = anthropic([{ file: 'anthropic/streamed-answer.sse' }]).provider.stream(request({ tier: 'fast' }), failOnFirst)
    await expect(viaAnthropic).rejects.toBe(closed)
    const viaCompat = compat([{ file: 'openai/chat-completion.sse' }]).provider.stream(request(), failOnFirst)
    await expect(viaCompat).rejects.toBe(closed)
  })
})

describe('a request the caller aborted', () => {
  test('ends with the abort, not a provider failure, for every provider', async () => {
    const signal = AbortSignal.abort()
    const providers = [
      anthropic([{ file: 'anthropic/plain-answer.json' }]).provider,
      compat([{ file: 'openai/chat-completion.json' }]).provider,
      createModelProvider({ models: {} }),
    ]
    for (const provider of providers) {
      const error = await provider.complete(request({ signal })).then(
        () => undefined,
        (e: unknown) => e,
      )
      expect(error, provider.name).toBeInstanceOf(Error)
      expect(error, provider.name).not.toBeInstanceOf(ModelUnavailableError)
      expect((error as Error).name, provider.name).toMatch(/AbortError|APIUserAbortError/)
    }
  })
})

describe('provider choice', () => {
  test('an Anthropic key wins over an OpenAI-compatible URL, which wins over offline', () => {
    expect(createModelProvider({ anthropicApiKey: apiKey, openaiCompat: { baseUrl: 'http://127.0.0.1:11434/v1' }, models: {} }).name).toBe('anthropic')
    expect(createModelProvider({ openaiCompat: { baseUrl: 'http://127.0.0.1:11434/v1' }, models: { balanced: 'llama3.1:8b' } }).name).toBe('openai_compat')
    expect(createModelProvider({ models: {} }).name).toBe('offline')
  })
})

describe('costUsd', () => {
  test('prices a call at the model line’s list price per million tokens', () => {
    expect(costUsd('claude-sonnet-5-5', 12_000, 800)).toBeCloseTo(0.032, 12)
    expect(costUsd('claude-opus-5-5', 1_000_000, 1_000_000)).toBe(24)
    expect(costUsd('claude-opus-4-6', 1_000_000, 1_000_000)).toBe(30)
    expect(costUsd('claude-haiku-4-5', 1_000_000, 1_000_000)).toBe(6)
    expect(costUsd('claude-sonnet-4-6', 2_000, 1_000)).toBeCloseTo(0.021, 12)
  })

  test('a dated snapshot costs what its alias costs', () => {
    expect(costUsd('claude-haiku-4-5-20251001', 5_000, 300)).toBe(costUsd('claude-haiku-4-5', 5_000, 300))
  })

  test('Haiku 5.5 prompts over 100K tokens bill at the higher rate', () => {
    expect(costUsd('claude-haiku-5-5', 100_000, 1_000)).toBeCloseTo(0.0105, 12)
    expect(costUsd('claude-haiku-5-5', 100_001, 1_000)).toBeCloseTo(0.0525005, 12)
  })

  test('offline is free; local and unknown models have no price', () => {
    expect(costUsd('offline', 5_000, 300)).toBe(0)
    expect(costUsd('llama3.1:8b', 5_000, 300)).toBeNull()
    expect(costUsd('claude-sonnet-9', 5_000, 300)).toBeNull()
    expect(costUsd('claude-fable-5-2', 5_000, 300)).toBeNull()
  })
})
