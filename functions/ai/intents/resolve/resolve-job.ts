import { and, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm'
import type { Tx } from '../../../../db/client'
import { customers, jobs } from '../../../../db/schema'
import type { JobStatus } from '../../../jobs/schemas'
import { containsPattern } from '../../../lib/search'
import { quoted, spokenList, trimPhrase } from '../parse/text'
import type { Resolved } from './resolve-customer'

export type JobMatch = { id: string; title: string; status: JobStatus; customerId: string; customerName: string }

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i

/** "the water heater job", "job #Replace water heater", "Parker job" → the words to look for. */
const jobWords = (phrase: string) => trimPhrase(phrase.replace(/\bjobs?\b|#/gi, ' ').replace(/'s\b/gi, ''))

const label = (job: JobMatch) => `${quoted(job.title)} for ${job.customerName} (${job.status.replace('_', ' ')})`

/**
 * The one job a phrase names, through the caller's own RLS-scoped query (a tech finds only the
 * jobs assigned to them): its id, or words of its title or of its customer's name, optionally
 * "<title> for <customer>". Open jobs only when `openOnly`. Several or none become a question.
 */
export async function resolveJob(tx: Tx, companyId: string, phrase: string, options: { openOnly?: boolean } = {}): Promise<Resolved<JobMatch>> {
  const conditions: (SQL | undefined)[] = [eq(jobs.companyId, companyId)]
  if (options.openOnly) conditions.push(inArray(jobs.status, ['scheduled', 'in_progress']))
  const id = UUID.exec(phrase)?.[0]
  const words = jobWords(phrase)
  if (id) {
    conditions.push(eq(jobs.id, id.toLowerCase()))
  } else {
    if (!words) return { clarify: 'Which job? Give its title or the customer’s name.' }
    const [titlePart, customerPart] = words.split(/\s+for\s+/i)
    const title = trimPhrase(titlePart ?? '')
    conditions.push(
      customerPart
        ? and(ilike(jobs.title, containsPattern(title)), ilike(customers.name, containsPattern(trimPhrase(customerPart))))
        : or(ilike(jobs.title, containsPattern(title)), ilike(customers.name, containsPattern(title))),
    )
  }
  const matches = await tx
    .select({ id: jobs.id, title: jobs.title, status: jobs.status, customerId: jobs.customerId, customerName: customers.name })
    .from(jobs)
    .innerJoin(customers, eq(customers.id, jobs.customerId))
    .where(and(...conditions))
    // Open work first, then the most recently scheduled.
    .orderBy(sql`${jobs.status} in ('completed', 'cancelled')`, desc(jobs.scheduledStart), desc(jobs.createdAt))
    .limit(6)
  const [first, ...others] = matches
  const what = id ?? words
  if (!first) {
    const scope = options.openOnly ? 'an open job' : 'a job'
    return { clarify: `I couldn't find ${scope} matching ${quoted(what)} among the jobs you can see. Check the title, or name the customer.` }
  }
  if (others.length === 0) return { found: first }
  const more = matches.length > 5 ? ' and more' : ''
  return { clarify: `Several jobs match ${quoted(what)}: ${spokenList(matches.slice(0, 5).map(label))}${more}. Which one? Say its full title, or "<title> for <customer>".` }
}
