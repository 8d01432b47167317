import type { Totals } from '../../../lib/types/bids';

/**
 * The document arithmetic of functions/lib/money.ts, repeated in the browser so the editor
 * shows live totals that match what the server will store: integer cents, quantities in
 * thousandths with BigInt, every rounding half up. The server's numbers win after a save.
 */

const QUANTITY = /^\d{1,9}(\.\d{1,3})?$/;

/** Whether `text` is a quantity the API accepts: up to 9 digits and 3 decimals, not negative. */
export const isQuantity = (text: string) => QUANTITY.test(text.trim());

function thousandths(quantity: string): bigint {
  const [whole = '0', fraction = ''] = quantity.trim().split('.');
  return BigInt(whole) * 1000n + BigInt(fraction.padEnd(3, '0'));
}

const divideRounded = (a: bigint, b: bigint) => (a + b / 2n) / b;

/** quantity × unit price, rounded half up to the cent; null while the quantity is not valid. */
export function lineTotalCents(quantity: string, unitPriceCents: number | null): number | null {
  if (!isQuantity(quantity) || unitPriceCents == null) return null;
  return Number(divideRounded(thousandths(quantity) * BigInt(unitPriceCents), 1000n));
}

/** Subtotal, discount, tax on the discounted amount (basis points, half up) and total. */
export function documentTotals(lineTotals: number[], discountCents: number, taxRateBps: number): Totals {
  const subtotalCents = lineTotals.reduce((sum, cents) => sum + cents, 0);
  const taxable = Math.max(0, subtotalCents - discountCents);
  const taxCents = Number(divideRounded(BigInt(taxable) * BigInt(taxRateBps), 10_000n));
  return { subtotalCents, discountCents, taxRateBps, taxCents, totalCents: taxable + taxCents };
}

/** Basis points from a percentage typed by a person (`6.35` → 635), exact; null when not a rate of 0–100%. */
export function parsePercentToBps(text: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{0,2}))?$/.exec(text.trim().replace(/%$/, '').trim());
  if (!match) return null;
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bps <= 10_000 ? bps : null;
}

/** `6.35` from 635, for an input's value. */
export function bpsToPercentInput(bps: number): string {
  const whole = Math.floor(bps / 100);
  const fraction = String(bps % 100).padStart(2, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** `6.35%` from 635. */
export const formatPercent = (bps: number) => `${bpsToPercentInput(bps)}%`;
