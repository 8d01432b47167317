import { z } from '@hono/zod-openapi'
import { createJob } from '../../../jobs/create-job'
import { JobInput } from '../../../jobs/schemas'
import { IsoDate } from '../../../documents/document-schemas'
import type { IntentAction } from '../intent-action'
import { findDay, spokenDay } from '../parse/days'
import { capitalize, quoted, trimPhrase } from '../parse/text'
import { resolveCustomer } from '../resolve/resolve-customer'
import { validated } from '../validated'

const VERB = '(?:create|add|schedule|book|make|set up|open|start|new)\\s+(?:a\\s+|an\\s+)?(?:new\\s+)?job'
const FORMS = [
  // "create a job for Jane Parker: replace water heater", "... for Jane Parker to (or for) replace ..."
  new RegExp(`^${VERB}\\s+(?:for|with)\\s+(?<customer>.+?)\\s*(?::|\\s-\\s|\\s+to\\s+|\\s+for\\s+)\\s*(?<title>.+)$`, 'i'),
  // "schedule a job: replace water heater for Jane Parker"
  new RegExp(`^${VERB}\\s*(?::|\\s-\\s)?\\s*(?!for\\b)(?<title>.+?)\\s+for\\s+(?<customer>.+)$`, 'i'),
  // "create a job for Jane Parker" (the work is asked for)
  new RegExp(`^${VERB}\\s+(?:for|with)\\s+(?<customer>.+)$`, 'i'),
]

const Params = z
  .object({
    customerId: z.uuid(),
    customerName: z.string(),
    title: z.string().trim().min(1, { error: 'What is the job?' }).max(200, { error: 'That title is longer than 200 characters.' }),
    scheduledDate: IsoDate.nullable(),
  })
  .strict()

/** "create a job for Jane Parker: replace water heater next Tuesday" → a scheduled job. */
export const createJobIntent: IntentAction<typeof Params> = {
  action: 'create_job',
  permission: 'jobs:write',
  params: Params,
  redirect: (who) => `Jobs are booked by ${who}. Tell them the customer, the work and the day; I can clock you in on a job you are assigned to or log an expense.`,
  recognize(message) {
    for (const form of FORMS) {
      const groups = form.exec(message)?.groups
      if (groups) return { customer: groups.customer, title: groups.title }
    }
    return null
  },
  async translate(context, parts) {
    // The day may be said with the work or after the customer's name.
    let title = parts.title ?? ''
    let customerPhrase = parts.customer ?? ''
    let scheduledDate: string | null = null
    const inTitle = findDay(title, context.today, 'future')
    const inCustomer = inTitle ? null : findDay(customerPhrase, context.today, 'future')
    if (inTitle) {
      scheduledDate = inTitle.date
      title = `${title.slice(0, inTitle.index)} ${title.slice(inTitle.end)}`
    } else if (inCustomer) {
      scheduledDate = inCustomer.date
      customerPhrase = `${customerPhrase.slice(0, inCustomer.index)} ${customerPhrase.slice(inCustomer.end)}`
    }
    const customer = await resolveCustomer(context.tx, context.companyId, customerPhrase)
    if (!('found' in customer)) return customer
    title = capitalize(trimPhrase(title))
    if (!title) return { clarify: `What is the job for ${customer.found.name}? e.g. "create a job for ${customer.found.name}: replace water heater next Tuesday".` }
    return { params: { customerId: customer.found.id, customerName: customer.found.name, title, scheduledDate } }
  },
  summarize: ({ customerName, title, scheduledDate }) =>
    `Create job ${quoted(title)} for ${customerName}, ${scheduledDate ? `scheduled ${spokenDay(scheduledDate)}` : 'not scheduled yet'}`,
  async execute(scope, { customerId, title, scheduledDate }) {
    const job = await createJob({ ...scope, input: validated(JobInput, { customerId, title, scheduledStart: scheduledDate }) })
    return { entityType: 'job', id: job.id, href: `/crm/jobs/view/?id=${job.id}`, message: `Created job ${quoted(job.title)} for ${job.customer.name}.` }
  },
}
