import { createEffect, createSignal, For, Show } from 'solid-js';
import CategoryTotals from './CategoryTotals';
import ExpenseFilters from './ExpenseFilters';
import ExpenseForm, { type ExpenseFormMode } from './ExpenseForm';
import ReportDialog from './ReportDialog';
import ConfirmDelete from '../ConfirmDelete';
import { EmptyState, ListBody, Pager } from '../ListStates';
import ListTable, { MoneyCell } from '../ListTable';
import { createNotice, Notice } from '../Notice';
import PageHeader from '../PageHeader';
import type { PickerOption } from '../SearchPicker';
import { pageParam, syncQuery } from '../../../lib/addressBar';
import { api } from '../../../lib/api';
import { formatCents, formatDate } from '../../../lib/format';
import { createLoader } from '../../../lib/loader';
import type { Workspace } from '../../../lib/types';
import { EXPENSE_CATEGORY_LABELS, type Expense, type ExpenseFilter, type ExpenseList as ExpensePage } from '../../../lib/types/expenses';

const PAGE_SIZE = 25;

const COLUMNS = [{ label: 'Expense' }, { label: 'Job', class: 'hidden md:table-cell' }, { label: 'Amount', class: 'text-right' }, { label: 'Actions', srOnly: true }];

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
  const [page, setPage] = createSignal(pageParam(initial));
  const [panel, setPanel] = createSignal<ExpenseFormMode>();
  const [deleting, setDeleting] = createSignal<Expense>();
  const [reportOpen, setReportOpen] = createSignal(false);
  const [version, setVersion] = createSignal(0);
  const notice = createNotice();
  const staff = () => props.workspace.role !== 'tech';
  const invalidRange = () => Boolean(filter().from && filter().to && filter().from > filter().to);

  const expenses = createLoader(
    () => !invalidRange() && { ...filter(), page: page(), pageSize: PAGE_SIZE, version: version() },
    ({ version: _version, ...query }, signal) => api<ExpensePage>('/expenses', { query, signal }),
  );
  createEffect(() => syncQuery({ ...filter(), job: job()?.name, page: page() }));

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
      <PageHeader id="expenses-heading" title="Expenses" description={staff() ? 'What the business spends, by job and category.' : 'What you spent on the job, with receipts.'}>
        <div class="flex flex-wrap gap-2">
          <Show when={staff()}>
            <button type="button" class="btn-secondary" onClick={() => setReportOpen(true)} data-testid="expense-report">Expense report PDF</button>
          </Show>
          <button type="button" class="btn-primary" onClick={() => setPanel({ kind: 'create' })} data-testid="expense-new">Add expense</button>
        </div>
      </PageHeader>

      <div class="mt-6">
        <ExpenseFilters filter={filter()} job={job()} onChange={change} onJob={(picked) => { setJob(picked); change({ jobId: picked?.id ?? '' }); }} />
        <Show when={invalidRange()}>
          <p class="field-error" role="alert">“From” must be on or before “To”.</p>
        </Show>
      </div>

      <div class="mt-6 grid gap-6 lg:grid-cols-3">
        <div class="min-w-0 lg:col-span-2">
          <ListBody
            list={expenses}
            testPrefix="expenses"
            loadingLabel="Loading expenses…"
            empty={
              <EmptyState
                title={filtered() ? 'No expenses match' : 'No expenses yet'}
                testId="expenses-empty"
                action={
                  <Show when={filtered()} fallback={<button type="button" class="btn-primary" onClick={() => setPanel({ kind: 'create' })}>Add an expense</button>}>
                    <button type="button" class="btn-secondary" onClick={() => { setJob(undefined); change({ from: '', to: '', category: '', jobId: '' }); }}>Clear filters</button>
                  </Show>
                }
              >
                {filtered() ? 'Try a wider date range, another category or no job.' : 'Record fuel, materials and permits as you spend, with a photo of the receipt.'}
              </EmptyState>
            }
          >
            <ListTable
              caption="Expenses"
              testId="expenses-table"
              columns={COLUMNS}
              busy={expenses.loading()}
              foot={
                <tfoot class="bg-slate-50 text-sm font-semibold">
                  <tr>
                    <td class="px-4 py-3">Total ({total()})</td>
                    <td class="hidden md:table-cell" />
                    <td class="px-4 py-3 text-right tabular-nums" data-testid="expenses-total">{formatCents(expenses.data()?.totalCents)}</td>
                    <td />
                  </tr>
                </tfoot>
              }
            >
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
                        <div class="text-xs text-slate-500">by {expense.createdByEmail}</div>
                      </Show>
                    </td>
                    <td class="hidden px-4 py-3 text-slate-600 md:table-cell">{expense.jobId ? (expense.jobTitle ?? '—') : '—'}</td>
                    <MoneyCell cents={expense.amountCents} />
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
            </ListTable>
            <Pager page={page()} pageSize={PAGE_SIZE} total={total()} shown={rows().length} busy={expenses.loading()} onPage={setPage} label="Expense pages" />
          </ListBody>
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
