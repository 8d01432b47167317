import { createSignal } from 'solid-js';
import CustomerPicker from './CustomerPicker';
import LineItemsEditor from './LineItemsEditor';
import TotalsEditor from './TotalsEditor';
import { createDocumentForm } from './documentForm';
import { lineErrorsFromDetails } from './lineDrafts';
import { FormError, TextAreaField, TextField } from '../fields';
import { api, ApiError } from '../../../lib/api';
import { describeFailure, optionalText } from '../../../lib/forms';
import type { Bid, BidInput, CustomerRef } from '../../../lib/types/bids';

const FIELDS = ['customerId', 'title', 'validUntil', 'notes', 'discountCents', 'taxRateBps'] as const;

/** Writes a new bid or changes a draft: customer, lines with live totals, discount and tax. */
export default function BidEditor(props: { bid?: Bid; customer?: CustomerRef }) {
  const bid = props.bid;
  const [customer, setCustomer] = createSignal<CustomerRef | undefined>(bid ? bid.customer : props.customer);
  const [title, setTitle] = createSignal(bid?.title ?? '');
  const [validUntil, setValidUntil] = createSignal(bid?.validUntil ?? '');
  const [notes, setNotes] = createSignal(bid?.notes ?? '');
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal('');
  const [saving, setSaving] = createSignal(false);
  const form = createDocumentForm(bid);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (saving()) return;
    setFormError('');
    const money = form.check();
    const chosen = customer();
    setErrors(chosen ? {} : { customerId: 'Pick the customer this bid is for.' });
    if (!money || !chosen) {
      setFormError('Please fix the highlighted fields.');
      return;
    }
    const body: BidInput = {
      customerId: chosen.id,
      title: optionalText(title()),
      validUntil: validUntil() || null,
      notes: optionalText(notes()),
      ...money,
    };
    setSaving(true);
    try {
      const saved = bid
        ? await api<Bid>(`/bids/${encodeURIComponent(bid.id)}`, { method: 'PATCH', body })
        : await api<Bid>('/bids', { method: 'POST', body });
      window.location.assign(`/crm/bids/view/?id=${encodeURIComponent(saved.id)}&saved=${bid ? 'updated' : 'created'}`);
    } catch (error) {
      const failure = describeFailure(error, FIELDS);
      const placed = lineErrorsFromDetails(error instanceof ApiError ? error.details : [], form.lines);
      form.setLineErrors(placed.errors);
      if (failure.fields.discountCents) form.setDiscountError(failure.fields.discountCents);
      if (failure.fields.taxRateBps) form.setTaxRateError(failure.fields.taxRateBps);
      setErrors(failure.fields);
      setFormError(Object.keys(placed.errors).length > 0 && !failure.message ? 'Please fix the highlighted lines.' : failure.message);
      setSaving(false);
    }
  };

  return (
    <form class="space-y-6" novalidate onSubmit={submit} aria-busy={saving()} data-testid="bid-form">
      <FormError message={formError()} testId="bid-form-error" />
      <div class="card grid gap-5 p-5 sm:grid-cols-2">
        <CustomerPicker id="bid-customer" value={customer()} onChange={setCustomer} error={errors().customerId} disabled={saving()} />
        <TextField id="bid-title" label="Title" optional maxLength={200} placeholder="200A panel upgrade" value={title()} onValue={setTitle} error={errors().title} />
        <TextField id="bid-valid-until" label="Valid until" optional type="date" value={validUntil()} onValue={setValidUntil} error={errors().validUntil} />
      </div>

      <div class="card p-5">
        <h2 class="mb-3 text-base font-semibold text-slate-900">Line items</h2>
        <LineItemsEditor lines={form.lines} setLines={form.setLines} errors={form.lineErrors()} disabled={saving()} />
        <div class="mt-6 border-t border-slate-200 pt-5">
          <TotalsEditor
            discount={form.discount()}
            taxRate={form.taxRate()}
            onDiscount={form.setDiscount}
            onTaxRate={form.setTaxRate}
            discountError={form.discountError()}
            taxRateError={form.taxRateError()}
            totals={form.totals()}
            disabled={saving()}
          />
        </div>
      </div>

      <div class="card p-5">
        <TextAreaField id="bid-notes" label="Notes for the customer" optional rows={3} maxLength={5000} hint="Scope, exclusions, payment terms. Printed on the PDF." value={notes()} onValue={setNotes} error={errors().notes} />
      </div>

      <div class="flex flex-wrap justify-end gap-3">
        <a class="btn-secondary" href={bid ? `/crm/bids/view/?id=${encodeURIComponent(bid.id)}` : '/crm/bids/'} data-testid="bid-cancel">
          Cancel
        </a>
        <button type="submit" class="btn-primary" disabled={saving()} data-testid="bid-save">
          {saving() ? 'Saving…' : bid ? 'Save changes' : 'Save bid'}
        </button>
      </div>
    </form>
  );
}
