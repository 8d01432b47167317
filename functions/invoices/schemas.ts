import { z } from '@hono/zod-openapi'
import { invoiceStatuses, paymentMethods } from '../../db/schema'
import { DocumentParties, IsoDate, PricingInput, pricingPatch } from '../documents/document-schemas'
import { LineItem, TotalsShape } from '../documents/line-items'
import { CustomerRef } from '../documents/references'
import { optionalText, paginated, PaginationQuery } from '../lib/openapi'
import { OutboxEmail } from '../outbox/schemas'

/** What a person sees: the stored state, or `overdue` for an open invoice past its due date. */
export const displayStatuses = [...invoiceStatuses, 'overdue'] as const
export type DisplayStatus = (typeof displayStatuses)[number]

const editable = {
  ...DocumentParties,
  issueDate: IsoDate.optional().openapi({ description: 'Defaults to today', example: '2026-03-01' }),
  dueDate: IsoDate.optional().openapi({ description: 'Defaults to 30 days after the issue date', example: '2026-03-31' }),
  notes: optionalText(5000).openapi({ type: 'string', example: 'Thank you for your business.' }),
}

export const InvoiceInput = z
  .object({
    ...editable,
    ...PricingInput,
  })
  .strict()
  .openapi('InvoiceInput')

export const InvoicePatch = z
  .object({
    ...editable,
    customerId: editable.customerId.optional(),
    ...pricingPatch('Replaces every line (drafts only)'),
  })
  .strict()
  .openapi('InvoicePatch')

export const Payment = z
  .object({
    id: z.uuid(),
    invoiceId: z.uuid(),
    amountCents: z.number().int(),
    method: z.enum(paymentMethods),
    paidOn: z.string().openapi({ example: '2026-03-12' }),
    reference: z.string().nullable(),
    notes: z.string().nullable(),
    recordedBy: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Payment')

export const PaymentInput = z
  .object({
    amountCents: z
      .number({ error: 'Must be a whole number of cents.' })
      .int({ error: 'Must be a whole number of cents.' })
      .positive({ error: 'Must be more than zero.' })
      .max(2_000_000_000)
      .openapi({ example: 25000 }),
    method: z.enum(paymentMethods, { error: `Must be one of ${paymentMethods.join(', ')}.` }),
    paidOn: IsoDate.optional().openapi({ description: 'Defaults to today', example: '2026-03-12' }),
    reference: optionalText(100).openapi({ type: 'string', example: 'Check #1042' }),
    notes: optionalText(1000).openapi({ type: 'string' }),
  })
  .strict()
  .openapi('PaymentInput')

const summaryShape = {
  id: z.uuid(),
  number: z.string().openapi({ example: 'INV-0012' }),
  status: z.enum(invoiceStatuses).openapi({ description: 'The stored state' }),
  displayStatus: z.enum(displayStatuses).openapi({ description: '`overdue` when sent or partial and past the due date' }),
  isOverdue: z.boolean(),
  daysOverdue: z.number().int().openapi({ description: 'Days past the due date while open; 0 otherwise' }),
  customerId: z.uuid(),
  customer: CustomerRef,
  jobId: z.uuid().nullable(),
  bidId: z.uuid().nullable(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  ...TotalsShape,
  amountPaidCents: z.number().int(),
  balanceCents: z.number().int().openapi({ description: 'Total less payments; 0 for a void invoice' }),
  createdByAi: z.boolean(),
  reviewedBy: z.uuid().nullable(),
  sentAt: z.iso.datetime().nullable(),
  paidAt: z.iso.datetime().nullable(),
  voidedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}

export const InvoiceSummary = z.object(summaryShape).openapi('InvoiceSummary')

export const Invoice = z
  .object({
    ...summaryShape,
    notes: z.string().nullable(),
    createdBy: z.uuid().nullable(),
    bid: z.object({ id: z.uuid(), number: z.string() }).nullable(),
    lines: z.array(LineItem),
    payments: z.array(Payment),
  })
  .openapi('Invoice')

export const InvoiceList = paginated(InvoiceSummary, 'InvoiceList')

export const InvoiceFilterQuery = z.object({
  status: z.enum(displayStatuses).optional().openapi({ description: '`overdue` selects open invoices past their due date' }),
  customerId: z.uuid({ error: 'Must be a customer id.' }).optional(),
  jobId: z.uuid({ error: 'Must be a job id.' }).optional(),
  search: z.string().trim().max(200).optional().openapi({ description: 'Matches number or customer name', example: 'INV-00' }),
})

export const InvoiceListQuery = PaginationQuery.extend(InvoiceFilterQuery.shape)

export const VoidInput = z
  .object({ reason: optionalText(1000).openapi({ type: 'string', example: 'Billed to the wrong customer' }) })
  .strict()
  .openapi('InvoiceVoidInput')

export const PaymentResult = z.object({ payment: Payment, invoice: Invoice }).openapi('PaymentResult')

export const InvoiceSendResult = z
  .object({
    invoice: Invoice,
    email: OutboxEmail.openapi({ description: 'The outbox record; `status` is `failed` (and the invoice unchanged) when the mailer refused it' }),
  })
  .openapi('InvoiceSendResult')

export const agingBucketKeys = ['current', 'days_1_30', 'days_31_60', 'days_61_90', 'days_over_90'] as const

export const Aging = z
  .object({
    asOf: z.string().openapi({ example: '2026-03-31' }),
    buckets: z.array(
      z.object({
        key: z.enum(agingBucketKeys),
        label: z.string().openapi({ example: '1–30 days' }),
        totalCents: z.number().int().openapi({ description: 'Open balances in this bucket' }),
        count: z.number().int(),
      }),
    ),
    totalCents: z.number().int(),
    count: z.number().int(),
  })
  .openapi('InvoiceAging')

export const AgingQuery = z.object({
  asOf: IsoDate.optional().openapi({ description: 'Age balances as of this day; defaults to today', example: '2026-03-31' }),
})

export type InvoiceInput = z.output<typeof InvoiceInput>
export type InvoicePatch = z.output<typeof InvoicePatch>
export type Invoice = z.output<typeof Invoice>
export type InvoiceSummary = z.output<typeof InvoiceSummary>
export type Payment = z.output<typeof Payment>
export type PaymentInput = z.output<typeof PaymentInput>
export type InvoiceFilter = z.output<typeof InvoiceFilterQuery>
export type Aging = z.output<typeof Aging>
