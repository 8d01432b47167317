import { createMemo, createSignal, For, Show } from 'solid-js';
import type { ImportField, ImportPreview, ImportPreviewRow } from '../../../lib/types/customers';

const SHOWN = 100;
const FIELDS: ImportField[] = ['name', 'email', 'phone', 'address', 'notes'];
type Filter = 'all' | 'ready' | 'duplicates' | 'errors';

const REASONS = { email: 'same email', phone: 'same phone', 'name+address': 'same name and address' } as const;

interface ImportPreviewTableProps {
  file: string;
  preview: ImportPreview;
  accepted: Set<number>;
  onAccepted: (rows: Set<number>) => void;
  busy: boolean;
  onCommit: () => void;
  onCancel: () => void;
}

const matches = (row: ImportPreviewRow, filter: Filter) =>
  filter === 'all' ||
  (filter === 'errors' && row.errors.length > 0) ||
  (filter === 'duplicates' && row.errors.length === 0 && Boolean(row.duplicateOf)) ||
  (filter === 'ready' && row.errors.length === 0 && !row.duplicateOf);

/** The preview of an import: what each row would become, its problems, and a checkbox to take it or leave it. */
export default function ImportPreviewTable(props: ImportPreviewTableProps) {
  const [filter, setFilter] = createSignal<Filter>('all');
  const [page, setPage] = createSignal(0);
  const filtered = createMemo(() => props.preview.rows.filter((row) => matches(row, filter())));
  const shown = () => filtered().slice(page() * SHOWN, (page() + 1) * SHOWN);
  const pages = () => Math.max(1, Math.ceil(filtered().length / SHOWN));
  const summary = () => props.preview.summary;
  const count = () => props.accepted.size;

  const toggle = (row: ImportPreviewRow, checked: boolean) => {
    const next = new Set(props.accepted);
    if (checked) next.add(row.rowNumber);
    else next.delete(row.rowNumber);
    props.onAccepted(next);
  };
  const selectFiltered = (checked: boolean) => {
    const next = new Set(props.accepted);
    for (const row of filtered()) if (row.errors.length === 0) checked ? next.add(row.rowNumber) : next.delete(row.rowNumber);
    props.onAccepted(next);
  };

  const tabs: { id: Filter; label: () => string }[] = [
    { id: 'all', label: () => `All (${summary().rows})` },
    { id: 'ready', label: () => `Ready (${summary().ready})` },
    { id: 'duplicates', label: () => `Possible duplicates (${summary().duplicates})` },
    { id: 'errors', label: () => `Errors (${summary().invalid})` },
  ];

  return (
    <div class="space-y-4" data-testid="import-review">
      <div class="card p-5 text-sm text-slate-700">
        <p>
          <strong class="text-slate-900">{props.file}</strong>: {summary().rows} row{summary().rows === 1 ? '' : 's'}, <span data-testid="import-summary-ready">{summary().ready} ready</span>,{' '}
          <span data-testid="import-summary-duplicates">{summary().duplicates} possible duplicate{summary().duplicates === 1 ? '' : 's'}</span>,{' '}
          <span data-testid="import-summary-invalid">{summary().invalid} with errors</span>.
        </p>
        <p class="mt-1 text-slate-600">
          Columns used: {FIELDS.filter((field) => props.preview.columns.used[field]).map((field) => `${field} ← “${props.preview.columns.used[field]}”`).join(', ')}.
          <Show when={props.preview.columns.ignored.length > 0}> Ignored: {props.preview.columns.ignored.map((name) => `“${name}”`).join(', ')}.</Show>
        </p>
      </div>

      <div class="flex flex-wrap items-center justify-between gap-3">
        <div class="flex flex-wrap gap-1" role="group" aria-label="Show rows">
          <For each={tabs}>
            {(tab) => (
              <button
                type="button"
                class={`rounded-full px-3 py-1 text-sm font-medium ${filter() === tab.id ? 'bg-slate-900 text-white' : 'bg-white text-slate-600 ring-1 ring-slate-200 hover:bg-slate-50'}`}
                aria-pressed={filter() === tab.id}
                onClick={() => {
                  setFilter(tab.id);
                  setPage(0);
                }}
                data-testid={`import-filter-${tab.id}`}
              >
                {tab.label()}
              </button>
            )}
          </For>
        </div>
        <div class="flex gap-2 text-sm">
          <button type="button" class="btn-ghost py-1" onClick={() => selectFiltered(true)} data-testid="import-select-all">
            Tick all shown
          </button>
          <button type="button" class="btn-ghost py-1" onClick={() => selectFiltered(false)} data-testid="import-select-none">
            Untick all shown
          </button>
        </div>
      </div>

      <div class="card overflow-x-auto">
        <table class="min-w-full divide-y divide-slate-200 text-sm" data-testid="import-table">
          <caption class="sr-only">Rows of {props.file}</caption>
          <thead class="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" class="w-10 px-3 py-3">
                <span class="sr-only">Import</span>
              </th>
              <th scope="col" class="px-3 py-3">Row</th>
              <th scope="col" class="px-3 py-3">Name</th>
              <th scope="col" class="hidden px-3 py-3 md:table-cell">Email</th>
              <th scope="col" class="hidden px-3 py-3 md:table-cell">Phone</th>
              <th scope="col" class="hidden px-3 py-3 lg:table-cell">Address</th>
              <th scope="col" class="px-3 py-3">Check</th>
            </tr>
          </thead>
          <tbody class="divide-y divide-slate-100 bg-white">
            <For each={shown()}>
              {(row) => (
                <tr
                  class={row.errors.length > 0 ? 'bg-red-50/40' : row.duplicateOf ? 'bg-amber-50/40' : ''}
                  data-testid="import-row"
                  data-row={row.rowNumber}
                  data-state={row.errors.length > 0 ? 'error' : row.duplicateOf ? 'duplicate' : 'ready'}
                >
                  <td class="px-3 py-2 align-top">
                    <input
                      type="checkbox"
                      class="size-4 accent-brand-600"
                      checked={props.accepted.has(row.rowNumber)}
                      disabled={row.errors.length > 0 || props.busy}
                      onChange={(event) => toggle(row, event.currentTarget.checked)}
                      aria-label={`Import row ${row.rowNumber}${row.values.name ? `, ${row.values.name}` : ''}`}
                      data-testid="import-row-accept"
                    />
                  </td>
                  <td class="px-3 py-2 align-top text-slate-500 tabular-nums">{row.rowNumber}</td>
                  <td class="px-3 py-2 align-top break-words text-slate-900">
                    {row.values.name ?? <span class="text-slate-500">—</span>}
                    <div class="text-xs text-slate-500 md:hidden">{[row.values.email, row.values.phone].filter(Boolean).join(' · ')}</div>
                  </td>
                  <td class="hidden px-3 py-2 align-top break-all text-slate-600 md:table-cell">{row.values.email ?? '—'}</td>
                  <td class="hidden px-3 py-2 align-top whitespace-nowrap text-slate-600 md:table-cell">{row.values.phone ?? '—'}</td>
                  <td class="hidden max-w-xs px-3 py-2 align-top text-slate-600 lg:table-cell">{row.values.address ?? '—'}</td>
                  <td class="px-3 py-2 align-top text-xs">
                    <Show when={row.errors.length > 0}>
                      <ul class="space-y-0.5 text-red-700" data-testid="import-row-errors">
                        <For each={row.errors}>{(problem) => <li>{problem.field === 'row' ? problem.message : `${problem.field}: ${problem.message}`}</li>}</For>
                      </ul>
                    </Show>
                    <Show when={row.errors.length === 0 && row.duplicateOf}>
                      {(duplicate) => (
                        <span class="text-amber-800" data-testid="import-row-duplicate">
                          Possible duplicate of {duplicate().customerId ? `customer “${duplicate().name}”` : `row ${duplicate().rowNumber} (“${duplicate().name}”)`} ({REASONS[duplicate().reason]})
                        </span>
                      )}
                    </Show>
                    <Show when={row.errors.length === 0 && !row.duplicateOf}>
                      <span class="text-emerald-700">Ready</span>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <Show when={filtered().length === 0}>
          <p class="px-4 py-6 text-center text-sm text-slate-500">No rows in this group.</p>
        </Show>
      </div>
      <Show when={pages() > 1}>
        <nav class="flex items-center justify-end gap-2 text-sm text-slate-600" aria-label="Preview pages">
          <button type="button" class="btn-secondary py-1.5" disabled={page() === 0} onClick={() => setPage(page() - 1)}>
            Previous
          </button>
          <span>
            Rows {page() * SHOWN + 1}–{Math.min(filtered().length, (page() + 1) * SHOWN)} of {filtered().length}
          </span>
          <button type="button" class="btn-secondary py-1.5" disabled={page() >= pages() - 1} onClick={() => setPage(page() + 1)}>
            Next
          </button>
        </nav>
      </Show>

      <div class="sticky bottom-0 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 bg-slate-50/95 py-3 backdrop-blur">
        <p class="text-sm text-slate-700" data-testid="import-selected">
          {count()} row{count() === 1 ? '' : 's'} ticked
        </p>
        <div class="flex gap-3">
          <button type="button" class="btn-secondary" disabled={props.busy} onClick={() => props.onCancel()} data-testid="import-cancel">
            Choose another file
          </button>
          <button type="button" class="btn-primary" disabled={props.busy || count() === 0} onClick={() => props.onCommit()} data-testid="import-commit">
            <Show when={props.busy}>
              <span class="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden="true" />
            </Show>
            {props.busy ? `Importing ${count()}…` : `Import ${count()} customer${count() === 1 ? '' : 's'}`}
          </button>
        </div>
      </div>
    </div>
  );
}
