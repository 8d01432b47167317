import { createEffect, createSignal, For, on, Show } from 'solid-js';
import CategoryTotals from './CategoryTotals';
import ExpenseFilters from './ExpenseFilters';
import ExpenseForm, { type ExpenseFormMode } from './ExpenseForm';
import ReportDialog from './ReportDialog';
import { createLoader, syncQuery } from '../bids/createLoader';
import { EmptyState, ListSkeleton, Pager } from '../bids/ListStates';
import type { PickerOption } from '../bids/SearchPicker';
import ConfirmDelete from '../ConfirmDelete';
import { createNotice, ErrorBanner, Notice } from '../Notice';
import { api } from '../../../lib/api';
import { formatCents, formatDate } from '../../../lib/format';
import type { Workspace } from '../../../lib/types';
import { EXPENSE_CATEGORY_LABELS, type Expense, type ExpenseFilter, type ExpenseList as ExpensePage } from '../../../lib/types/expenses';

const PAGE_SIZE = 25;

/** Expenses with filters, totals by category, the report PDF and the panel to add or edit one. */
export default function ExpenseList(props: { workspace: Workspace }) {
  const initial = new URLSearchParams(window.location.search);
  const [filter, setFilter] = createSignal<ExpenseFilter>({
    from: initial.get('from') ?? '',
    to: initial.get('to') ?? '',
    category: initial.get('category') ?? '',
    jobId: initial.get('jobId') ?? '',
  });
  const [job, setJob] = createSignal<PickerOption | undefined>(initial.get('jobId') ? { id: initial.get('jobId') ?? '', name: initial.get('job') ?? 'Selected job' } : undefined);
  const [page, setPage] = createSignal(Math.max(1, Number(initial.get('page')) || 1));
  const [panel, setPanel] = createSignal<ExpenseFormMode>();
  const [deleting, setDeleting] = createSignal<Expense>();
  const [reportOpen, setReportOpen] = createSignal(false);
  const [version, setVersion] = createSignal(0);
  const notice = createNotice();
  const staff = () => props.workspace.role !== 'tech';
  const invalidRange = () => Boolean(filter().from && filter().to && filter().from > filter().to);

  const expenses = createLoader((signal) => api<ExpensePage>('/expenses', { query: { ...filter(), page: page(), pageSize: PAGE_SIZE }, signal }));
  createEffect(on([filter, page, version], () => {
    syncQuery({ ...filter(), job: job()?.name, page: page() });
    if (!invalidRange()) void expenses.load();
  }));

  const change = (next: Partial<ExpenseFilter>) => {
    setFilter({ ...filter(), ...next });
    setPage(1);
  };
  const changed = (message: string) => {
    notice.show(message);
    setVersion(version() + 1);
  };
  const confirmDelete = async () => {
    const expense = deleting();
    if (!expense) return;
    await api<void>(`/expenses/${encodeURIComponent(expense.id)}`, { method: 'DELETE' });
    setDeleting(undefined);
    changed('Expense deleted.');
  };
  const canChange = (expense: Expense) => staff() || expense.createdBy === props.workspace.user.id;
  const filtered = () => Object.values(filter()).some(Boolean);
  const rows = () => expenses.data()?.data ?? [];
  const total = () => expenses.data()?.total ?? 0;

  return (
    <section aria-labelledby="expenses-heading" data-testid="expenses">
      <div class="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="expenses-heading" class="text-2xl font-bold tracking-tight text-slate-900">Expenses</h1>
          <p class="mt-1 text-sm text-slate-600">{staff() ? 'What the business spends, by job and category.' : 'What you spent on the job, with receipts.'}</p>
        </div>
        <div class="flex flex-wrap gap-2">
          <Show when={staff()}>
            <button type="button" class="btn-secondary" onClick={() => setReportOpen(true)} data-testid="expense-report">Expense report PDF</button>
          </Show>
          <button type="button" class="btn-primary" onClick={() => setPanel({ kind: 'create' })} data-testid="expense-new">Add expense</button>
        </div>
      </div>

      <div class="mt-6">
        <ExpenseFilters filter={filter()} job={job()} onChange={change} onJob={(picked) => { setJob(picked); change({ jobId: picked?.id ?? '' }); }} />
        <Show when={invalidRange()}>
          <p class="field-error" role="alert">“From” must be on or before “To”.</p>
        </Show>
      </div>

      <div class="mt-6 grid gap-6 lg:grid-cols-3">
        <div class="min-w-0 lg:col-span-2">
          <Show when={expenses.error()}>
            <ErrorBanner message={expenses.error()} onRetry={() => void expenses.load()} testId="expenses-error" />
          </Show>
          <Show when={!expenses.data() && expenses.loading()}>
            <ListSkeleton label="Loading expenses…" testId="expenses-loading" />
          </Show>
          <Show when={expenses.data() && total() === 0}>
            <EmptyState
              title={filtered() ? 'No expenses match' : 'No expenses yet'}
              message={filtered() ? 'Try a wider date range, another category or no job.' : 'Record fuel, materials and permits as you spend, with a photo of the receipt.'}
              testId="expenses-empty"
            >
              <Show when={filtered()} fallback={<button type="button" class="btn-primary" onClick={() => setPanel({ kind: 'create' })}>Add an expense</button>}>
                <button type="button" class="btn-secondary" onClick={() => { setJob(undefined); change({ from: '', to: '', category: '', jobId: '' }); }}>Clear filters</button>
              </Show>
            </EmptyState>
          </Show>
          <Show when={total() > 0}>
            <div class={`card overflow-x-auto transition-opacity ${expenses.loading() ? 'opacity-60' : ''}`} aria-busy={expenses.loading()}>
              <table class="min-w-full divide-y divide-slate-200 text-sm" data-testid="expenses-table">
                <caption class="sr-only">Expenses</caption>
                <thead class="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
                  <tr>
                    <th scope="col" class="px-4 py-3">Expense</th>
                    <th scope="col" class="hidden px-4 py-3 md:table-cell">Job</th>
                    <th scope="col" class="px-4 py-3 text-right">Amount</th>
                    <th scope="col" class="px-4 py-3"><span class="sr-only">Actions</span></th>
                  </tr>
                </thead>
                <tbody class="divide-y divide-slate-100 bg-white">
                  <For each={rows()}>
                    {(expense) => (
                      <tr class="align-top hover:bg-slate-50" data-testid="expense-row">
                        <td class="px-4 py-3">
                          <div class="font-medium text-slate-900">{expense.vendor ?? EXPENSE_CATEGORY_LABELS[expense.category]}</div>
                          <div class="text-xs text-slate-500">
                            {formatDate(expense.incurredOn)} · {EXPENSE_CATEGORY_LABELS[expense.category]}
                            {expense.receipt ? ' · receipt' : ''}
                          </div>
                          <Show when={expense.description}>
                            <div class="mt-0.5 line-clamp-2 text-xs text-slate-600">{expense.description}</div>
                          </Show>
                          <Show when={expense.jobTitle}>
                            <div class="text-xs text-slate-500 md:hidden">{expense.jobTitle}</div>
                          </Show>
                          <Show when={staff() && expense.createdByEmail}>
                            <div class="text-xs text-slate-400">by {expense.createdByEmail}</div>
                          </Show>
                        </td>
                        <td class="hidden px-4 py-3 text-slate-600 md:table-cell">{expense.jobId ? (expense.jobTitle ?? '—') : '—'}</td>
                        <td class="px-4 py-3 text-right font-medium whitespace-nowrap tabular-nums">{formatCents(expense.amountCents)}</td>
                        <td class="px-2 py-2 whitespace-nowrap">
                          <Show when={canChange(expense)}>
                            <div class="flex flex-col items-end gap-1 sm:flex-row sm:justify-end">
                              <button type="button" class="btn-ghost py-1.5" onClick={() => setPanel({ kind: 'edit', expense })} data-testid="expense-edit">
                                Edit<span class="sr-only"> expense of {formatCents(expense.amountCents)}</span>
                              </button>
                              <button type="button" class="btn-ghost py-1.5 text-red-600 hover:bg-red-50 hover:text-red-700" onClick={() => setDeleting(expense)} data-testid="expense-delete">
                                Delete<span class="sr-only"> expense of {formatCents(expense.amountCents)}</span>
                              </button>
                            </div>
                          </Show>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
                <tfoot class="bg-slate-50 text-sm font-semibold">
                  <tr>
                    <td class="px-4 py-3">Total ({total()})</td>
                    <td class="hidden md:table-cell" />
                    <td class="px-4 py-3 text-right tabular-nums" data-testid="expenses-total">{formatCents(expenses.data()?.totalCents)}</td>
                    <td />
                  </tr>
                </tfoot>
              </table>
            </div>
            <Pager page={page()} pageSize={PAGE_SIZE} total={total()} shown={rows().length} loading={expenses.loading()} onPage={setPage} label="Expense pages" />
          </Show>
        </div>
        <div class="lg:order-last">
          <CategoryTotals filter={filter()} version={version()} selected={filter().category} onSelect={(category) => change({ category })} />
        </div>
      </div>

      <ExpenseForm mode={panel()} onClose={() => setPanel(undefined)} onSaved={(_, message) => { setPanel(undefined); changed(message); }} />
      <ConfirmDelete subject={deleting() ? `the ${formatCents(deleting()?.amountCents)} expense` : undefined} description="The expense and its receipt are removed for good." onConfirm={confirmDelete} onClose={() => setDeleting(undefined)} testId="expense-delete-dialog" />
      <ReportDialog open={reportOpen()} initial={filter()} onClose={() => setReportOpen(false)} />
      <Notice message={notice.message()} />
    </section>
  );
}
