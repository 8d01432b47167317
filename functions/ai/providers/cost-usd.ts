import type { KnownAnthropicModel } from './anthropic-models'

/** US cents per million tokens; integers so the sum is exact until the one final division. */
type ListPrice = { input: number; output: number; longPrompt?: { overTokens: number; input: number; output: number } }

/** Every Haiku, Sonnet and Opus id the SDK lists (dated snapshots are priced as their alias). */
type PricedModel = Exclude<Extract<KnownAnthropicModel, `claude-${'haiku' | 'sonnet' | 'opus'}-${string}`>, `${string}-20${string}`>

/**
 * Anthropic's standard list prices, from its model pages (platform.claude.com/docs/en/models).
 * Prices differ within a line (Opus 5.5 is $4/$20, Opus 4.6 $5/$25; Haiku 5.5 a tenth of
 * Haiku 4.5), so they are kept per model, not per family. The table must name every such id
 * the SDK lists: upgrading the SDK to one with a new model fails typecheck until it is priced.
 * Cache writes/reads and batch discounts are not used by Z and not modelled.
 */
const listPrices: Record<PricedModel, ListPrice> = {
  'claude-haiku-4-5': { input: 100, output: 500 },
  // Prompts over 100K tokens bill at five times the rate, input and output.
  'claude-haiku-5-5': { input: 10, output: 50, longPrompt: { overTokens: 100_000, input: 50, output: 250 } },
  'claude-sonnet-4-6': { input: 300, output: 1500 },
  'claude-sonnet-5': { input: 200, output: 1000 },
  'claude-sonnet-5-5': { input: 200, output: 1000 },
  'claude-opus-4-5': { input: 500, output: 2500 },
  'claude-opus-4-6': { input: 500, output: 2500 },
  'claude-opus-4-7': { input: 500, output: 2500 },
  'claude-opus-4-8': { input: 500, output: 2500 },
  'claude-opus-5': { input: 500, output: 2500 },
  'claude-opus-5-5': { input: 400, output: 2000 },
}

const isPriced = (model: string): model is PricedModel => Object.hasOwn(listPrices, model)

/**
 * What a call cost in US dollars at list price: 0 for the offline provider, null for a model
 * with no known price (local models behind an OpenAI-compatible server, unpriced lines).
 *
 * @example costUsd('claude-sonnet-5-5', 12_000, 800) // 0.032
 */
export function costUsd(model: string, inputTokens: number, outputTokens: number): number | null {
  if (model === 'offline') return 0
  const alias = model.replace(/-\d{8}$/, '')
  if (!isPriced(alias)) return null
  const price = listPrices[alias]
  const rate = price.longPrompt && inputTokens > price.longPrompt.overTokens ? price.longPrompt : price
  return (inputTokens * rate.input + outputTokens * rate.output) / 100_000_000
}
