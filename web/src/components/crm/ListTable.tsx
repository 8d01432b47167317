import { For, Show, type JSX } from 'solid-js';
import { formatCents } from '../../lib/format';

export interface Column {
  label: string;
  /** Extra classes, e.g. `hidden md:table-cell` or `text-right`. */
  class?: string;
  /** Said to screen readers only (an actions column). */
  srOnly?: boolean;
}

interface ListTableProps {
  caption: string;
  testId: string;
  columns: readonly Column[];
  /** A newer page is loading: the rows dim. */
  busy: boolean;
  /** The rows. */
  children: JSX.Element;
  /** A `<tfoot>`, e.g. a total. */
  foot?: JSX.Element;
}

/** A list's table in a card: column headings, the rows, and a dimmed look while the next page loads. */
export default function ListTable(props: ListTableProps) {
  return (
    <div class={`card overflow-x-auto transition-opacity ${props.busy ? 'opacity-60' : ''}`} aria-busy={props.busy}>
      <table class="min-w-full divide-y divide-slate-200 text-sm" data-testid={props.testId}>
        <caption class="sr-only">{props.caption}</caption>
        <thead class="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
          <tr>
            <For each={props.columns}>
              {(column) => (
                <th scope="col" class={`px-4 py-3 ${column.class ?? ''}`}>
                  <Show when={column.srOnly} fallback={column.label}>
                    <span class="sr-only">{column.label}</span>
                  </Show>
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody class="divide-y divide-slate-100 bg-white">{props.children}</tbody>
        {props.foot}
      </table>
    </div>
  );
}

/** An amount in a list row, right-aligned in tabular figures; `plain` without the bold. */
export function MoneyCell(props: { cents: number | null | undefined; plain?: boolean; class?: string }) {
  return <td class={`px-4 py-3 text-right whitespace-nowrap tabular-nums ${props.plain ? '' : 'font-medium'} ${props.class ?? ''}`}>{formatCents(props.cents)}</td>;
}
