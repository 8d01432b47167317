import { createSignal } from 'solid-js';
import Dialog from '../Dialog';
import { FormError, SelectField, TextField } from '../fields';
import { api, ApiError } from '../../../lib/api';
import { centsToInput, formatCents, parseDollarsToCents, todayIso } from '../../../lib/format';
import { describeFailure, optionalText } from '../../../lib/forms';
import { PAYMENT_METHOD_LABELS, PAYMENT_METHODS, type Invoice, type PaymentInput, type PaymentMethod, type PaymentResult } from '../../../lib/types/invoices';

const FIELDS = ['amountCents', 'method', 'paidOn', 'reference', 'notes'] as const;

/** Records money received against an invoice; part payments are fine, more than the balance is refused. */
export default function PaymentDialog(props: { invoice: Invoice; open: boolean; onClose: () => void; onRecorded: (result: PaymentResult) => void }) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title={`Record a payment on ${props.invoice.number}`} description={`Balance due: ${formatCents(props.invoice.balanceCents)}`} testId="payment-dialog">
      <PaymentForm invoice={props.invoice} onCancel={props.onClose} onRecorded={props.onRecorded} />
    </Dialog>
  );
}

function PaymentForm(props: { invoice: Invoice; onCancel: () => void; onRecorded: (result: PaymentResult) => void }) {
  const [amount, setAmount] = createSignal(centsToInput(props.invoice.balanceCents));
  const [method, setMethod] = createSignal<PaymentMethod>('check');
  const [paidOn, setPaidOn] = createSignal(todayIso());
  const [reference, setReference] = createSignal('');
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal('');
  const [saving, setSaving] = createSignal(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (saving()) return;
    setFormError('');
    const cents = parseDollarsToCents(amount());
    const found: Record<string, string> = {};
    if (cents == null || cents <= 0) found.amountCents = 'Enter the amount received, like 250 or 249.99.';
    if (!paidOn()) found.paidOn = 'When was it paid?';
    setErrors(found);
    if (Object.keys(found).length > 0 || cents == null) return;
    const body: PaymentInput = { amountCents: cents, method: method(), paidOn: paidOn(), reference: optionalText(reference()), notes: null };
    setSaving(true);
    try {
      const result = await api<PaymentResult>(`/invoices/${encodeURIComponent(props.invoice.id)}/payments`, { method: 'POST', body });
      props.onRecorded(result);
    } catch (error) {
      // The server is the judge of over-payment; its own message says what the balance is.
      const failure = describeFailure(error, FIELDS);
      setErrors(failure.fields);
      setFormError(error instanceof ApiError ? error.message : failure.message);
      setSaving(false);
    }
  };

  return (
    <form class="flex min-h-0 flex-1 flex-col" novalidate onSubmit={submit} aria-busy={saving()} data-testid="payment-form">
      <div class="flex-1 space-y-5 overflow-y-auto px-6 py-5">
        <FormError message={formError()} testId="payment-form-error" />
        <TextField id="payment-amount" label="Amount ($)" inputMode="decimal" autocomplete="off" value={amount()} onValue={setAmount} error={errors().amountCents} hint="Part payments are fine; the rest stays due." />
        <div class="grid gap-5 sm:grid-cols-2">
          <SelectField id="payment-method" label="Method" value={method()} onValue={(value) => setMethod(value as PaymentMethod)} error={errors().method} options={PAYMENT_METHODS.map((value) => ({ value, label: PAYMENT_METHOD_LABELS[value] }))} />
          <TextField id="payment-date" label="Paid on" type="date" value={paidOn()} onValue={setPaidOn} error={errors().paidOn} />
        </div>
        <TextField id="payment-reference" label="Reference" optional maxLength={100} placeholder="Check #1042" value={reference()} onValue={setReference} error={errors().reference} />
      </div>
      <div class="flex justify-end gap-3 border-t border-slate-200 px-6 py-4">
        <button type="button" class="btn-secondary" onClick={() => props.onCancel()} data-testid="payment-cancel">
          Cancel
        </button>
        <button type="submit" class="btn-primary" disabled={saving()} data-testid="payment-save">
          {saving() ? 'Recording…' : 'Record payment'}
        </button>
      </div>
    </form>
  );
}
