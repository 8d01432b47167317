import { ApiError } from '../../lib/errors'
import type { ProviderName } from './types'

const safeMessage = "Z's model provider did not answer; try again in a minute."

/**
 * A model provider failed (network, 4xx/5xx, overloaded). The message is safe to show a
 * user; `detail` (also the ApiError's `internal`, so the API logs it and answers 503) says
 * what happened, for the logs only.
 */
export class ModelUnavailableError extends ApiError {
  constructor(
    readonly provider: ProviderName,
    readonly detail: string,
  ) {
    super('unavailable', safeMessage, { internal: `${provider}: ${detail}` })
    this.name = 'ModelUnavailableError'
  }
}

/** Errors raised because the caller aborted: passed on as they are, not as provider failures. */
const isAbort = (error: unknown) =>
  error instanceof Error && (error.name === 'AbortError' || error.name === 'APIUserAbortError')

/**
 * Wraps a provider failure in a ModelUnavailableError whose detail never contains `secret`
 * (the API key), even if an upstream message echoed it. Aborts pass through.
 *
 * @example catch (error) { throw toModelUnavailable('anthropic', error, apiKey) }
 */
export function toModelUnavailable(provider: ProviderName, error: unknown, secret?: string): unknown {
  if (error instanceof ModelUnavailableError || isAbort(error)) return error
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : ''
  const text = error instanceof Error ? `${error.name}: ${error.message}${cause}` : String(error)
  return new ModelUnavailableError(provider, secret ? text.split(secret).join('[redacted]') : text)
}
