import { EMBEDDING_DIMENSIONS } from '../../../db/schema'
import { createOpenAIEmbedder, createVoyageEmbedder, createWorkersAiEmbedder } from './api-embedders'
import { createHashingEmbedder } from './hashing-embedder'
import type { Embedder } from './types'

export type EmbeddingSettings =
  | { provider: 'hashing' }
  | { provider: 'openai'; apiKey: string; baseUrl?: string }
  | { provider: 'voyage'; apiKey: string }
  | { provider: 'workers_ai'; accountId: string; apiToken: string }

/**
 * The embedder for these settings. The corpus and the questions must use the same one: a
 * change of provider needs `npm run ingest -- --reembed` (retrieval only reads chunks
 * embedded by the current model).
 */
export function createEmbedder(settings: EmbeddingSettings, options: { fetch?: typeof fetch } = {}): Embedder {
  const dimensions = EMBEDDING_DIMENSIONS
  switch (settings.provider) {
    case 'openai':
      return createOpenAIEmbedder({ apiKey: settings.apiKey, baseUrl: settings.baseUrl, dimensions, fetch: options.fetch })
    case 'voyage':
      return createVoyageEmbedder({ apiKey: settings.apiKey, dimensions, fetch: options.fetch })
    case 'workers_ai':
      return createWorkersAiEmbedder({ accountId: settings.accountId, apiToken: settings.apiToken, dimensions, fetch: options.fetch })
    case 'hashing':
      return createHashingEmbedder(dimensions)
  }
}

/**
 * Reads EMBEDDINGS_PROVIDER (hashing | openai | voyage | workers_ai) and its keys from an
 * environment, or throws one message naming what is missing.
 */
export function embeddingSettingsFrom(env: Record<string, unknown>): EmbeddingSettings {
  const get = (name: string) => (typeof env[name] === 'string' && env[name] ? (env[name] as string) : undefined)
  const provider = get('EMBEDDINGS_PROVIDER') ?? 'hashing'
  const need = (...names: string[]) => {
    const missing = names.filter((name) => !get(name))
    if (missing.length) throw new Error(`EMBEDDINGS_PROVIDER=${provider} needs ${missing.join(' and ')}.`)
  }
  switch (provider) {
    case 'hashing':
      return { provider }
    case 'openai':
      need('OPENAI_API_KEY')
      return { provider, apiKey: get('OPENAI_API_KEY')!, baseUrl: get('OPENAI_EMBEDDINGS_BASE_URL') }
    case 'voyage':
      need('VOYAGE_API_KEY')
      return { provider, apiKey: get('VOYAGE_API_KEY')! }
    case 'workers_ai':
      need('CLOUDFLARE_ACCOUNT_ID', 'CLOUDFLARE_API_TOKEN')
      return { provider, accountId: get('CLOUDFLARE_ACCOUNT_ID')!, apiToken: get('CLOUDFLARE_API_TOKEN')! }
    default:
      throw new Error(`EMBEDDINGS_PROVIDER must be hashing, openai, voyage or workers_ai (got "${provider}").`)
  }
}
