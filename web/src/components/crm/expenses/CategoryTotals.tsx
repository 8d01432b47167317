import { For, Show } from 'solid-js';
import LoadStatus from '../LoadStatus';
import { api } from '../../../lib/api';
import { formatCents } from '../../../lib/format';
import { createLoader } from '../../../lib/loader';
import { EXPENSE_CATEGORIES, EXPENSE_CATEGORY_LABELS, type ExpenseCategory, type ExpenseFilter, type ExpenseList } from '../../../lib/types/expenses';

interface CategoryTotal {
  category: ExpenseCategory;
  totalCents: number;
  count: number;
}

/** Spending per category for the chosen period and job, from one request (the list's `byCategory`). */
export default function CategoryTotals(props: { filter: ExpenseFilter; version: number; selected: string; onSelect: (category: string) => void }) {
  const totals = createLoader(
    () => ({ from: props.filter.from, to: props.filter.to, jobId: props.filter.jobId, pageSize: 1, version: props.version }),
    async ({ version: _version, ...query }, signal): Promise<CategoryTotal[]> => {
      const page = await api<ExpenseList>('/expenses', { query, signal });
      return EXPENSE_CATEGORIES.map((category) => {
        const row = page.byCategory.find((entry) => entry.category === category);
        return { category, totalCents: row?.totalCents ?? 0, count: row?.count ?? 0 };
      });
    },
  );

  const grand = () => (totals.data() ?? []).reduce((sum, row) => sum + row.totalCents, 0);
  const max = () => Math.max(1, ...(totals.data() ?? []).map((row) => row.totalCents));

  return (
    <section class="card p-5" aria-labelledby="category-totals-heading" data-testid="expense-category-totals">
      <div class="flex items-baseline justify-between gap-2">
        <h2 id="category-totals-heading" class="text-base font-semibold text-slate-900">By category</h2>
        <Show when={totals.data()}>
          <p class="text-sm font-semibold text-slate-900 tabular-nums" data-testid="expense-grand-total">{formatCents(grand())}</p>
        </Show>
      </div>
      <LoadStatus loader={totals} errorClass="mt-3">
        <div class="mt-4 space-y-2" aria-busy="true">
          <span class="sr-only">Loading totals…</span>
          <For each={[1, 2, 3]}>{() => <div class="h-5 animate-pulse rounded bg-slate-100" />}</For>
        </div>
      </LoadStatus>
      <Show when={totals.data()}>
        <ul class={`mt-3 space-y-1 transition-opacity ${totals.loading() ? 'opacity-60' : ''}`} aria-busy={totals.loading()}>
          <For each={totals.data()}>
            {(row) => (
              <li>
                <button
                  type="button"
                  class={`w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-slate-50 ${props.selected === row.category ? 'bg-brand-50 ring-1 ring-brand-200' : ''}`}
                  aria-pressed={props.selected === row.category}
                  onClick={() => props.onSelect(props.selected === row.category ? '' : row.category)}
                  data-testid={`expense-total-${row.category}`}
                >
                  <span class="flex justify-between gap-2">
                    <span class="text-slate-700">{EXPENSE_CATEGORY_LABELS[row.category]}</span>
                    <span class="font-medium text-slate-900 tabular-nums">{formatCents(row.totalCents)}</span>
                  </span>
                  <span class="mt-1 block h-1.5 rounded-full bg-slate-100" aria-hidden="true">
                    <span class="block h-1.5 rounded-full bg-brand-500" style={{ width: `${(row.totalCents / max()) * 100}%` }} />
                  </span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
