import type { Customer } from '../../../customers/schemas'
import type { FastAnswer, Source } from '../../types'
import { fastAnswer } from '../fast-answer'
import type { FastContext } from '../fast-context'
import { findCustomers } from './find-customers'
import { bullets, plural } from './format-list'
import { maySee } from './may-see'
import { readContactRequest, type ContactField } from './read-contact-request'
import { recordUrl } from './record-links'

const labels: Record<Exclude<ContactField, 'all'>, string> = { phone: 'phone', email: 'email', address: 'address' }

const detailsOf = (customer: Customer, field: ContactField) =>
  (field === 'all' ? (['phone', 'email', 'address'] as const) : [field]).map((f) => ({ field: f, value: customer[f] }))

const sourceOf = (customer: Customer, snippet: string): Source => ({ kind: 'record', title: customer.name, url: recordUrl.customer(customer.id), snippet })

function oneCustomer(customer: Customer, field: ContactField): FastAnswer {
  const wanted = detailsOf(customer, field)
  const known = wanted.filter((d) => d.value)
  let response: string
  if (known.length === 0) {
    const others = detailsOf(customer, 'all').filter((d) => d.value)
    const missing = field === 'all' ? 'contact details' : `${labels[field]}${field === 'phone' ? ' number' : ''}`
    response = `There’s no ${missing} on file for ${customer.name}.${others.length ? ` Their ${others.map((d) => `${labels[d.field]} is ${d.value}`).join(', ')}.` : ''}`
  } else if (field === 'all') {
    response = `${customer.name}:\n${known.map((d) => `- ${labels[d.field]}: ${d.value}`).join('\n')}`
  } else {
    response = `${customer.name}’s ${labels[field]}: ${known[0]!.value}`
  }
  return fastAnswer('customer_contact', response, {
    sources: [sourceOf(customer, known.map((d) => d.value).join(' · '))],
    actions: [{ kind: 'navigate', label: `Open ${customer.name}`, href: recordUrl.customer(customer.id) }],
  })
}

/**
 * A customer's phone, email or address by name ("the Johnson customer", "Dana's email",
 * "how do I reach the Parkers"), within the customers this person can see. Several matches
 * are listed with the detail asked for, so the person can pick. Null when the message is not
 * such a question, or names someone who is not a customer without saying "customer".
 */
export async function answerCustomerContact(ctx: FastContext): Promise<FastAnswer | null> {
  const request = maySee.customers(ctx) ? readContactRequest(ctx.text) : null
  if (!request) return null
  const { matches, total } = await findCustomers(ctx, request.name)
  const listUrl = `/crm/customers/?q=${encodeURIComponent(request.name)}`
  if (total === 0) {
    if (!request.saidCustomer) return null
    return fastAnswer('customer_not_found', `I couldn’t find a customer matching “${request.name}”. Check the spelling, or search the customer list.`, {
      actions: [{ kind: 'navigate', label: 'Search customers', href: listUrl }],
    })
  }
  if (total === 1) return oneCustomer(matches[0]!, request.field)
  const lines = matches.map((customer) => {
    const details = detailsOf(customer, request.field).map((d) => d.value ?? `no ${labels[d.field]}`)
    return { customer, line: `${customer.name} — ${details.join(' · ')}` }
  })
  return fastAnswer('customer_matches', `${plural(total, 'customer')} match “${request.name}”:\n${bullets(lines.map((l) => l.line), total)}\nWhich one did you mean?`, {
    sources: lines.map(({ customer, line }) => sourceOf(customer, line.slice(customer.name.length + 3))),
    actions: [{ kind: 'navigate', label: 'Open the matches', href: listUrl }],
  })
}
