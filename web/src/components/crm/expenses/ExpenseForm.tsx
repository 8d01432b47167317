import { createSignal, Show } from 'solid-js';
import JobPicker from './JobPicker';
import ReceiptField from './ReceiptField';
import { shrinkReceipt } from './receiptFile';
import Dialog from '../Dialog';
import DialogForm from '../DialogForm';
import { SelectField, TextAreaField, TextField } from '../fields';
import type { PickerOption } from '../SearchPicker';
import { errorMessage, saveRecord, upload } from '../../../lib/api';
import { centsToInput, parseDollarsToCents, todayIso } from '../../../lib/format';
import { optionalText } from '../../../lib/forms';
import { createFormState } from '../../../lib/formState';
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
  const form = createFormState({
    category: original?.category ?? 'materials',
    amount: original ? centsToInput(original.amountCents) : '',
    incurredOn: original?.incurredOn ?? todayIso(),
    vendor: original?.vendor ?? '',
    description: original?.description ?? '',
  });
  const [job, setJob] = createSignal<PickerOption | undefined>(original?.jobId ? { id: original.jobId, name: original.jobTitle ?? 'A job you no longer see' } : undefined);
  const [receipt, setReceipt] = createSignal<File>();
  // What the button says while saving: the expense, then its receipt.
  const [status, setStatus] = createSignal('');
  // Once the expense exists, a failed receipt upload retries against it instead of creating another.
  let saved: Expense | undefined = original;

  const submit = form.onSubmit(async () => {
    const values = form.values();
    const cents = parseDollarsToCents(values.amount);
    const valid = form.check({
      amountCents: cents == null || cents <= 0 ? 'Enter what it cost, like 48.25.' : undefined,
      incurredOn: values.incurredOn ? undefined : 'When did you spend it?',
    });
    if (!valid || cents == null) return;
    const body: ExpenseInput = {
      category: values.category as ExpenseCategory,
      vendor: optionalText(values.vendor),
      description: optionalText(values.description),
      amountCents: cents,
      incurredOn: values.incurredOn,
      jobId: job()?.id ?? null,
    };
    setStatus('Saving…');
    const created = !saved;
    const expense = await form.save(() => saveRecord<Expense>('/expenses', saved?.id, body), FIELDS);
    if (!expense) return setStatus('');
    saved = expense;
    const file = receipt();
    if (file) {
      setStatus('Uploading receipt…');
      try {
        saved = await upload<Expense>(`/expenses/${encodeURIComponent(expense.id)}/receipt`, await shrinkReceipt(file));
      } catch (error) {
        form.setFormError(`The expense is saved, but the receipt did not upload: ${errorMessage(error)} Try again, or choose another file.`);
        form.setSaving(false);
        setStatus('');
        return;
      }
    }
    props.onSaved(saved, created ? 'Expense recorded.' : 'Expense updated.');
  });

  return (
    <DialogForm
      testId="expense-form"
      form={form}
      onSubmit={submit}
      onCancel={props.onCancel}
      submitLabel={original ? 'Save changes' : 'Save expense'}
      busyLabel={status()}
      saveTestId="expense-save"
      cancelTestId="expense-cancel"
    >
      <div class="grid gap-5 sm:grid-cols-2">
        <TextField id="expense-amount" label="Amount ($)" inputMode="decimal" autocomplete="off" {...form.field('amount', 'amountCents')} />
        <TextField id="expense-date" label="Date" type="date" {...form.field('incurredOn')} />
      </div>
      <SelectField id="expense-category" label="Category" options={EXPENSE_CATEGORIES.map((value) => ({ value, label: EXPENSE_CATEGORY_LABELS[value] }))} {...form.field('category')} />
      <TextField id="expense-vendor" label="Vendor" optional maxLength={200} placeholder="City Electric Supply" {...form.field('vendor')} />
      <TextAreaField id="expense-description" label="Description" optional rows={2} maxLength={2000} {...form.field('description')} />
      <JobPicker id="expense-job" label="Job" optional value={job()} onChange={setJob} error={form.errors().jobId} />
      <ReceiptField current={saved?.receipt ?? null} file={receipt()} onFile={setReceipt} />
    </DialogForm>
  );
}
