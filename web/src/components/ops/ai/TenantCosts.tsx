import { createMemo, createSignal, For, Show } from 'solid-js';
import type { AiUsage } from '../../../lib/ops';
import { formatCount, formatUsd } from '../../../lib/opsFormat';

type Row = AiUsage['byTenant'][number];
type SortKey = 'name' | 'requests' | 'cost';

const COLUMNS: ReadonlyArray<{ key: SortKey; label: string; numeric: boolean }> = [
  { key: 'name', label: 'Tenant', numeric: false },
  { key: 'requests', label: 'Requests', numeric: true },
  { key: 'cost', label: 'Cost', numeric: true },
];

const nameOf = (row: Row) => row.companyName ?? 'No company (staff, homeowners)';

/** Requests and cost per tenant, sortable by any column (cost, highest first, to begin with). */
export default function TenantCosts(props: { rows: Row[] }) {
  const [sort, setSort] = createSignal<{ key: SortKey; descending: boolean }>({ key: 'cost', descending: true });
  const sorted = createMemo(() => {
    const { key, descending } = sort();
    const value = (row: Row) => (key === 'name' ? nameOf(row).toLowerCase() : key === 'requests' ? row.requests : row.costUsd);
    return [...props.rows].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = x < y ? -1 : x > y ? 1 : 0;
      return descending ? -order : order;
    });
  });
  const toggle = (key: SortKey) => setSort((current) => (current.key === key ? { key, descending: !current.descending } : { key, descending: key !== 'name' }));

  return (
    <Show when={props.rows.length > 0} fallback={<p class="text-sm text-slate-500">No requests in this period.</p>}>
      <div class="relative max-h-96 overflow-auto">
        <table class="min-w-full text-sm" data-testid="ai-tenant-table">
          <caption class="sr-only">Requests and cost per tenant</caption>
          <thead class="sticky top-0 bg-white text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <For each={COLUMNS}>
                {(column) => (
                  <th
                    scope="col"
                    class={`py-2 ${column.numeric ? 'pl-3 text-right' : 'pr-3'}`}
                    aria-sort={sort().key === column.key ? (sort().descending ? 'descending' : 'ascending') : 'none'}
                  >
                    <button type="button" class="inline-flex items-center gap-1 uppercase hover:text-slate-800" onClick={() => toggle(column.key)} data-testid={`ai-tenant-sort-${column.key}`}>
                      {column.label}
                      <span aria-hidden="true" class={sort().key === column.key ? 'text-slate-700' : 'text-slate-300'}>
                        {sort().key === column.key && !sort().descending ? '▲' : '▼'}
                      </span>
                    </button>
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody class="divide-y divide-slate-100">
            <For each={sorted()}>
              {(row) => (
                <tr data-testid="ai-tenant-row">
                  <td class={`py-2 pr-3 ${row.companyName ? 'text-slate-800' : 'text-slate-500 italic'}`}>{nameOf(row)}</td>
                  <td class="py-2 pl-3 text-right tabular-nums">{formatCount(row.requests)}</td>
                  <td class="py-2 pl-3 text-right font-medium tabular-nums" data-testid="ai-tenant-cost">
                    {formatUsd(row.costUsd)}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
