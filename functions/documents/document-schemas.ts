import { z } from '@hono/zod-openapi'
import { DiscountCents, LineItemsInput, TaxRateBps } from './line-items'

/**
 * Request fields bids and invoices share: who the document is for, and its priced part. Spread
 * into each document's own `.strict()` object, so the OpenAPI components keep their names.
 */

/** A calendar day, as money documents carry dates (valid until, issue, due). */
export const IsoDate = z.iso.date({ error: 'Must be a date like 2026-03-31.' })

/** The customer (one of the caller's company) and, optionally, one of that customer's jobs. */
export const DocumentParties = {
  customerId: z.uuid({ error: 'Must be a customer id.' }),
  jobId: z.uuid({ error: 'Must be a job id.' }).nullable().optional(),
}

/** The priced part of a new document: its lines, discount and tax, none by default. */
export const PricingInput = {
  lines: LineItemsInput.default([]),
  discountCents: DiscountCents.default(0),
  taxRateBps: TaxRateBps.default(0),
}

/** The priced part of an edit: each field optional; `linesNote` documents what `lines` does. */
export const pricingPatch = (linesNote: string) => ({
  lines: LineItemsInput.optional().openapi({ description: linesNote }),
  discountCents: DiscountCents.optional(),
  taxRateBps: TaxRateBps.optional(),
})
