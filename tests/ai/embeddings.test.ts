import { describe, expect, test } from 'vitest'
import { createEmbedder, embeddingSettingsFrom } from '../../functions/ai/embeddings/create-embedder'
import { parseConfig } from '../../functions/lib/config'

/** A fetch that answers every request with `body` and keeps what it was sent. */
function answering(body: unknown, status = 200) {
  const sent: { url: string; headers: Headers; body: any }[] = []
  const fake = (async (url: string, init: RequestInit) => {
    sent.push({ url, headers: new Headers(init.headers), body: JSON.parse(String(init.body)) })
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
  }) as unknown as typeof fetch
  return { fake, sent }
}
const vector = (n: number, value = 0.5) => Array.from({ length: n }, () => value)

describe('API embedders', () => {
  test('OpenAI asks for 384 dimensions and keeps the input order', async () => {
    const { fake, sent } = answering({ data: [{ index: 1, embedding: vector(384, 0.2) }, { index: 0, embedding: vector(384, 0.1) }] })
    const embedder = createEmbedder({ provider: 'openai', apiKey: 'sk-test-123' }, { fetch: fake })
    const [first, second] = await embedder.embed(['a', 'b'])
    expect(first![0]).toBe(0.1)
    expect(second![0]).toBe(0.2)
    expect(sent[0]).toMatchObject({ url: 'https://api.openai.com/v1/embeddings', body: { model: 'text-embedding-3-small', input: ['a', 'b'], dimensions: 384 } })
    expect(sent[0]!.headers.get('authorization')).toBe('Bearer sk-test-123')
    expect(embedder.model).toBe('openai:text-embedding-3-small:384')
  })

  test('Voyage answers 256 dimensions, padded with zeros to the index size', async () => {
    const { fake, sent } = answering({ data: [{ index: 0, embedding: vector(256) }] })
    const [padded] = await createEmbedder({ provider: 'voyage', apiKey: 'pa-test' }, { fetch: fake }).embed(['gfci in garages'])
    expect(padded).toHaveLength(384)
    expect(padded!.slice(256).every((value) => value === 0)).toBe(true)
    expect(sent[0]!.body).toMatchObject({ model: 'voyage-3.5-lite', output_dimension: 256 })
  })

  test('Workers AI runs bge-small through the account REST API', async () => {
    const { fake, sent } = answering({ result: { shape: [1, 384], data: [vector(384)] }, success: true })
    const [embedding] = await createEmbedder({ provider: 'workers_ai', accountId: 'acc123', apiToken: 'cf-token' }, { fetch: fake }).embed(['x'])
    expect(embedding).toHaveLength(384)
    expect(sent[0]!.url).toBe('https://api.cloudflare.com/client/v4/accounts/acc123/ai/run/@cf/baai/bge-small-en-v1.5')
    expect(sent[0]!.body).toEqual({ text: ['x'] })
  })

  test('a provider error says which provider and status, and a vector too long for the index is refused', async () => {
    await expect(createEmbedder({ provider: 'openai', apiKey: 'k' }, { fetch: answering({ error: 'quota' }, 429).fake }).embed(['x'])).rejects.toThrow(/OpenAI embeddings answered 429/)
    await expect(createEmbedder({ provider: 'openai', apiKey: 'k' }, { fetch: answering({ data: [{ index: 0, embedding: vector(1536) }] }).fake }).embed(['x'])).rejects.toThrow(/1536 dimensions; the knowledge index holds 384/)
  })
})

describe('choosing the embedder from the environment', () => {
  test('the offline hashing embedder is the default; a provider without its keys is a configuration error naming them', () => {
    expect(embeddingSettingsFrom({})).toEqual({ provider: 'hashing' })
    expect(() => embeddingSettingsFrom({ EMBEDDINGS_PROVIDER: 'workers_ai', CLOUDFLARE_ACCOUNT_ID: 'a' })).toThrow('EMBEDDINGS_PROVIDER=workers_ai needs CLOUDFLARE_API_TOKEN.')
    expect(() => embeddingSettingsFrom({ EMBEDDINGS_PROVIDER: 'bert' })).toThrow(/must be hashing, openai, voyage or workers_ai/)
    const base = { SUPABASE_URL: 'http://127.0.0.1:8787', SUPABASE_ANON_KEY: 'an-anon-key-that-is-long-enough' }
    expect(() => parseConfig({ ...base, EMBEDDINGS_PROVIDER: 'voyage' })).toThrow(/EMBEDDINGS_PROVIDER: EMBEDDINGS_PROVIDER=voyage needs VOYAGE_API_KEY/)
    expect(parseConfig({ ...base, EMBEDDINGS_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-1' }).embeddings).toEqual({ provider: 'openai', apiKey: 'sk-1' })
  })
})
