import { estimateTokens, FRAMING_TOKENS } from './estimate-tokens'
import { summariseHistory } from './summarise-history'
import type { HistoryMessage } from './types'

/** Messages kept word for word once older ones are summarised. */
export const VERBATIM_MESSAGES = 5

export type FittedHistory = { summary: string | null; verbatim: HistoryMessage[]; tokens: number; trimmed: string[] }

const blockTokens = (text: string) => estimateTokens(text) + FRAMING_TOKENS

/**
 * Fits a conversation into `allowance` tokens. All of it if it fits; otherwise the last five
 * messages stay verbatim and the older ones become an extractive summary, whose oldest lines
 * go first if it is still too long. Only when even the last five do not fit are the oldest of
 * them dropped.
 */
export function fitHistory(history: HistoryMessage[], allowance: number): FittedHistory {
  const costs = history.map((message) => estimateTokens(message.content) + FRAMING_TOKENS)
  const total = (from: number) => costs.slice(from).reduce((sum, cost) => sum + cost, 0)
  if (total(0) <= allowance) return { summary: null, verbatim: history, tokens: total(0), trimmed: [] }

  const olderCount = Math.max(0, history.length - VERBATIM_MESSAGES)
  const lines = summariseHistory(history.slice(0, olderCount))
  const trimmed: string[] = []
  // The longest tail of the summary that fits beside the last five (a longer tail never costs less).
  const room = allowance - total(olderCount)
  let low = 0
  let high = lines.length
  while (low < high) {
    const keep = Math.ceil((low + high) / 2)
    if (blockTokens(lines.slice(-keep).join('\n')) <= room) low = keep
    else high = keep - 1
  }
  const summary = low > 0 ? lines.slice(-low).join('\n') : null
  if (olderCount > 0) {
    const what = `${olderCount} older message${olderCount === 1 ? '' : 's'}`
    if (low === olderCount) trimmed.push(`history: ${what} summarised`)
    else if (low > 0) trimmed.push(`history: ${what} summarised, summary cut to the last ${low}`)
    else trimmed.push(`history: ${what} dropped, no room for a summary`)
  }

  let first = olderCount
  while (first < history.length && total(first) > allowance) first++
  const recent = history.length - olderCount
  if (first > olderCount) trimmed.push(`history: ${first - olderCount} of the last ${recent} messages dropped`)
  return { summary, verbatim: history.slice(first), tokens: total(first) + (summary === null ? 0 : blockTokens(summary)), trimmed }
}
