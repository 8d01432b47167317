import { z } from '@hono/zod-openapi'
import { paymentMethods } from '../../../../db/schema'
import { IsoDate } from '../../../documents/document-schemas'
import { PaymentInput } from '../../../invoices/schemas'
import { recordPayment } from '../../../invoices/record-payment'
import { formatCents } from '../../../lib/money'
import type { IntentAction } from '../intent-action'
import { findDay, spokenDay } from '../parse/days'
import { findAmounts, withoutAmounts } from '../parse/money'
import { spokenList } from '../parse/text'
import { INVOICE_REFERENCE, resolveInvoice } from '../resolve/resolve-invoice'
import { validated } from '../validated'

type Method = (typeof paymentMethods)[number]

/** "record a payment on ...", "log $500 paid on ...": a request to write a payment. */
const RECORD = /^(?:record|log|add|apply|enter|post|mark)\b.*\b(?:payments?|paid)\b/i
/** "got $250 cash for ...", "INV-0012 paid $500 by check": a payment received, told as a fact. */
const RECEIVED = /^(?:(?:i|we)\s+)?(?:got|received?|collected?|took|deposit(?:ed)?)\b|\bpaid\b/i

const METHOD_WORDS: [RegExp, Method][] = [
  [/\bcash\b/i, 'cash'],
  [/\b(?:check|cheque)\b/i, 'check'],
  [/\b(?:card|credit|debit|visa|mastercard|amex|american express|discover)\b/i, 'card'],
  [/\b(?:ach|bank transfer|wire|e-?check|direct deposit|eft)\b/i, 'ach'],
]
const CHECK_NUMBER = /\b(?:check|cheque)\s*(?:#|no\.?|number)\s*(\w{1,20})/i
const IN_FULL = /\b(?:in full|full amount|(?:the\s+)?(?:remaining\s+)?balance)\b/i

const Params = z
  .object({
    invoiceId: z.uuid(),
    invoiceNumber: z.string(),
    customerName: z.string(),
    amountCents: z.number().int().positive().max(2_000_000_000),
    method: z.enum(paymentMethods),
    /** Whether the person said how it was paid; when not, `other` is recorded and the summary says so. */
    methodStated: z.boolean(),
    reference: z.string().trim().max(100).nullable(),
    paidOn: IsoDate.nullable(),
  })
  .strict()

/** "record a $500 check payment on INV-0012" → a payment against the invoice. */
export const recordPaymentIntent: IntentAction<typeof Params> = {
  action: 'record_payment',
  permission: 'payments:write',
  params: Params,
  redirect: (who) =>
    `Payments are recorded by ${who}. Hand the payment to them with the invoice number; I can add it to your notes on the job, or log an expense.`,
  recognize(message) {
    const reference = INVOICE_REFERENCE.exec(message)
    if (!reference || !(RECORD.test(message) || RECEIVED.test(message))) return null
    return { text: message, reference: reference[1] }
  },
  async translate(context, parts) {
    const invoice = await resolveInvoice(context.tx, context.companyId, parts.reference ?? '')
    if (!('found' in invoice)) return invoice
    const { id, number, status, totalCents, amountPaidCents, customerName } = invoice.found
    if (status === 'draft') return { clarify: `${number} is still a draft. Send it (or mark it sent) before recording payments on it.` }
    if (status === 'void') return { clarify: `${number} is void; it takes no payments.` }
    if (status === 'paid') return { clarify: `${number} is already paid in full.` }
    const balance = totalCents - amountPaidCents
    const text = (parts.text ?? '').replace(INVOICE_REFERENCE, ' ')
    const amounts = findAmounts(text)
    if (amounts.length > 1) return { clarify: `I see ${spokenList(amounts.map((a) => formatCents(a.cents)), 'and')}. How much was paid on ${number}? Its balance is ${formatCents(balance)}.` }
    const amountCents = amounts[0]?.cents ?? (IN_FULL.test(text) ? balance : null)
    if (amountCents === null) return { clarify: `How much was paid on ${number}? Its balance is ${formatCents(balance)}.` }
    if (amountCents === 0) return { clarify: 'A payment must be more than $0.00. How much was paid?' }
    if (amountCents > balance) return { clarify: `That is more than ${number}'s balance of ${formatCents(balance)}. How much was paid?` }
    const words = withoutAmounts(text, amounts)
    const [method, ...others] = [...new Set(METHOD_WORDS.filter(([pattern]) => pattern.test(words)).map(([, m]) => m))]
    if (others.length > 0) return { clarify: `Was it paid by ${spokenList([method!, ...others])}? Record one payment per method.` }
    const checkNumber = CHECK_NUMBER.exec(words)?.[1]
    const paidOn = findDay(words, context.today, 'past')?.date ?? null
    return {
      params: {
        invoiceId: id,
        invoiceNumber: number,
        customerName,
        amountCents,
        method: method ?? 'other',
        methodStated: method !== undefined,
        reference: checkNumber ? `Check #${checkNumber}` : null,
        paidOn,
      },
    }
  },
  summarize: ({ invoiceNumber, customerName, amountCents, method, methodStated, reference, paidOn }) =>
    `Record a ${formatCents(amountCents)} ${methodStated ? `${method === 'ach' ? 'ACH' : method} ` : ''}payment on ${invoiceNumber} for ${customerName}` +
    (reference ? ` (${reference})` : '') +
    (paidOn ? `, paid ${spokenDay(paidOn)}` : '') +
    (methodStated ? '' : ' (method not given: recorded as other)'),
  async execute(scope, { invoiceId, amountCents, method, reference, paidOn }) {
    const { payment, invoice } = await recordPayment({ ...scope, invoiceId, input: validated(PaymentInput, { amountCents, method, reference, paidOn: paidOn ?? undefined }) })
    const standing = invoice.status === 'paid' ? 'it is now paid in full' : `${formatCents(invoice.balanceCents)} is still owed`
    return {
      entityType: 'payment',
      id: payment.id,
      href: `/crm/invoices/view/?id=${invoice.id}`,
      message: `Recorded ${formatCents(payment.amountCents)} on ${invoice.number}; ${standing}.`,
    }
  },
}
