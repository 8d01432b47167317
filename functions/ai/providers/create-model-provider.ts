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
