import Dialog from '../Dialog';
import DialogForm from '../DialogForm';
import { SelectField, TextField } from '../fields';
import { api } from '../../../lib/api';
import { centsToInput, formatCents, parseDollarsToCents, todayIso } from '../../../lib/format';
import { optionalText } from '../../../lib/forms';
import { createFormState } from '../../../lib/formState';
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
  const form = createFormState({ amount: centsToInput(props.invoice.balanceCents), method: 'check', paidOn: todayIso(), reference: '' });

  const submit = form.onSubmit(async () => {
    const values = form.values();
    const cents = parseDollarsToCents(values.amount);
    const valid = form.check({
      amountCents: cents == null || cents <= 0 ? 'Enter the amount received, like 250 or 249.99.' : undefined,
      paidOn: values.paidOn ? undefined : 'When was it paid?',
    });
    if (!valid || cents == null) return;
    const body: PaymentInput = { amountCents: cents, method: values.method as PaymentMethod, paidOn: values.paidOn, reference: optionalText(values.reference), notes: null };
    // The server is the judge of over-payment; its own message says what the balance is.
    const result = await form.save(() => api<PaymentResult>(`/invoices/${encodeURIComponent(props.invoice.id)}/payments`, { method: 'POST', body }), FIELDS, { serverMessage: true });
    if (result) props.onRecorded(result);
  });

  return (
    <DialogForm
      testId="payment-form"
      form={form}
      onSubmit={submit}
      onCancel={props.onCancel}
      submitLabel="Record payment"
      busyLabel="Recording…"
      saveTestId="payment-save"
      cancelTestId="payment-cancel"
    >
      <TextField id="payment-amount" label="Amount ($)" inputMode="decimal" autocomplete="off" hint="Part payments are fine; the rest stays due." {...form.field('amount', 'amountCents')} />
      <div class="grid gap-5 sm:grid-cols-2">
        <SelectField id="payment-method" label="Method" options={PAYMENT_METHODS.map((value) => ({ value, label: PAYMENT_METHOD_LABELS[value] }))} {...form.field('method')} />
        <TextField id="payment-date" label="Paid on" type="date" {...form.field('paidOn')} />
      </div>
      <TextField id="payment-reference" label="Reference" optional maxLength={100} placeholder="Check #1042" {...form.field('reference')} />
    </DialogForm>
  );
}
