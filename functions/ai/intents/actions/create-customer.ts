import { z } from '@hono/zod-openapi'
import { createCustomer } from '../../../customers/create-customer'
import { CustomerInput } from '../../../customers/schemas'
import type { IntentAction } from '../intent-action'
import { properName, trimPhrase } from '../parse/text'
import { validated } from '../validated'

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/
const PHONE = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}\b/
const LABELS = /\b(?:named|called|name|e-?mail(?: address)?|phone(?: number)?|cell|mobile|tel|number|with|and)\b:?/gi

const NOUN = '(?:customer|client|homeowner|contact)'
const FORMS = [
  new RegExp(`^(?:add|create|make|set up|register|enter|save|new)\\s+(?:a\\s+|an\\s+)?(?:new\\s+)?${NOUN}\\b\\s*(?<rest>.*)$`, 'i'),
  new RegExp(`^(?:add|create|save|enter)\\s+(?<rest>.+?)\\s+as\\s+(?:a\\s+|an\\s+)?(?:new\\s+)?${NOUN}\\b\\s*(?<tail>.*)$`, 'i'),
]

const Params = z
  .object({
    name: z.string().trim().min(1, { error: 'What is the customer’s name?' }).max(200, { error: 'That name is longer than 200 characters.' }),
    email: z.email({ error: 'That email address does not look right.' }).max(254).nullable(),
    phone: z.string().trim().max(40).nullable(),
  })
  .strict()

/** "add a customer Jane Parker, jane@example.com, 860-555-0101" → a new customer. */
export const createCustomerIntent: IntentAction<typeof Params> = {
  action: 'create_customer',
  permission: 'customers:write',
  params: Params,
  redirect: (who) => `New customers are added by ${who}. Pass them the name, phone and email; I can note it on a job for you, or log an expense.`,
  recognize(message) {
    for (const form of FORMS) {
      const groups = form.exec(message)?.groups
      if (groups) return { rest: [groups.rest, groups.tail].filter(Boolean).join(', ') }
    }
    return null
  },
  async translate(_context, parts) {
    const rest = parts.rest ?? ''
    const email = EMAIL.exec(rest)?.[0] ?? null
    const phone = PHONE.exec(rest.replace(EMAIL, ' '))?.[0].trim() ?? null
    // The name is the first piece left once the email, phone and their labels are taken out.
    const pieces = rest
      .replace(EMAIL, ',')
      .replace(PHONE, ',')
      .replace(LABELS, ',')
      .split(/[,;]/)
      .map(trimPhrase)
      .filter(Boolean)
    const name = pieces[0] ? properName(pieces[0]) : ''
    if (!name) return { clarify: 'What is the new customer’s name? You can add their email and phone too, e.g. "add a customer Jane Parker, jane@example.com, 860-555-0101".' }
    return { params: { name, email: email?.toLowerCase() ?? null, phone } }
  },
  summarize: ({ name, email, phone }) => {
    const contact = [email, phone].filter(Boolean).join(', ')
    return `Add customer ${name}${contact ? ` (${contact})` : ''}`
  },
  async execute(scope, { name, email, phone }) {
    const customer = await createCustomer({ ...scope, input: validated(CustomerInput, { name, email, phone }) })
    return { entityType: 'customer', id: customer.id, href: `/crm/customers/view/?id=${customer.id}`, message: `Added customer ${customer.name}.` }
  },
}
