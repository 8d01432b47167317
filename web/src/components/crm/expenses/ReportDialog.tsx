import { createSignal, Show } from 'solid-js';
import Dialog from '../Dialog';
import DownloadButton from '../DownloadButton';
import { SelectField, TextField } from '../fields';
import { EXPENSE_CATEGORIES, EXPENSE_CATEGORY_LABELS, type ExpenseFilter } from '../../../lib/types/expenses';

/** Chooses the period (and optionally a category) of the branded expense report PDF. */
export default function ReportDialog(props: { open: boolean; initial: ExpenseFilter; onClose: () => void }) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title="Expense report (PDF)" description="Totals by category, then every expense in the period, on your letterhead." variant="center" testId="expense-report-dialog">
      <ReportFields initial={props.initial} onClose={props.onClose} />
    </Dialog>
  );
}

function ReportFields(props: { initial: ExpenseFilter; onClose: () => void }) {
  const [from, setFrom] = createSignal(props.initial.from || firstOfMonth());
  const [to, setTo] = createSignal(props.initial.to);
  const [category, setCategory] = createSignal(props.initial.category);
  const invalid = () => Boolean(from() && to() && from() > to());
  const filename = () => ['expenses', from(), to(), category()].filter(Boolean).join('-') + '.pdf';
  return (
    <div class="space-y-4 px-6 py-4">
      <div class="grid grid-cols-2 gap-3">
        <TextField id="report-from" label="From" optional type="date" value={from()} onValue={setFrom} error={invalid() ? 'Must be on or before “To”.' : undefined} />
        <TextField id="report-to" label="To" optional type="date" value={to()} onValue={setTo} />
      </div>
      <SelectField id="report-category" label="Category" value={category()} onValue={setCategory} placeholder="All categories" options={EXPENSE_CATEGORIES.map((value) => ({ value, label: EXPENSE_CATEGORY_LABELS[value] }))} />
      <div class="flex flex-wrap justify-end gap-3">
        <button type="button" class="btn-secondary" onClick={() => props.onClose()}>
          Close
        </button>
        <Show when={!invalid()} fallback={<button type="button" class="btn-primary" disabled>Download PDF</button>}>
          <DownloadButton path="/expenses/report.pdf" query={{ from: from(), to: to(), category: category() }} filename={filename()} label="Download PDF" busyLabel="Preparing PDF…" class="btn-primary" testId="expense-report-download" />
        </Show>
      </div>
    </div>
  );
}

function firstOfMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-01`;
}
