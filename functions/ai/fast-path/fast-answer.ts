import type { FastAnswer, Source, SuggestedAction } from '../types'

/** A fast answer; sources and actions default to none. */
export function fastAnswer(kind: string, response: string, parts: { sources?: Source[]; actions?: SuggestedAction[] } = {}): FastAnswer {
  return { kind, response, sources: parts.sources ?? [], suggestedActions: parts.actions ?? [] }
}
