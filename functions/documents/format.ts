import type { LineItem } from './line-items'
import { formatCents } from '../lib/money'

/** `6.35%` from 635 basis points, exactly. */
export function formatTaxRate(bps: number): string {
  const whole = Math.floor(bps / 100)
  const fraction = String(bps % 100).padStart(2, '0').replace(/0+$/, '')
  return `${whole}${fraction ? `.${fraction}` : ''}%`
}

/** The line table columns of a bid or invoice PDF. */
export const lineColumns = [
  { label: 'Description', width: 0.44 },
  { label: 'Type', width: 0.1 },
  { label: 'Qty', width: 0.1, align: 'right' as const },
  { label: 'Unit', width: 0.08 },
  { label: 'Unit price', width: 0.14, align: 'right' as const },
  { label: 'Amount', width: 0.14, align: 'right' as const },
]

const typeLabels = { labor: 'Labor', material: 'Material', other: 'Other' } as const

export const lineRows = (lines: LineItem[]) =>
  lines.map((line) => [line.description, typeLabels[line.type], line.quantity, line.unit ?? '', formatCents(line.unitPriceCents), formatCents(line.totalCents)])

/** Subtotal, discount (when there is one), tax and total rows; the total last. */
export function totalRows(doc: { subtotalCents: number; discountCents: number; taxRateBps: number; taxCents: number; totalCents: number }): [string, string][] {
  return [
    ['Subtotal', formatCents(doc.subtotalCents)],
    ...(doc.discountCents > 0 ? [['Discount', `-${formatCents(doc.discountCents)}`] as [string, string]] : []),
    [`Tax (${formatTaxRate(doc.taxRateBps)})`, formatCents(doc.taxCents)],
    ['Total', formatCents(doc.totalCents)],
  ]
}

/** Who a document is for, as printed: name, then address, phone and email when known. */
export type PrintedCustomer = { name: string; email: string | null; phone: string | null; address: string | null }

/** `555-0100  |  dana@example.com`: whichever of the phone and email are known, joined. */
export const contactLine = (who: { phone?: string | null; email?: string | null }, separator = '  |  ') => [who.phone, who.email].filter(Boolean).join(separator)
