import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../../../../db/client'
import { customers } from '../../../../db/schema'
import { containsPattern } from '../../../lib/search'
import { quoted, spokenList, trimPhrase } from '../parse/text'

export type CustomerMatch = { id: string; name: string; email: string | null; phone: string | null; address: string | null }

export type Resolved<T> = { found: T } | { clarify: string }

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/

/** "the Parkers", "Parker family", "Jane Parker's" → the words a customer's name contains. */
function nameWords(phrase: string): string[] {
  const words = trimPhrase(phrase.replace(/'s\b/gi, ''))
    .replace(/\b(?:customer|client|homeowner|family|household|residence|house|mr|mrs|ms|dr)\b\.?/gi, ' ')
    .split(/[\s,]+/)
    .filter((word) => word.length > 1)
  return words
}

/** How a person tells two matches apart: email, else phone, else address. */
const describe = (customer: CustomerMatch) => {
  const detail = customer.email ?? customer.phone ?? customer.address
  return detail ? `${customer.name} (${detail})` : customer.name
}

/**
 * The one customer a phrase names, looked up through the caller's own RLS-scoped query: the
 * exact name, else names containing the phrase, else names containing every word of it
 * ("the Parkers" finds Jane Parker). An email in the phrase picks between namesakes. Several
 * matches, or none, become a question naming what was found.
 */
export async function resolveCustomer(tx: Tx, companyId: string, phrase: string): Promise<Resolved<CustomerMatch>> {
  const columns = { id: customers.id, name: customers.name, email: customers.email, phone: customers.phone, address: customers.address }
  const find = (condition: SQL | undefined) =>
    tx.select(columns).from(customers).where(and(eq(customers.companyId, companyId), condition)).orderBy(asc(customers.name), asc(customers.id)).limit(6)
  const email = EMAIL.exec(phrase)?.[0]
  if (email) {
    const [byEmail] = await find(eq(sql`lower(${customers.email})`, email.toLowerCase()))
    if (byEmail) return { found: byEmail }
  }
  const name = trimPhrase(phrase.replace(EMAIL, '').replace(/[()]/g, ' '))
  const words = nameWords(name)
  if (words.length === 0) return { clarify: 'Which customer is it for? Give their name.' }
  const exact = await find(eq(sql`lower(${customers.name})`, name.toLowerCase()))
  let matches = exact.length > 0 ? exact : await find(ilike(customers.name, containsPattern(name)))
  if (matches.length === 0) {
    // "Parkers" is the Parker family: a word's plural or singular form may be what is stored.
    const wordMatches = words.map((word) => {
      const singular = word.replace(/(?<=\w{2})e?s$/i, '')
      return or(ilike(customers.name, containsPattern(word)), ilike(customers.name, containsPattern(singular)))
    })
    matches = await find(and(...wordMatches))
  }
  const [first, ...others] = matches
  if (!first) {
    return { clarify: `I couldn't find a customer named ${quoted(name)}. Check the spelling, or add them first ("add a customer ${name}").` }
  }
  if (others.length === 0) return { found: first }
  const sameName = matches.every((match) => match.name.toLowerCase() === first.name.toLowerCase())
  const listed = spokenList(matches.slice(0, 5).map(describe))
  const more = matches.length > 5 ? ' and more' : ''
  return sameName
    ? { clarify: `${matches.length} customers are named ${first.name}: ${listed}${more}. Which one? Add their email, e.g. "${first.name} (${first.email ?? 'their email'})".` }
    : { clarify: `Several customers match ${quoted(name)}: ${listed}${more}. Which one? Say the full name.` }
}
