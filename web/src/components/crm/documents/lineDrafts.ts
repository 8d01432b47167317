import { isQuantity, lineTotalCents } from './totals';
import { centsToInput, parseDollarsToCents } from '../../../lib/format';
import type { LineItem, LineItemInput, LineItemType } from '../../../lib/types/bids';

/** One line as the person is typing it: text everywhere, parsed only to compute and to save. */
export interface DraftLine {
  /** Stable while the line is moved around, so inputs keep focus. */
  key: number;
  description: string;
  quantity: string;
  unit: string;
  price: string;
  type: LineItemType;
}

let nextKey = 0;

export function blankLine(type: LineItemType = 'labor'): DraftLine {
  return { key: ++nextKey, description: '', quantity: '1', unit: '', price: '', type };
}

export function draftsFromItems(items: readonly LineItem[]): DraftLine[] {
  return [...items]
    .sort((a, b) => a.position - b.position)
    .map((item) => ({
      key: ++nextKey,
      description: item.description,
      quantity: item.quantity,
      unit: item.unit ?? '',
      price: centsToInput(item.unitPriceCents),
      type: item.type,
    }));
}

/** The live total of a line, or null while its quantity or price cannot be read. */
export const draftTotalCents = (line: DraftLine) => lineTotalCents(line.quantity, parseDollarsToCents(line.price));

/** Error keys are `<line key>.<field>`, so messages follow a line when it moves. */
export type LineErrors = Record<string, string>;

/** Checks every line the way the API does and turns the valid ones into the request shape. */
export function checkLines(lines: readonly DraftLine[]): { inputs: LineItemInput[]; errors: LineErrors } {
  const errors: LineErrors = {};
  const inputs: LineItemInput[] = [];
  for (const line of lines) {
    const description = line.description.trim();
    const quantity = line.quantity.trim();
    const price = parseDollarsToCents(line.price);
    if (!description) errors[`${line.key}.description`] = 'Describe the work or item.';
    else if (description.length > 500) errors[`${line.key}.description`] = 'Keep it under 500 characters.';
    if (!isQuantity(quantity)) errors[`${line.key}.quantity`] = 'Like 2 or 1.25 (3 decimals at most).';
    else if (!/[1-9]/.test(quantity)) errors[`${line.key}.quantity`] = 'Must be more than zero.';
    if (price == null) errors[`${line.key}.price`] = 'An amount like 85 or 85.50.';
    if (line.unit.trim().length > 20) errors[`${line.key}.unit`] = 'Up to 20 characters.';
    if (description && description.length <= 500 && isQuantity(quantity) && /[1-9]/.test(quantity) && price != null && line.unit.trim().length <= 20) {
      inputs.push({ description, quantity, unit: line.unit.trim() || null, unitPriceCents: price, type: line.type });
    }
  }
  return { inputs, errors };
}

/**
 * Maps the API's 422 details for `lines.<index>.<field>` onto the draft lines' error keys.
 * Returns the messages it could not place.
 */
export function lineErrorsFromDetails(details: ReadonlyArray<{ path: string; message: string }>, lines: readonly DraftLine[]): { errors: LineErrors; other: string[] } {
  const errors: LineErrors = {};
  const other: string[] = [];
  const fieldNames: Record<string, keyof DraftLine> = { description: 'description', quantity: 'quantity', unit: 'unit', unitPriceCents: 'price', type: 'type' };
  for (const detail of details) {
    const match = /^lines[.[/](\d+)\]?(?:[./](\w+))?/.exec(detail.path);
    const line = match ? lines[Number(match[1])] : undefined;
    const field = match?.[2] ? fieldNames[match[2]] : undefined;
    if (line && field) errors[`${line.key}.${field}`] ??= detail.message;
    else other.push(detail.message);
  }
  return { errors, other };
}
