import type { Model } from '@anthropic-ai/sdk/resources/messages'
import type { Tier } from '../types'

/** Drops the SDK's open-ended `string & {}` member, leaving the ids the SDK knows. */
type Known<M> = M extends string ? (string extends M ? never : M) : never

/** A model id listed in @anthropic-ai/sdk's own `Model` type: a misspelt id fails typecheck. */
export type KnownAnthropicModel = Known<Model>

/**
 * Default model per tier. The brief's baseline was Haiku 4.5 / Sonnet 4.6 / Opus 4.6; the
 * installed SDK (1.15.0) lists newer ids of the same three lines in its stable (non-beta)
 * `Model` type, none of them in its deprecated-models table, and uses them in its own examples
 * (`claude-sonnet-5-5`, `claude-opus-5-5`); Anthropic's model pages list Haiku 5.5, Sonnet 5.5
 * and Opus 5.5 as the current, released models of each line, priced at or below the older
 * ones. So the defaults are the 5.5 generation. They think adaptively (Opus 5.5 always), so
 * responses carry `thinking` blocks: providers read text blocks by type and send an assistant
 * turn back unchanged in the tool loop. Z_MODEL_FAST / _BALANCED / _DEEP override these.
 */
export const defaultAnthropicModels = {
  fast: 'claude-haiku-5-5',
  balanced: 'claude-sonnet-5-5',
  deep: 'claude-opus-5-5',
} as const satisfies Record<Tier, KnownAnthropicModel>
