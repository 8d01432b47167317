import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const recordedDir = fileURLToPath(new URL('./recorded/', import.meta.url))

/** Reads a file under tests/support/recorded/ (e.g. `anthropic/plain-answer.json`). */
export const readRecorded = (file: string) => readFileSync(recordedDir + file, 'utf8')

/** A recorded response, served once. */
export type Fixture = {
  /** Path under tests/support/recorded/; `.json` is served as JSON, `.sse` as an event stream. */
  file: string
  status?: number
  headers?: Record<string, string>
  /** Serve this fixture only to a request whose parsed JSON body it accepts (e.g. by model id). */
  match?: (body: any) => boolean
}

/** What the code under test sent: credentials are replaced by `[redacted]`, the body is parsed JSON. */
export type RecordedRequest = { url: string; method: string; headers: Record<string, string>; body: any }

export type RecordedFetch = typeof fetch & {
  /** Every request received, in order. */
  requests: RecordedRequest[]
  /** Requests that found no fixture (each also failed the fetch). */
  misses: string[]
  /** Throws unless every fixture was served and no request went without one. */
  assertAllServed(): void
}

const credentialHeaders = new Set(['x-api-key', 'authorization'])

/** An event stream cut into small chunks at arbitrary points (mid-line, mid-character), as a network delivers it. */
function chunkedStream(text: string, chunkBytes = 53): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text)
  let offset = 0
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close()
      controller.enqueue(bytes.slice(offset, offset + chunkBytes))
      offset += chunkBytes
    },
  })
}

/**
 * A `fetch` that serves recorded responses: the first unserved fixture that accepts the request
 * (all do when they have no `match`), so fixtures are served in order. It records every request
 * and fails loudly (a rejected fetch, listed in `misses`) when none is left for a request.
 *
 * @example const fetch = recordedFetch([{ file: 'anthropic/plain-answer.json' }])
 */
export function recordedFetch(fixtures: Fixture[]): RecordedFetch {
  const served = fixtures.map(() => false)
  const requests: RecordedRequest[] = []
  const misses: string[] = []

  const fake = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    init.signal?.throwIfAborted()
    const url = input instanceof Request ? input.url : String(input)
    const headers: Record<string, string> = {}
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = credentialHeaders.has(name) ? '[redacted]' : value
    })
    const text = typeof init.body === 'string' ? init.body : init.body ? new TextDecoder().decode(init.body as ArrayBuffer) : ''
    const body = text ? JSON.parse(text) : undefined
    requests.push({ url, method: init.method ?? 'GET', headers, body })

    const index = fixtures.findIndex((fixture, i) => !served[i] && (!fixture.match || fixture.match(body)))
    const fixture = fixtures[index]
    if (!fixture) {
      const miss = `no recorded response left for ${init.method ?? 'GET'} ${url} (model ${body?.model ?? 'none'})`
      misses.push(miss)
      throw new Error(`recordedFetch: ${miss}`)
    }
    served[index] = true
    const content = readRecorded(fixture.file)
    const isStream = fixture.file.endsWith('.sse')
    return new Response(isStream ? chunkedStream(content) : content, {
      status: fixture.status ?? 200,
      headers: { 'content-type': isStream ? 'text/event-stream; charset=utf-8' : 'application/json', ...fixture.headers },
    })
  }

  return Object.assign(fake as typeof fetch, {
    requests,
    misses,
    assertAllServed() {
      const unused = fixtures.filter((_, i) => !served[i]).map((fixture) => fixture.file)
      if (misses.length > 0 || unused.length > 0) {
        throw new Error(`recordedFetch: ${[...misses, ...unused.map((file) => `${file} was never requested`)].join('; ')}`)
      }
    },
  })
}

/** The JSON payloads of a recorded event stream, in order (`data: [DONE]` left out). */
export function recordedEvents(file: string): any[] {
  return readRecorded(file)
    .split('\n')
    .filter((line) => line.startsWith('data: ') && line !== 'data: [DONE]')
    .map((line) => JSON.parse(line.slice('data: '.length)))
}
