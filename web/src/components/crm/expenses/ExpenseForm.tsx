import { createSignal, Show } from 'solid-js';
import JobPicker from './JobPicker';
import ReceiptField from './ReceiptField';
import { shrinkReceipt } from './receiptFile';
import type { PickerOption } from '../bids/SearchPicker';
import Dialog from '../Dialog';
import { FormError, SelectField, TextAreaField, TextField } from '../fields';
import { api, errorMessage, upload } from '../../../lib/api';
import { centsToInput, parseDollarsToCents, todayIso } from '../../../lib/format';
import { describeFailure, optionalText } from '../../../lib/forms';
import { EXPENSE_CATEGORIES, EXPENSE_CATEGORY_LABELS, type Expense, type ExpenseCategory, type ExpenseInput } from '../../../lib/types/expenses';

const FIELDS = ['category', 'vendor', 'description', 'amountCents', 'incurredOn', 'jobId'] as const;

export type ExpenseFormMode = { kind: 'create' } | { kind: 'edit'; expense: Expense };

/** Side panel to record or change an expense, with its receipt (photo or PDF). */
export default function ExpenseForm(props: { mode: ExpenseFormMode | undefined; onClose: () => void; onSaved: (expense: Expense, message: string) => void }) {
  const title = () => (props.mode?.kind === 'edit' ? 'Edit expense' : 'New expense');
  return (
    <Dialog open={Boolean(props.mode)} onClose={props.onClose} title={title()} testId="expense-dialog">
      <Show when={props.mode}>{(mode) => <ExpenseFields mode={mode()} onCancel={props.onClose} onSaved={props.onSaved} />}</Show>
    </Dialog>
  );
}

function ExpenseFields(props: { mode: ExpenseFormMode; onCancel: () => void; onSaved: (expense: Expense, message: string) => void }) {
  const original = props.mode.kind === 'edit' ? props.mode.expense : undefined;
  const [category, setCategory] = createSignal<ExpenseCategory>(original?.category ?? 'materials');
  const [amount, setAmount] = createSignal(original ? centsToInput(original.amountCents) : '');
  const [incurredOn, setIncurredOn] = createSignal(original?.incurredOn ?? todayIso());
  const [vendor, setVendor] = createSignal(original?.vendor ?? '');
  const [description, setDescription] = createSignal(original?.description ?? '');
  const [job, setJob] = createSignal<PickerOption | undefined>(original?.jobId ? { id: original.jobId, name: original.jobTitle ?? 'A job you no longer see' } : undefined);
  const [receipt, setReceipt] = createSignal<File>();
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const [formError, setFormError] = createSignal('');
  const [status, setStatus] = createSignal('');
  // Once the expense exists, a failed receipt upload retries against it instead of creating another.
  let saved: Expense | undefined = original;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (status()) return;
    setFormError('');
    const cents = parseDollarsToCents(amount());
    const found: Record<string, string> = {};
    if (cents == null || cents <= 0) found.amountCents = 'Enter what it cost, like 48.25.';
    if (!incurredOn()) found.incurredOn = 'When did you spend it?';
    setErrors(found);
    if (Object.keys(found).length > 0 || cents == null) return;
    const body: ExpenseInput = {
      category: category(),
      vendor: optionalText(vendor()),
      description: optionalText(description()),
      amountCents: cents,
      incurredOn: incurredOn(),
      jobId: job()?.id ?? null,
    };
    try {
      setStatus('Saving…');
      const created = !saved;
      saved = saved
        ? await api<Expense>(`/expenses/${encodeURIComponent(saved.id)}`, { method: 'PATCH', body })
        : await api<Expense>('/expenses', { method: 'POST', body });
      const file = receipt();
      if (file) {
        setStatus('Uploading receipt…');
        try {
          saved = await upload<Expense>(`/expenses/${encodeURIComponent(saved.id)}/receipt`, await shrinkReceipt(file));
        } catch (error) {
          setFormError(`The expense is saved, but the receipt did not upload: ${errorMessage(error)} Try again, or choose another file.`);
          setStatus('');
          return;
        }
      }
      props.onSaved(saved, created ? 'Expense recorded.' : 'Expense updated.');
    } catch (error) {
      const failure = describeFailure(error, FIELDS);
      setErrors(failure.fields);
      setFormError(failure.message);
      setStatus('');
    }
  };

  return (
    <form class="flex min-h-0 flex-1 flex-col" novalidate onSubmit={submit} aria-busy={Boolean(status())} data-testid="expense-form">
      <div class="flex-1 space-y-5 overflow-y-auto px-6 py-5">
        <FormError message={formError()} testId="expense-form-error" />
        <div class="grid gap-5 sm:grid-cols-2">
          <TextField id="expense-amount" label="Amount ($)" inputMode="decimal" autocomplete="off" value={amount()} onValue={setAmount} error={errors().amountCents} />
          <TextField id="expense-date" label="Date" type="date" value={incurredOn()} onValue={setIncurredOn} error={errors().incurredOn} />
        </div>
        <SelectField id="expense-category" label="Category" value={category()} onValue={(value) => setCategory(value as ExpenseCategory)} error={errors().category} options={EXPENSE_CATEGORIES.map((value) => ({ value, label: EXPENSE_CATEGORY_LABELS[value] }))} />
        <TextField id="expense-vendor" label="Vendor" optional maxLength={200} placeholder="City Electric Supply" value={vendor()} onValue={setVendor} error={errors().vendor} />
        <TextAreaField id="expense-description" label="Description" optional rows={2} maxLength={2000} value={description()} onValue={setDescription} error={errors().description} />
        <JobPicker id="expense-job" label="Job" optional value={job()} onChange={setJob} error={errors().jobId} />
        <ReceiptField current={saved?.receipt ?? null} file={receipt()} onFile={setReceipt} />
      </div>
      <div class="flex justify-end gap-3 border-t border-slate-200 px-6 py-4">
        <button type="button" class="btn-secondary" onClick={() => props.onCancel()} data-testid="expense-cancel">
          Cancel
        </button>
        <button type="submit" class="btn-primary" disabled={Boolean(status())} data-testid="expense-save">
          {status() || (original ? 'Save changes' : 'Save expense')}
        </button>
      </div>
    </form>
  );
}
