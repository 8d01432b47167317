import { z } from '@hono/zod-openapi'
import { bidStatuses, invoiceStatuses, jobStatuses } from '../../db/schema'
import { DocumentParties, IsoDate, PricingInput, pricingPatch } from '../documents/document-schemas'
import { LineItem, TotalsShape } from '../documents/line-items'
import { CustomerRef } from '../documents/references'
import { JobCategoryKey, TradeKey } from '../jobs/schemas'
import { optionalText, paginated, PaginationQuery } from '../lib/openapi'
import { OutboxEmail } from '../outbox/schemas'

/** Fields a person sets on a bid; the server computes numbers, totals and states. */
const editable = {
  ...DocumentParties,
  title: optionalText(200).openapi({ type: 'string', example: 'Panel upgrade to 200A' }),
  trade: TradeKey.nullable().optional().openapi({ description: 'The trade of the work bid on; a linked job’s wins', example: 'electrical' }),
  jobCategory: JobCategoryKey,
  validUntil: IsoDate.nullable().optional().openapi({ type: 'string', example: '2026-04-30' }),
  notes: optionalText(5000).openapi({ type: 'string', example: 'Price includes permit and inspection.' }),
}

export const BidInput = z
  .object({
    ...editable,
    ...PricingInput,
  })
  .strict()
  .openapi('BidInput')

export const BidPatch = z
  .object({
    ...editable,
    customerId: editable.customerId.optional(),
    ...pricingPatch('Replaces every line'),
  })
  .strict()
  .openapi('BidPatch')

/** How the customer's answer was recorded: in the client portal (typed-name signature) or by staff in the CRM. */
export const bidDecisionChannels = ['client_portal', 'crm'] as const

const summaryShape = {
  id: z.uuid(),
  number: z.string().openapi({ example: 'BID-0007' }),
  title: z.string().nullable(),
  status: z.enum(bidStatuses),
  customerId: z.uuid(),
  customer: CustomerRef,
  jobId: z.uuid().nullable(),
  trade: TradeKey.nullable(),
  jobCategory: z.string().nullable(),
  validUntil: z.string().nullable(),
  ...TotalsShape,
  createdByAi: z.boolean(),
  reviewedBy: z.uuid().nullable(),
  sentAt: z.iso.datetime().nullable(),
  followedUpAt: z.iso.datetime().nullable().openapi({ description: 'When the bid was first sent again (a follow-up)' }),
  acceptedAt: z.iso.datetime().nullable(),
  declinedAt: z.iso.datetime().nullable(),
  declineReason: z.string().nullable(),
  decidedVia: z.enum(bidDecisionChannels).nullable().openapi({ description: 'Where the customer’s answer was recorded once accepted or declined: the client portal or the CRM' }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
}

export const BidSummary = z.object(summaryShape).openapi('BidSummary')

export const BidDecision = z
  .object({
    via: z.enum(bidDecisionChannels),
    signedName: z.string().nullable().openapi({ description: 'The name the customer typed to accept (client portal acceptances only)' }),
    signedIp: z.string().nullable().openapi({ description: 'Where the customer answered from (client portal only)' }),
    signedAt: z.iso.datetime().openapi({ description: 'When the bid was accepted or declined' }),
    declineReason: z.string().nullable(),
  })
  .openapi('BidDecision')

export const Bid = z
  .object({
    ...summaryShape,
    decision: BidDecision.nullable().openapi({ description: 'The customer’s answer once the bid is accepted or declined; null before' }),
    notes: z.string().nullable(),
    createdBy: z.uuid().nullable(),
    lines: z.array(LineItem),
    invoices: z
      .array(z.object({ id: z.uuid(), number: z.string(), status: z.enum(invoiceStatuses) }))
      .openapi({ description: 'Invoices made from this bid' }),
  })
  .openapi('Bid')

export const BidList = paginated(BidSummary, 'BidList')

export const BidListQuery = PaginationQuery.extend({
  status: z.enum(bidStatuses).optional(),
  customerId: z.uuid({ error: 'Must be a customer id.' }).optional(),
  search: z.string().trim().max(200).optional().openapi({ description: 'Matches number, title or customer name', example: 'panel' }),
})

export const DeclineInput = z
  .object({ reason: optionalText(1000).openapi({ type: 'string', example: 'Went with another contractor' }) })
  .strict()
  .openapi('BidDeclineInput')

export const ConvertInput = z
  .object({
    createJob: z.boolean().default(false).openapi({ description: 'Create a scheduled job for the customer, titled after the bid' }),
    createInvoice: z.boolean().default(false).openapi({ description: 'Create a draft invoice with the bid’s lines' }),
  })
  .strict()
  .refine((v) => v.createJob || v.createInvoice, { error: 'Choose createJob, createInvoice or both.', path: ['createJob'] })
  .openapi('BidConvertInput')

export const SendResult = z
  .object({
    bid: Bid,
    email: OutboxEmail.openapi({ description: 'The outbox record; `status` is `failed` (and the bid still a draft) when the mailer refused it' }),
  })
  .openapi('BidSendResult')

export const ConvertResult = z
  .object({
    bid: Bid,
    job: z.object({ id: z.uuid(), title: z.string(), status: z.enum(jobStatuses) }).nullable(),
    invoiceId: z.uuid().nullable().openapi({ description: 'The new draft invoice (GET /invoices/{id})' }),
  })
  .openapi('BidConvertResult')

export type BidInput = z.output<typeof BidInput>
export type BidPatch = z.output<typeof BidPatch>
export type Bid = z.output<typeof Bid>
export type BidSummary = z.output<typeof BidSummary>
export type ConvertInput = z.output<typeof ConvertInput>
