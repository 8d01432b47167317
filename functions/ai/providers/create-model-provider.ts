import { createAnthropicProvider } from './anthropic-provider'
import { createOfflineProvider } from './offline-provider'
import { createOpenAICompatProvider } from './openai-compat-provider'
import type { ModelProvider, ModelSettings } from './types'

/**
 * Z's model provider for these settings: Anthropic when an API key is set; else an
 * OpenAI-compatible server when its base URL is set (which then needs at least the balanced
 * model, or this throws a configuration error); else the offline provider, which needs nothing.
 *
 * @example const provider = createModelProvider({ anthropicApiKey: env.ANTHROPIC_API_KEY, models: {} })
 */
export function createModelProvider(settings: ModelSettings, options: { fetch?: typeof fetch } = {}): ModelProvider {
  if (settings.anthropicApiKey) return createAnthropicProvider({ apiKey: settings.anthropicApiKey, models: settings.models, fetch: options.fetch })
  if (settings.openaiCompat) return createOpenAICompatProvider({ ...settings.openaiCompat, models: settings.models, fetch: options.fetch })
  return createOfflineProvider()
}

/**
 * Model settings from an environment (ANTHROPIC_API_KEY, OPENAI_COMPAT_BASE_URL and
 * OPENAI_COMPAT_API_KEY, Z_MODEL_FAST|BALANCED|DEEP), read the same way by the API and the worker.
 */
export function modelSettingsFrom(env: Record<string, unknown>): ModelSettings {
  const get = (name: string) => (typeof env[name] === 'string' && env[name] ? (env[name] as string) : undefined)
  const baseUrl = get('OPENAI_COMPAT_BASE_URL')
  return {
    anthropicApiKey: get('ANTHROPIC_API_KEY'),
    openaiCompat: baseUrl ? { baseUrl, apiKey: get('OPENAI_COMPAT_API_KEY') } : undefined,
    models: { fast: get('Z_MODEL_FAST'), balanced: get('Z_MODEL_BALANCED'), deep: get('Z_MODEL_DEEP') },
  }
}
