import { Show } from 'solid-js';
import { formatPercent } from './totals';
import { formatCents } from '../../../lib/format';
import type { Totals } from '../../../lib/types/bids';

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
        <NumberField id="doc-discount" label="Discount ($)" placeholder="0.00" value={props.discount} onValue={props.onDiscount} error={props.discountError} disabled={props.disabled} />
        <NumberField id="doc-tax-rate" label="Tax rate (%)" placeholder="0" value={props.taxRate} onValue={props.onTaxRate} error={props.taxRateError} disabled={props.disabled} />
      </div>
      <TotalsTable totals={props.totals} live />
    </div>
  );
}

/** A short decimal input with its label and message (blank counts as zero). */
function NumberField(props: { id: string; label: string; placeholder: string; value: string; onValue: (value: string) => void; error?: string; disabled?: boolean }) {
  return (
    <div>
      <label for={props.id} class="field-label">
        {props.label}
      </label>
      <input
        id={props.id}
        class="field-input h-10"
        inputMode="decimal"
        placeholder={props.placeholder}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={Boolean(props.error)}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onInput={(event) => props.onValue(event.currentTarget.value)}
        data-testid={props.id}
      />
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="field-error">
          {props.error}
        </p>
      </Show>
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
