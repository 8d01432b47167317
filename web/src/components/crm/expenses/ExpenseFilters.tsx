import JobPicker from './JobPicker';
import type { PickerOption } from '../SearchPicker';
import { EXPENSE_CATEGORIES, EXPENSE_CATEGORY_LABELS, type ExpenseFilter } from '../../../lib/types/expenses';

/** Date range, category and job filters of the expense list. */
export default function ExpenseFilters(props: {
  filter: ExpenseFilter;
  job: PickerOption | undefined;
  onChange: (filter: Partial<ExpenseFilter>) => void;
  onJob: (job: PickerOption | undefined) => void;
}) {
  const invalid = () => Boolean(props.filter.from && props.filter.to && props.filter.from > props.filter.to);
  return (
    <fieldset class="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="expense-filters">
      <legend class="sr-only">Filter expenses</legend>
      <div>
        <label for="expense-from" class="field-label">From</label>
        <input id="expense-from" type="date" class="field-input h-10" value={props.filter.from} max={props.filter.to || undefined} aria-invalid={invalid()} onChange={(event) => props.onChange({ from: event.currentTarget.value })} data-testid="expense-from" />
      </div>
      <div>
        <label for="expense-to" class="field-label">To</label>
        <input id="expense-to" type="date" class="field-input h-10" value={props.filter.to} min={props.filter.from || undefined} aria-invalid={invalid()} onChange={(event) => props.onChange({ to: event.currentTarget.value })} data-testid="expense-to" />
      </div>
      <div class="col-span-2 sm:col-span-1">
        <label for="expense-category-filter" class="field-label">Category</label>
        <select id="expense-category-filter" class="field-input h-10" value={props.filter.category} onChange={(event) => props.onChange({ category: event.currentTarget.value })} data-testid="expense-category-filter">
          <option value="">All categories</option>
          {EXPENSE_CATEGORIES.map((value) => (
            <option value={value}>{EXPENSE_CATEGORY_LABELS[value]}</option>
          ))}
        </select>
      </div>
      <div class="col-span-2 sm:col-span-1">
        <JobPicker id="expense-job-filter" label="Job" value={props.job} onChange={props.onJob} />
      </div>
    </fieldset>
  );
}
