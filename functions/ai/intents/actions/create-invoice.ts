import { createInvoice } from '../../../invoices/create-invoice'
import { InvoiceInput } from '../../../invoices/schemas'
import { formatCents } from '../../../lib/money'
import { assertWithinAiCap } from '../ai-money-cap'
import type { IntentAction } from '../intent-action'
import { validated } from '../validated'
import { DraftParams, serviceLines, summarizeDraft, translateDraft } from './draft-document'

const FORM =
  /^(?:create|make|draft|prepare|write|send|start|new|add|raise|generate)\s+(?:up\s+)?(?:a\s+|an\s+)?(?:new\s+)?invoice\s+(?:for|to)\s+(?<rest>.+)$/i
// "invoice Jane Parker $450 ...", "bill the Parkers $450": only with an amount, since "bill" is also a name.
const VERB_FORM = /^(?:invoice|bill|charge)\s+(?<rest>.+?(?:\$\s?\d|\d\s?(?:dollars?|bucks|usd)\b).*)$/i

/** "invoice Jane Parker $450 for the service call" → a draft invoice flagged as Z's. */
export const createInvoiceIntent: IntentAction<typeof DraftParams> = {
  action: 'create_invoice',
  permission: 'invoices:write',
  params: DraftParams,
  redirect: (who) =>
    `Invoices are made by ${who}. Let them know what to bill; I can mark the job complete, which tells them it is ready to invoice, or log your expenses on it.`,
  recognize: (message) => {
    const groups = (FORM.exec(message) ?? VERB_FORM.exec(message))?.groups
    return groups ? { rest: groups.rest } : null
  },
  translate: (context, parts) => translateDraft('invoice', context, parts.rest ?? ''),
  summarize: (params) => summarizeDraft('invoice', params),
  async execute(scope, { customerId, jobId, lines }) {
    assertWithinAiCap('invoice', lines)
    const invoice = await createInvoice({ ...scope, input: validated(InvoiceInput, { customerId, jobId, lines: serviceLines(lines) }), createdByAi: true })
    return {
      entityType: 'invoice',
      id: invoice.id,
      href: `/crm/invoices/view/?id=${invoice.id}`,
      message: `Drafted ${invoice.number} for ${invoice.customer.name}, total ${formatCents(invoice.totalCents)}. Review it before sending.`,
    }
  },
}
