import { listCustomers } from '../../../customers/list-customers'
import type { Customer } from '../../../customers/schemas'
import type { FastContext } from '../fast-context'
import { LIST_LIMIT } from './format-list'

/** `johnsons` → `johnson`, `parkers'` → `parker`, `joneses` → `jones`: families as named in speech. */
const singular = (name: string) =>
  name
    .split(' ')
    .map((word) => word.replace(/'s?$/, '').replace(/(?<=[a-z]{2}(?:s|z|x|ch|sh))es$|(?<=[a-z]{3}[^s])s$/, ''))
    .join(' ')

const words = (name: string) => name.toLowerCase().split(/\s+/)

/**
 * Customers answering to `name`: the whole name, then without plural endings, then each
 * word of a full name, through the customer list's own search (names, emails, phones). When
 * one of several is named exactly (or by a whole first or last name no other one has), it
 * is the only match.
 */
export async function findCustomers(ctx: FastContext, name: string): Promise<{ matches: Customer[]; total: number }> {
  const search = (term: string) => listCustomers({ tx: ctx.tx, companyId: ctx.companyId!, search: term, page: 1, pageSize: LIST_LIMIT })
  let found = await search(name)
  if (found.total === 0 && singular(name) !== name) found = await search(singular(name))
  // A full name with a typo in one part ("Dana Whitfeld") still finds Dana by the other.
  if (found.total === 0 && words(name).length > 1) {
    const seen = new Map<string, Customer>()
    for (const word of words(singular(name)).filter((w) => w.length >= 3)) {
      for (const customer of (await search(word)).data) seen.set(customer.id, customer)
    }
    found = { ...found, data: [...seen.values()].slice(0, LIST_LIMIT), total: seen.size }
  }
  const wanted = words(singular(name)).join(' ')
  const exact = found.data.filter((c) => words(c.name).join(' ') === wanted || words(singular(c.name)).join(' ') === wanted)
  if (exact.length === 1) return { matches: exact, total: 1 }
  const byWord = found.data.filter((c) => words(wanted).every((w) => words(singular(c.name)).includes(w) || words(c.name).includes(w)))
  if (byWord.length === 1 && found.total > 1) return { matches: byWord, total: 1 }
  if (byWord.length > 1) return { matches: byWord, total: byWord.length }
  return { matches: found.data, total: found.total }
}
