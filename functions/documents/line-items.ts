import { z } from '@hono/zod-openapi'
import { lineItemTypes } from '../../db/schema'
import { ApiError } from '../lib/errors'
import { documentTotals, formatCents, lineTotalCents, tidyQuantity, type DocumentTotals } from '../lib/money'

/**
 * Line items shared by bids and invoices: what a client sends, what the API answers, and the
 * server-side pricing that turns them into stored rows and totals.
 */

/** Largest amount a stored money column holds (Postgres integer), in cents. */
const MAX_CENTS = 2_000_000_000

/** A quantity: a decimal string with up to 3 places, or a JSON number that reads as one. */
export const Quantity = z
  .union([z.string().trim(), z.number().transform((n) => String(n))])
  .pipe(
    z
      .string()
      .regex(/^\d{1,9}(\.\d{1,3})?$/, { error: 'Must be a number of units with at most 3 decimal places, like 2 or 1.25.' })
      .refine((q) => /[1-9]/.test(q), { error: 'Must be more than zero.' }),
  )
  .openapi({ type: 'string', example: '2.5', description: 'Decimal with up to 3 places; a JSON number is accepted too' })

export const LineItemInput = z
  .object({
    description: z.string().trim().min(1, { error: 'Describe the line.' }).max(500).openapi({ example: '200A panel upgrade, labor' }),
    quantity: Quantity,
    unit: z
      .string()
      .trim()
      .max(20)
      .transform((v) => (v === '' ? null : v))
      .nullable()
      .optional()
      .openapi({ type: 'string', example: 'hr' }),
    unitPriceCents: z
      .number({ error: 'Must be a whole number of cents.' })
      .int({ error: 'Must be a whole number of cents.' })
      .min(0, { error: 'Cannot be negative.' })
      .max(100_000_000, { error: 'At most $1,000,000.00 per unit.' })
      .openapi({ example: 9500 }),
    type: z.enum(lineItemTypes).default('other'),
  })
  .strict()
  .openapi('LineItemInput')
export type LineItemInput = z.output<typeof LineItemInput>

export const LineItemsInput = z.array(LineItemInput).max(200, { error: 'At most 200 lines.' })

export const DiscountCents = z
  .number({ error: 'Must be a whole number of cents.' })
  .int({ error: 'Must be a whole number of cents.' })
  .min(0, { error: 'Cannot be negative.' })
  .max(MAX_CENTS)
  .openapi({ example: 5000 })

export const TaxRateBps = z
  .number({ error: 'Must be a whole number of basis points.' })
  .int({ error: 'Must be a whole number of basis points (6.35% = 635).' })
  .min(0, { error: 'Cannot be negative.' })
  .max(10_000, { error: 'At most 100% (10000).' })
  .openapi({ example: 635, description: 'Basis points: 6.35% = 635' })

export const LineItem = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    description: z.string(),
    quantity: z.string().openapi({ example: '2.5' }),
    unit: z.string().nullable(),
    unitPriceCents: z.number().int(),
    type: z.enum(lineItemTypes),
    totalCents: z.number().int(),
  })
  .openapi('LineItem')
export type LineItem = z.output<typeof LineItem>

/** The totals every money document carries, in integer cents. */
export const TotalsShape = {
  subtotalCents: z.number().int(),
  discountCents: z.number().int(),
  taxRateBps: z.number().int(),
  taxCents: z.number().int(),
  totalCents: z.number().int(),
}

export type PricedLine = LineItemInput & { position: number; totalCents: number }

/**
 * Prices the lines exactly (quantity × unit price, rounded half up per line) and the
 * document: subtotal, discount, tax on the discounted amount, total. Refuses a discount larger
 * than the subtotal and amounts too large to store.
 */
export function priceLines(lines: LineItemInput[], discountCents: number, taxRateBps: number): { lines: PricedLine[]; totals: DocumentTotals } {
  const priced = lines.map((line, index) => ({ ...line, position: index + 1, totalCents: lineTotalCents(line) }))
  const totals = documentTotals(priced, discountCents, taxRateBps)
  const tooLarge = priced.findIndex((line) => line.totalCents > MAX_CENTS)
  if (tooLarge >= 0) {
    throw new ApiError('validation_failed', 'A line total is too large.', { details: [{ path: `lines.${tooLarge}`, message: 'The line total must stay under $20,000,000.00.' }] })
  }
  if (totals.subtotalCents > MAX_CENTS || totals.totalCents > MAX_CENTS) {
    throw new ApiError('validation_failed', 'The document total is too large.', { details: [{ path: 'lines', message: 'The total must stay under $20,000,000.00.' }] })
  }
  if (discountCents > totals.subtotalCents) {
    throw new ApiError('validation_failed', `The discount is more than the subtotal (${formatCents(totals.subtotalCents)}).`, {
      details: [{ path: 'discountCents', message: `Must not exceed the subtotal of ${formatCents(totals.subtotalCents)}.` }],
    })
  }
  return { lines: priced, totals }
}

/** The API's view of a stored line (bid or invoice). */
export const toLineItem = (row: {
  id: string
  position: number
  description: string
  quantity: string
  unit: string | null
  unitPriceCents: number
  type: (typeof lineItemTypes)[number]
  totalCents: number
}): LineItem =>
  LineItem.parse({
    id: row.id,
    position: row.position,
    description: row.description,
    quantity: tidyQuantity(row.quantity),
    unit: row.unit,
    unitPriceCents: row.unitPriceCents,
    type: row.type,
    totalCents: row.totalCents,
  })

/** A stored line as input again (duplicating a bid, converting it to an invoice). */
export const lineAsInput = (line: LineItem): LineItemInput => ({
  description: line.description,
  quantity: line.quantity,
  unit: line.unit,
  unitPriceCents: line.unitPriceCents,
  type: line.type,
})
