import { Show } from 'solid-js';
import { formatCents } from '../../../lib/format';
import type { Totals } from '../../../lib/types/bids';
import { formatPercent } from './totals';

interface TotalsEditorProps {
  discount: string;
  taxRate: string;
  onDiscount: (value: string) => void;
  onTaxRate: (value: string) => void;
  discountError?: string;
  taxRateError?: string;
  /** Live totals; undefined while a line cannot be read yet. */
  totals: Totals | undefined;
  disabled?: boolean;
}

/** Discount and tax inputs beside the live subtotal, tax and total. */
export default function TotalsEditor(props: TotalsEditorProps) {
  return (
    <div class="grid gap-6 sm:grid-cols-2">
      <div class="grid grid-cols-2 gap-3 self-start">
        <div>
          <label for="doc-discount" class="field-label">
            Discount ($)
          </label>
          <input id="doc-discount" class="field-input h-10" inputMode="decimal" placeholder="0.00" value={props.discount} disabled={props.disabled} aria-invalid={Boolean(props.discountError)} aria-describedby={props.discountError ? 'doc-discount-error' : undefined} onInput={(event) => props.onDiscount(event.currentTarget.value)} data-testid="doc-discount" />
          <Show when={props.discountError}>
            <p id="doc-discount-error" class="field-error">{props.discountError}</p>
          </Show>
        </div>
        <div>
          <label for="doc-tax-rate" class="field-label">
            Tax rate (%)
          </label>
          <input id="doc-tax-rate" class="field-input h-10" inputMode="decimal" placeholder="0" value={props.taxRate} disabled={props.disabled} aria-invalid={Boolean(props.taxRateError)} aria-describedby={props.taxRateError ? 'doc-tax-rate-error' : undefined} onInput={(event) => props.onTaxRate(event.currentTarget.value)} data-testid="doc-tax-rate" />
          <Show when={props.taxRateError}>
            <p id="doc-tax-rate-error" class="field-error">{props.taxRateError}</p>
          </Show>
        </div>
      </div>
      <TotalsTable totals={props.totals} live />
    </div>
  );
}

/** Subtotal, discount, tax and total; `live` announces changes while typing. */
export function TotalsTable(props: { totals: Totals | undefined; live?: boolean; testPrefix?: string }) {
  const prefix = () => props.testPrefix ?? 'doc';
  const show = (cents: number | undefined) => (cents == null ? '—' : formatCents(cents));
  return (
    <dl class="space-y-1.5 text-sm sm:justify-self-end sm:min-w-64" aria-live={props.live ? 'polite' : undefined} data-testid={`${prefix()}-totals`}>
      <div class="flex justify-between gap-6">
        <dt class="text-slate-600">Subtotal</dt>
        <dd class="tabular-nums" data-testid={`${prefix()}-subtotal`}>{show(props.totals?.subtotalCents)}</dd>
      </div>
      <Show when={(props.totals?.discountCents ?? 0) > 0}>
        <div class="flex justify-between gap-6">
          <dt class="text-slate-600">Discount</dt>
          <dd class="tabular-nums" data-testid={`${prefix()}-discount-amount`}>−{show(props.totals?.discountCents)}</dd>
        </div>
      </Show>
      <div class="flex justify-between gap-6">
        <dt class="text-slate-600">Tax{props.totals && props.totals.taxRateBps > 0 ? ` (${formatPercent(props.totals.taxRateBps)})` : ''}</dt>
        <dd class="tabular-nums" data-testid={`${prefix()}-tax`}>{show(props.totals?.taxCents)}</dd>
      </div>
      <div class="flex justify-between gap-6 border-t border-slate-200 pt-2 text-base font-semibold">
        <dt>Total</dt>
        <dd class="tabular-nums" data-testid={`${prefix()}-total`}>{show(props.totals?.totalCents)}</dd>
      </div>
    </dl>
  );
}
