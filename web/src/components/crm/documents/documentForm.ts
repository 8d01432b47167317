import { createMemo, createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { blankLine, checkLines, draftTotalCents, draftsFromItems, lineErrorsFromDetails, type DraftLine, type LineErrors } from './lineDrafts';
import { bpsToPercentInput, documentTotals, parsePercentToBps } from './totals';
import { ApiError } from '../../../lib/api';
import { centsToInput, parseDollarsToCents } from '../../../lib/format';
import { describeFailure } from '../../../lib/forms';
import type { LineItem, LineItemInput, Totals } from '../../../lib/types/bids';

/**
 * The money part of a bid or invoice form: lines, discount and tax rate as typed, the live
 * totals, and a check that turns them into the request body (or field messages).
 */
export function createDocumentForm(initial?: { lines: LineItem[]; discountCents: number; taxRateBps: number }) {
  const [lines, setLines] = createStore<DraftLine[]>(initial && initial.lines.length > 0 ? draftsFromItems(initial.lines) : [blankLine()]);
  const [discount, setDiscount] = createSignal(initial && initial.discountCents > 0 ? centsToInput(initial.discountCents) : '');
  const [taxRate, setTaxRate] = createSignal(initial ? bpsToPercentInput(initial.taxRateBps) : '');
  const [lineErrors, setLineErrors] = createSignal<LineErrors>({});
  const [discountError, setDiscountError] = createSignal('');
  const [taxRateError, setTaxRateError] = createSignal('');

  const discountCents = () => (discount().trim() ? parseDollarsToCents(discount()) : 0);
  const taxRateBps = () => (taxRate().trim() ? parsePercentToBps(taxRate()) : 0);

  /** Live totals, or undefined while any line, the discount or the rate cannot be read. */
  const totals = createMemo<Totals | undefined>(() => {
    const lineTotals = lines.map(draftTotalCents);
    const discountValue = discountCents();
    const rate = taxRateBps();
    if (lineTotals.some((total) => total == null) || discountValue == null || rate == null) return undefined;
    return documentTotals(lineTotals as number[], discountValue, rate);
  });

  /** Validates everything; returns the request fields, or undefined after showing the messages. */
  const check = (): { lines: LineItemInput[]; discountCents: number; taxRateBps: number } | undefined => {
    const { inputs, errors } = checkLines(lines);
    setLineErrors(errors);
    const discountValue = discountCents();
    const rate = taxRateBps();
    const subtotal = totals()?.subtotalCents;
    setDiscountError(
      discountValue == null ? 'Enter an amount like 50 or 49.99.' : subtotal != null && discountValue > subtotal ? 'The discount cannot be more than the subtotal.' : '',
    );
    setTaxRateError(rate == null ? 'Enter a rate between 0 and 100, like 6.35.' : '');
    if (Object.keys(errors).length > 0 || discountValue == null || rate == null || (subtotal != null && discountValue > subtotal)) return undefined;
    return { lines: inputs, discountCents: discountValue, taxRateBps: rate };
  };

  /** Puts a failed save's messages on the lines, the discount and the tax rate. */
  const placeFailure = (error: unknown) => {
    const failure = describeFailure(error, ['discountCents', 'taxRateBps']);
    setLineErrors(lineErrorsFromDetails(error instanceof ApiError ? error.details : [], lines).errors);
    if (failure.fields.discountCents) setDiscountError(failure.fields.discountCents);
    if (failure.fields.taxRateBps) setTaxRateError(failure.fields.taxRateBps);
  };

  return {
    lines,
    setLines,
    discount,
    setDiscount,
    taxRate,
    setTaxRate,
    totals,
    lineErrors,
    setLineErrors,
    discountError,
    taxRateError,
    setDiscountError,
    setTaxRateError,
    check,
    placeFailure,
  };
}

export type DocumentForm = ReturnType<typeof createDocumentForm>;
