import { z } from '@hono/zod-openapi'
import { jobStatuses, paymentMethods } from '../../db/schema'
import { Property } from '../customers/property-schemas'
import { TotalsShape } from '../documents/line-items'

/**
 * What the client portal shows a homeowner: only what their contractors share with them
 * (never drafts, costs, hours, materials or internal notes). Every response is parsed through
 * these schemas, so a field not listed here never leaves.
 */

const uuid = (name: string) => z.uuid({ error: 'Must be a UUID.' }).openapi({ param: { name, in: 'path' }, example: '7f1c2a4e-8d1b-4c7a-9a55-2b8f0e6d3c11' })

export const CustomerParams = z.object({ customerId: uuid('customerId') })
export const PortalIdParams = z.object({ id: uuid('id') })

export const PortalCompany = z
  .object({
    id: z.uuid(),
    name: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
    logoUrl: z.string().nullable().openapi({ description: 'Download with the same bearer token', example: '/api/v1/portal/companies/7f1c2a4e-8d1b-4c7a-9a55-2b8f0e6d3c11/logo' }),
    trades: z.array(z.string()),
  })
  .openapi('PortalCompany')

export const PortalMe = z
  .object({
    email: z.string().nullable(),
    relationships: z
      .array(z.object({ customerId: z.uuid(), customerName: z.string(), company: PortalCompany }))
      .openapi({ description: 'One per contractor you are a customer of; empty until you join through an invitation' }),
  })
  .openapi('PortalMe')

export const ClaimInput = z
  .object({ token: z.string().trim().min(1, { error: 'Paste the invitation link’s token.' }).max(200).openapi({ description: 'The `invite` value of the invitation link' }) })
  .strict()
  .openapi('PortalClaimInput')

export const ClaimResult = z.object({ customerId: z.uuid(), companyName: z.string() }).openapi('PortalClaimResult')

export const PortalCustomer = z
  .object({ id: z.uuid(), name: z.string(), email: z.string().nullable(), phone: z.string().nullable(), address: z.string().nullable() })
  .openapi('PortalCustomer')

export const PortalVisit = z.object({
  jobId: z.uuid(),
  title: z.string(),
  status: z.enum(jobStatuses),
  scheduledStart: z.iso.datetime().nullable(),
  scheduledEnd: z.iso.datetime().nullable(),
  address: z.string().nullable(),
})

export const quoteStatuses = ['sent', 'accepted', 'declined', 'expired'] as const

export const PortalQuoteSummary = z
  .object({
    id: z.uuid(),
    number: z.string(),
    title: z.string().nullable(),
    status: z.enum(quoteStatuses).openapi({ description: '`expired` also when a sent quote is past its valid-until date' }),
    totalCents: z.number().int(),
    sentAt: z.iso.datetime().nullable(),
    validUntil: z.string().nullable(),
    decidedAt: z.iso.datetime().nullable(),
  })
  .openapi('PortalQuoteSummary')

export const PortalHome = z
  .object({
    customer: PortalCustomer,
    company: PortalCompany,
    upcomingVisits: z.array(PortalVisit),
    openQuotes: z.array(PortalQuoteSummary.pick({ id: true, number: true, title: true, totalCents: true, validUntil: true, sentAt: true })),
    balanceDueCents: z.number().int(),
    overdueCents: z.number().int(),
    openInvoices: z.number().int(),
    unreadMessages: z.number().int(),
    openRequests: z.number().int(),
  })
  .openapi('PortalHome')

/** A property as the CRM keeps it, without the contractor's notes. */
export const PortalProperty = Property.pick({ id: true, label: true, address: true, city: true, state: true, postalCode: true, yearBuilt: true, squareFeet: true }).openapi(
  'PortalProperty',
)

export const insightBases = ['zafto', 'industry'] as const
export const confidenceBands = ['limited', 'moderate', 'confident'] as const

export const EquipmentInsight = z
  .object({
    text: z.string().openapi({ example: 'Water heaters of this brand typically last 10–14 years; yours is 8.' }),
    lowYears: z.number(),
    highYears: z.number().nullable().openapi({ description: 'Null when only a lower bound is known ("20+ years")' }),
    typicalYears: z.number(),
    basis: z.enum(insightBases).openapi({ description: '`zafto`: computed from anonymous ZAFTO records; `industry`: a published industry average' }),
    confidence: z.enum(confidenceBands).nullable().openapi({ description: 'From the sample size; null for industry averages' }),
    sampleSize: z.number().int().nullable(),
  })
  .openapi('EquipmentInsight')

export const warrantyStates = ['active', 'expired', 'unknown'] as const

export const PortalEquipment = z
  .object({
    id: z.uuid(),
    propertyId: z.uuid().nullable(),
    kind: z.string(),
    make: z.string().nullable(),
    model: z.string().nullable(),
    serialNumber: z.string().nullable(),
    installDate: z.string().nullable(),
    ageYears: z.number().int().nullable(),
    warrantyExpiresOn: z.string().nullable(),
    warranty: z.enum(warrantyStates),
    insight: EquipmentInsight.nullable(),
  })
  .openapi('PortalEquipment')

export const PortalEquipmentDetail = PortalEquipment.extend({
  serviceHistory: z
    .array(z.object({ jobId: z.uuid(), title: z.string(), completedAt: z.iso.datetime().nullable(), failureMode: z.string().nullable() }))
    .openapi({ description: 'Completed jobs on this unit, newest first' }),
}).openapi('PortalEquipmentDetail')

export const PortalJob = z
  .object({
    id: z.uuid(),
    title: z.string(),
    trade: z.string(),
    status: z.enum(jobStatuses),
    scheduledStart: z.iso.datetime().nullable(),
    scheduledEnd: z.iso.datetime().nullable(),
    startedAt: z.iso.datetime().nullable(),
    completedAt: z.iso.datetime().nullable(),
    address: z.string().nullable(),
    equipment: z.object({ id: z.uuid(), kind: z.string() }).nullable(),
    notes: z.array(z.object({ body: z.string(), createdAt: z.iso.datetime() })).openapi({ description: 'Notes the contractor shared, oldest first' }),
  })
  .openapi('PortalJob')

export const PortalLine = z
  .object({
    description: z.string(),
    quantity: z.string().openapi({ example: '2.5' }),
    unit: z.string().nullable(),
    unitPriceCents: z.number().int(),
    totalCents: z.number().int(),
  })
  .openapi('PortalLine')

export const PortalQuote = z
  .object({
    id: z.uuid(),
    number: z.string(),
    title: z.string().nullable(),
    status: z.enum(quoteStatuses),
    notes: z.string().nullable(),
    validUntil: z.string().nullable(),
    sentAt: z.iso.datetime().nullable(),
    lines: z.array(PortalLine),
    ...TotalsShape,
    contentHash: z.string().openapi({ description: 'Send it back with accept or decline: it proves which version you read' }),
    company: PortalCompany,
    decision: z.object({ signedName: z.string().nullable(), decidedAt: z.iso.datetime(), reason: z.string().nullable() }).nullable(),
    canDecide: z.boolean(),
  })
  .openapi('PortalQuote')

const ContentHash = z
  .string({ error: 'Send the contentHash of the quote you read.' })
  .regex(/^[0-9a-f]{32}$/, { error: 'Send the contentHash exactly as the quote gave it.' })

export const AcceptInput = z
  .object({
    signedName: z
      .string({ error: 'Type your full name to sign.' })
      .trim()
      .min(2, { error: 'Type your full name to sign.' })
      .max(120, { error: 'At most 120 characters.' })
      .openapi({ example: 'Priya Natarajan' }),
    contentHash: ContentHash,
  })
  .strict()
  .openapi('PortalAcceptInput')

export const DeclineInput = z
  .object({
    reason: z
      .string({ error: 'Tell the contractor why, in a few words.' })
      .trim()
      .min(1, { error: 'Tell the contractor why, in a few words.' })
      .max(1000, { error: 'At most 1000 characters.' })
      .openapi({ example: 'We decided to wait until spring.' }),
    contentHash: ContentHash,
  })
  .strict()
  .openapi('PortalDeclineInput')

export const invoiceStatusesShown = ['sent', 'partial', 'paid', 'void', 'overdue'] as const

export const PortalInvoiceSummary = z
  .object({
    id: z.uuid(),
    number: z.string(),
    status: z.enum(invoiceStatusesShown),
    issueDate: z.string().nullable(),
    dueDate: z.string().nullable(),
    totalCents: z.number().int(),
    amountPaidCents: z.number().int(),
    balanceCents: z.number().int(),
  })
  .openapi('PortalInvoiceSummary')

export const PortalInvoice = PortalInvoiceSummary.extend({
  ...TotalsShape,
  notes: z.string().nullable(),
  sentAt: z.iso.datetime().nullable(),
  lines: z.array(PortalLine),
  payments: z.array(z.object({ amountCents: z.number().int(), paidOn: z.string(), method: z.enum(paymentMethods) })),
  company: PortalCompany,
}).openapi('PortalInvoice')

export type PortalCompany = z.output<typeof PortalCompany>
export type PortalMe = z.output<typeof PortalMe>
export type PortalHome = z.output<typeof PortalHome>
export type PortalProperty = z.output<typeof PortalProperty>
export type EquipmentInsight = z.output<typeof EquipmentInsight>
export type PortalEquipment = z.output<typeof PortalEquipment>
export type PortalEquipmentDetail = z.output<typeof PortalEquipmentDetail>
export type PortalJob = z.output<typeof PortalJob>
export type PortalLine = z.output<typeof PortalLine>
export type PortalQuote = z.output<typeof PortalQuote>
export type PortalQuoteSummary = z.output<typeof PortalQuoteSummary>
export type PortalInvoice = z.output<typeof PortalInvoice>
export type PortalInvoiceSummary = z.output<typeof PortalInvoiceSummary>
export type AcceptInput = z.output<typeof AcceptInput>
export type DeclineInput = z.output<typeof DeclineInput>
