import type { FastContext } from '../fast-context'
import { findCustomers } from './find-customers'
import { parseDayRange } from './parse-day-range'

const WHEN_WORDS = /\s+(?:today|tonight|tomorrow|yesterday|(?:this|next|last) (?:week|weekend|month)|on .+|scheduled.*|coming up|next)$/
const NOT_A_CUSTOMER = /^(?:me|us|you|now|later|crew|team|everyone|everybody|day|week|weekend|month|this month|rest of the week)$/
/** "the open jobs", "the whole schedule": words that qualify a list rather than name someone. */
const QUALIFIER =
  /^(?:open|whole|full|entire|next|upcoming|scheduled|completed|complete|active|current|new|weekly|daily|monthly|today'?s|tomorrow'?s|overdue|unpaid|paid|draft|pending|sent|accepted|declined|expired|my|our|all|other|same|last|first|recent|latest|remaining|late|big|small|old|recurring|emergency|service|install|installation|repair|commercial|residential)$/
/** "waiting for an answer", "overdue for more than 30 days": a phrase, not somebody's name. */
const NOT_A_NAME = /^(?:an?|more|less|over|under|than|about|at least|longer|some|any|all)\b/

/**
 * The customer a list question is narrowed to ("jobs for Dana", "invoices from the Parkers",
 * "the Whitfields' bids", "the Henderson job"): undefined when it names none ("jobs for tomorrow", "bids waiting
 * for an answer"), null when the name is not exactly one customer (none, or two Johnsons).
 * Then the model, with its tools, is better placed than a list that would ignore the name.
 */
export async function readCustomerFilter(ctx: FastContext, noun: string, today: string): Promise<{ id: string; name: string } | null | undefined> {
  const pattern = new RegExp(
    String.raw`\b${noun}\b.*?\b(?:for|from|of|with|at|to) (.+)$|^(?:show |list |what are |any )?(?:me )?(?:the )?([a-z]+(?: [a-z]+)?)(?:'s|s') (?:\w+ )?${noun}\b|\bthe ([a-z]+(?: [a-z]+)?) ${noun}\b`,
  )
  const match = pattern.exec(ctx.text)
  const name = (match?.[1] ?? match?.[2] ?? match?.[3])?.replace(/^(?:the|my|our) /, '').replace(WHEN_WORDS, '').trim()
  if (!name || NOT_A_CUSTOMER.test(name) || NOT_A_NAME.test(name) || parseDayRange(name, today)) return undefined
  if (name.split(' ').every((word) => QUALIFIER.test(word))) return undefined
  const { matches, total } = await findCustomers(ctx, name)
  return total === 1 ? { id: matches[0]!.id, name: matches[0]!.name } : null
}
