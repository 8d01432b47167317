import { createSignal } from 'solid-js';
import CustomerPicker from '../bids/CustomerPicker';
import LineItemsEditor from '../bids/LineItemsEditor';
import TotalsEditor from '../bids/TotalsEditor';
import { createDocumentForm } from '../bids/documentForm';
import { lineErrorsFromDetails } from '../bids/lineDrafts';
import { FormError, TextAreaField, TextField } from '../fields';
import { api, ApiError } from '../../../lib/api';
import { todayIso } from '../../../lib/format';
import { describeFailure, optionalText } from '../../../lib/forms';
import type { CustomerRef } from '../../../lib/types/bids';
import type { Invoice, InvoiceInput } from '../../../lib/types/invoices';

const FIELDS = ['customerId', 'issueDate', 'dueDate', 'notes', 'discountCents', 'taxRateBps'] as const;

/** Writes an invoice from scratch or changes a draft: customer, dates, lines with live totals. */
export default function InvoiceEditor(props: { invoice?: Invoice; customer?: CustomerRef }) {
  const invoice = props.invoice;
  const [customer, setCustomer] = createSignal<CustomerRef | undefined>(invoice ? invoice.customer : props.customer);
  const [issueDate, setIssueDate] = createSignal(invoice?.issueDate ?? todayIso());
  const [dueDate, setDueDate] = createSignal(invoice?.dueDate ?? '');
  const [notes, setNotes] = createSignal(invoice?.notes ?? '');
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal('');
  const [saving, setSaving] = createSignal(false);
  const form = createDocumentForm(invoice);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (saving()) return;
    setFormError('');
    const money = form.check();
    const chosen = customer();
    const found: Record<string, string> = {};
    if (!chosen) found.customerId = 'Pick the customer to bill.';
    if (issueDate() && dueDate() && dueDate() < issueDate()) found.dueDate = 'The due date cannot be before the issue date.';
    setErrors(found);
    if (!money || !chosen || Object.keys(found).length > 0) {
      setFormError('Please fix the highlighted fields.');
      return;
    }
    const body: InvoiceInput = { customerId: chosen.id, notes: optionalText(notes()), ...money };
    if (issueDate()) body.issueDate = issueDate();
    if (dueDate()) body.dueDate = dueDate();
    setSaving(true);
    try {
      const saved = invoice
        ? await api<Invoice>(`/invoices/${encodeURIComponent(invoice.id)}`, { method: 'PATCH', body })
        : await api<Invoice>('/invoices', { method: 'POST', body });
      window.location.assign(`/crm/invoices/view/?id=${encodeURIComponent(saved.id)}&saved=${invoice ? 'updated' : 'created'}`);
    } catch (error) {
      const failure = describeFailure(error, FIELDS);
      const placed = lineErrorsFromDetails(error instanceof ApiError ? error.details : [], form.lines);
      form.setLineErrors(placed.errors);
      if (failure.fields.discountCents) form.setDiscountError(failure.fields.discountCents);
      if (failure.fields.taxRateBps) form.setTaxRateError(failure.fields.taxRateBps);
      setErrors(failure.fields);
      setFormError(failure.message);
      setSaving(false);
    }
  };

  return (
    <form class="space-y-6" novalidate onSubmit={submit} aria-busy={saving()} data-testid="invoice-form">
      <FormError message={formError()} testId="invoice-form-error" />
      <div class="card grid gap-5 p-5 sm:grid-cols-3">
        <div class="sm:col-span-3 lg:col-span-1">
          <CustomerPicker id="invoice-customer" value={customer()} onChange={setCustomer} error={errors().customerId} disabled={saving()} />
        </div>
        <TextField id="invoice-issue-date" label="Issue date" type="date" value={issueDate()} onValue={setIssueDate} error={errors().issueDate} />
        <TextField id="invoice-due-date" label="Due date" optional type="date" hint="Blank: 30 days after the issue date." value={dueDate()} onValue={setDueDate} error={errors().dueDate} />
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
        <TextAreaField id="invoice-notes" label="Notes for the customer" optional rows={3} maxLength={5000} hint="Payment instructions, thanks. Printed on the PDF." value={notes()} onValue={setNotes} error={errors().notes} />
      </div>

      <div class="flex flex-wrap justify-end gap-3">
        <a class="btn-secondary" href={invoice ? `/crm/invoices/view/?id=${encodeURIComponent(invoice.id)}` : '/crm/invoices/'} data-testid="invoice-cancel">
          Cancel
        </a>
        <button type="submit" class="btn-primary" disabled={saving()} data-testid="invoice-save">
          {saving() ? 'Saving…' : invoice ? 'Save changes' : 'Save invoice'}
        </button>
      </div>
    </form>
  );
}
