import type { Embedder } from './types'

type Fetch = typeof fetch

/** Pads (never truncates) a vector to `dimensions` with zeros: cosine similarity is unchanged. */
function fit(vector: number[], dimensions: number, model: string): number[] {
  if (vector.length > dimensions) throw new Error(`${model} returned ${vector.length} dimensions; the knowledge index holds ${dimensions}.`)
  return vector.length === dimensions ? vector : [...vector, ...new Array<number>(dimensions - vector.length).fill(0)]
}

async function postJson(fetcher: Fetch, url: string, headers: Record<string, string>, body: unknown, provider: string): Promise<any> {
  const response = await fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  if (!response.ok) {
    const detail = (await response.text().catch(() => '')).slice(0, 200)
    throw new Error(`${provider} embeddings answered ${response.status}${detail ? `: ${detail}` : ''}`)
  }
  return response.json()
}

/** OpenAI (or a compatible server): text-embedding-3-small shortened to the index's dimensions by the API. */
export function createOpenAIEmbedder(options: { apiKey: string; baseUrl?: string; model?: string; dimensions: number; fetch?: Fetch }): Embedder {
  const model = options.model ?? 'text-embedding-3-small'
  const fetcher = options.fetch ?? fetch
  return {
    model: `openai:${model}:${options.dimensions}`,
    dimensions: options.dimensions,
    async embed(texts) {
      const body = await postJson(fetcher, `${(options.baseUrl ?? 'https://api.openai.com/v1').replace(/\/$/, '')}/embeddings`, { authorization: `Bearer ${options.apiKey}` }, { model, input: texts, dimensions: options.dimensions }, 'OpenAI')
      return (body.data as { index: number; embedding: number[] }[]).sort((a, b) => a.index - b.index).map((item) => fit(item.embedding, options.dimensions, model))
    },
  }
}

/** Voyage AI: voyage-3.5-lite at 256 dimensions, zero-padded to the index's 384 (cosine unchanged). */
export function createVoyageEmbedder(options: { apiKey: string; model?: string; dimensions: number; fetch?: Fetch }): Embedder {
  const model = options.model ?? 'voyage-3.5-lite'
  const fetcher = options.fetch ?? fetch
  return {
    model: `voyage:${model}:256`,
    dimensions: options.dimensions,
    async embed(texts) {
      const body = await postJson(fetcher, 'https://api.voyageai.com/v1/embeddings', { authorization: `Bearer ${options.apiKey}` }, { model, input: texts, output_dimension: 256 }, 'Voyage')
      return (body.data as { index: number; embedding: number[] }[]).sort((a, b) => a.index - b.index).map((item) => fit(item.embedding, options.dimensions, model))
    },
  }
}

/** Cloudflare Workers AI over its REST API: @cf/baai/bge-small-en-v1.5 (384 dimensions). */
export function createWorkersAiEmbedder(options: { accountId: string; apiToken: string; model?: string; dimensions: number; fetch?: Fetch }): Embedder {
  const model = options.model ?? '@cf/baai/bge-small-en-v1.5'
  const fetcher = options.fetch ?? fetch
  return {
    model: `workers-ai:${model}`,
    dimensions: options.dimensions,
    async embed(texts) {
      const body = await postJson(fetcher, `https://api.cloudflare.com/client/v4/accounts/${options.accountId}/ai/run/${model}`, { authorization: `Bearer ${options.apiToken}` }, { text: texts }, 'Workers AI')
      return (body.result.data as number[][]).map((vector) => fit(vector, options.dimensions, model))
    },
  }
}
