import type { HistoryMessage } from './types'

/** Longest line of a summary, in characters. */
const SUMMARY_LINE_CHARS = 160

/**
 * An extractive summary of older messages, one line each, oldest first: who spoke and the
 * first sentence of what they said, clipped to `SUMMARY_LINE_CHARS`. No model is involved,
 * so the same history always gives the same summary.
 *
 * @example summariseHistory([{ role: 'user', content: 'The panel is a 1978 FPE. Can I reuse it?' }])
 * // ['User: The panel is a 1978 FPE.']
 */
export function summariseHistory(messages: HistoryMessage[]): string[] {
  return messages.map(({ role, content }) => {
    const flat = content.replace(/\s+/g, ' ').trim()
    const sentence = /^.*?[.!?](?=\s|$)/.exec(flat)?.[0] ?? flat
    const line = `${role === 'user' ? 'User' : 'Z'}: ${sentence}`
    return line.length <= SUMMARY_LINE_CHARS ? line : `${line.slice(0, SUMMARY_LINE_CHARS - 1).trimEnd()}…`
  })
}
