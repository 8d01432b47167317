import type { FastAnswer } from '../types'
import { answerBids } from './data/answer-bids'
import { answerCustomerContact } from './data/answer-customer-contact'
import { answerHours } from './data/answer-hours'
import { answerInvoices } from './data/answer-invoices'
import { answerJobs } from './data/answer-jobs'
import { answerLeads } from './data/answer-leads'
import { createFastContext, type FastContext, type FastPathOptions } from './fast-context'
import { answerHowTo } from './how-to/answer-how-to'
import { answerMeasurement } from './measure/answer-measurement'
import { normalizeMessage } from './normalize-message'
import { answerCostQuestion } from './portal/answer-cost-question'
import { answerDiyQuestion } from './portal/answer-diy-question'
import { answerSmallTalk } from './small-talk/answer-small-talk'
import { readSmallTalk } from './small-talk/read-small-talk'

/**
 * Data questions in the order they are tried: the narrower patterns first, so "jobs with
 * unpaid invoices" is about invoices and "hours I worked on jobs" about hours.
 */
const dataAnswerers: ((ctx: FastContext) => Promise<FastAnswer | null>)[] = [
  answerCustomerContact,
  answerInvoices,
  answerLeads,
  answerBids,
  answerHours,
  answerJobs,
]

/**
 * Z's fast path: answers made without a model, classified first by patterns (Contractor OS
 * §6.2). Greetings, thanks and help per persona; unit conversions and area or volume
 * arithmetic; how-to steps for the CRM; and data questions (overdue or unpaid invoices, jobs
 * on a day, bids awaiting an answer, a customer's phone, hours, leads) read in the request's
 * transaction, so Row Level Security scopes them to what this person may reach, and filtered
 * by their role's permissions and Layer 6 mask. What the person may not see is answered with
 * who handles it and what Z can do instead. Homeowners and ZAFTO staff get greetings, help
 * and conversions here; a homeowner asking what something costs is pointed to their
 * contractor, with no figure, and one asking how to do safety-risk work themselves, with no steps. Null when the message is for the model.
 *
 * @example const fast = await answerFastPath({ tx, identity, mask, message: 'jobs tomorrow', now: new Date() })
 */
export async function answerFastPath(options: FastPathOptions): Promise<FastAnswer | null> {
  const text = normalizeMessage(options.message)
  if (!text) return null
  const talk = readSmallTalk(text)
  const ctx = createFastContext(options, talk.rest || text)
  if (talk.kind) return answerSmallTalk(ctx, { ...talk, kind: talk.kind })
  const measured = answerMeasurement(ctx.text)
  if (measured) return measured
  if (ctx.identity.persona === 'homeowner' && options.portal) {
    const kind = options.session?.equipment?.kind
    return answerCostQuestion(ctx.text, options.portal, typeof kind === 'string' ? kind : null) ?? answerDiyQuestion(ctx.text, options.portal)
  }
  if (!ctx.role) return null
  const howTo = answerHowTo(ctx)
  if (howTo) return howTo
  for (const answer of dataAnswerers) {
    const found = await answer(ctx)
    if (found) return found
  }
  return null
}
