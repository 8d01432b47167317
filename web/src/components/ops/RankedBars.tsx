import { createMemo, createSignal, For, Show } from 'solid-js';

export interface RankedRow {
  label: string;
  value: number;
}

interface RankedBarsProps {
  /** The table's caption for screen readers (the card has the visible heading). */
  caption: string;
  rows: RankedRow[];
  /** What the first column is called (`Trade`). */
  labelHeading: string;
  valueHeading: string;
  format: (value: number) => string;
  /** Rows shown before “Show all”. */
  limit?: number;
  /** A Tailwind background class for the bars. */
  barClass?: string;
  empty: string;
  testId: string;
}

/**
 * A sorted table with an inline bar per row (tenants by trade, by state): the numbers read
 * as text, the bars show the proportions at a glance.
 */
export default function RankedBars(props: RankedBarsProps) {
  const [all, setAll] = createSignal(false);
  const sorted = createMemo(() => [...props.rows].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label)));
  const max = () => Math.max(1, ...props.rows.map((row) => row.value));
  const limit = () => props.limit ?? 8;
  const shown = () => (all() ? sorted() : sorted().slice(0, limit()));
  const total = () => props.rows.reduce((sum, row) => sum + row.value, 0);

  return (
    <Show when={props.rows.length > 0} fallback={<p class="text-sm text-slate-500">{props.empty}</p>}>
      <table class="w-full text-sm" data-testid={props.testId}>
        <caption class="sr-only">{props.caption}</caption>
        <thead class="sr-only">
          <tr>
            <th scope="col">{props.labelHeading}</th>
            <th scope="col">Share</th>
            <th scope="col">{props.valueHeading}</th>
          </tr>
        </thead>
        <tbody>
          <For each={shown()}>
            {(row) => (
              <tr data-testid={`${props.testId}-row`} data-label={row.label}>
                <th scope="row" class="w-2/5 max-w-0 truncate py-1 pr-3 text-left font-normal text-slate-700" title={row.label}>
                  {row.label}
                </th>
                <td class="py-1">
                  <div class="h-2.5 rounded-full bg-slate-100">
                    <div class={`h-2.5 rounded-full ${props.barClass ?? 'bg-sky-500'}`} style={{ width: `${Math.max(2, (row.value / max()) * 100)}%` }} />
                  </div>
                  <span class="sr-only">{total() > 0 ? `${Math.round((row.value / total()) * 100)}%` : ''}</span>
                </td>
                <td class="w-16 py-1 pl-3 text-right font-medium text-slate-900 tabular-nums">{props.format(row.value)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={sorted().length > limit()}>
        <button type="button" class="mt-2 text-xs font-medium text-brand-700 hover:text-brand-800" onClick={() => setAll(!all())} aria-expanded={all()}>
          {all() ? 'Show fewer' : `Show all ${sorted().length}`}
        </button>
      </Show>
    </Show>
  );
}
