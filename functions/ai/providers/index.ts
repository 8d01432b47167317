/** Z's model providers behind one interface; see create-model-provider.ts. */
export { defaultAnthropicModels } from './anthropic-models'
export { costUsd } from './cost-usd'
export { createModelProvider } from './create-model-provider'
export { ModelUnavailableError } from './model-unavailable-error'
export type * from './types'
