import { lineTotalCents } from '../../functions/lib/money'
import { helperRate, laborRates, priceOf, type Extra, type JobTemplate } from './catalog'
import type { ChosenPart } from './jobs'
import type { Random } from './random'

/** Up to three decimals, no trailing zeros: a Postgres numeric as text. */
export const quantityText = (value: number) => String(Math.round(value * 1000) / 1000)

/** A value in [lo, hi] on a grid of `step`. */
export const onGrid = (rng: Random, [lo, hi]: [number, number], step = 1) => lo + step * rng.int(0, Math.floor((hi - lo) / step + 1e-9))

export type SeedLine = { description: string; quantity: string; unit: string; unitPriceCents: number; type: 'labor' | 'material' | 'other' }

/** What a job's scope is priced from: its kind of work, labour hours, crew, parts and extras. */
export type Scope = { template: JobTemplate; laborHours: number; crew: number; parts: ChosenPart[]; extras: Extra[] }

/**
 * Priced lines for a scope of work: labour (split lead/helper on two-person projects, a flat
 * fee for tune-ups), each part at the company's price, then fees.
 */
export function scopeLines({ template, laborHours, crew, parts, extras }: Scope): SeedLine[] {
  const lines: SeedLine[] = []
  const rate = laborRates[template.trade]
  if (template.flatFee) {
    lines.push({ description: template.flatFee.description, quantity: '1', unit: 'ea', unitPriceCents: template.flatFee.priceCents, type: 'labor' })
  } else if (crew === 2 && template.kind === 'project') {
    const half = Math.round((laborHours / 2) * 4) / 4
    lines.push({ description: rate.description, quantity: quantityText(half), unit: 'hr', unitPriceCents: rate.rateCents, type: 'labor' })
    lines.push({ description: helperRate.description, quantity: quantityText(half), unit: 'hr', unitPriceCents: helperRate.rateCents, type: 'labor' })
  } else {
    lines.push({ description: rate.description, quantity: quantityText(laborHours), unit: 'hr', unitPriceCents: rate.rateCents, type: 'labor' })
  }
  for (const part of parts) lines.push({ description: part.description, quantity: part.quantity, unit: part.unit, unitPriceCents: priceOf(part.costCents), type: 'material' })
  for (const extra of extras) lines.push({ description: extra.description, quantity: '1', unit: extra.unit, unitPriceCents: extra.priceCents, type: 'other' })
  return lines
}

/** Line rows for a bid or an invoice: positions 1…n and each line's own total. */
export const lineRows = <K extends 'bidId' | 'invoiceId'>(companyId: string, key: K, parentId: string, lines: SeedLine[], newId: () => string) =>
  lines.map((line, i) => ({
    id: newId(),
    companyId,
    [key]: parentId,
    position: i + 1,
    description: line.description,
    quantity: line.quantity,
    unit: line.unit,
    unitPriceCents: line.unitPriceCents,
    type: line.type,
    totalCents: lineTotalCents(line),
  })) as ({ id: string; companyId: string; position: number; description: string; quantity: string; unit: string; unitPriceCents: number; type: SeedLine['type']; totalCents: number } & Record<K, string>)[]
