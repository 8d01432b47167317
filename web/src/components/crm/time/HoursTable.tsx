import { For, Show } from 'solid-js';
import { formatHours } from '../../../lib/format';

export interface HoursRow {
  key: string;
  label: string;
  href?: string;
  hours: number;
  entries: number;
  /** Someone is on the clock in this bucket now. */
  open: boolean;
}

/** A small “who/what → hours” list for the week's summary, busiest first. */
export default function HoursTable(props: { title: string; rows: HoursRow[]; testId: string }) {
  const sorted = () => [...props.rows].sort((a, b) => b.hours - a.hours);
  return (
    <section class="card min-w-0" aria-label={props.title} data-testid={props.testId}>
      <h3 class="border-b border-slate-200 px-4 py-2.5 text-sm font-semibold text-slate-900">{props.title}</h3>
      <Show when={props.rows.length > 0} fallback={<p class="px-4 py-3 text-sm text-slate-500">No hours this week.</p>}>
        <ul class="divide-y divide-slate-100 text-sm">
          <For each={sorted()}>
            {(row) => (
              <li class="flex items-baseline gap-3 px-4 py-2" data-testid={`${props.testId}-row`}>
                <span class="min-w-0 flex-1 truncate text-slate-700" title={row.label}>
                  <Show when={row.href} fallback={row.label}>
                    {(href) => (
                      <a class="hover:text-brand-700 hover:underline" href={href()}>
                        {row.label}
                      </a>
                    )}
                  </Show>
                </span>
                <Show when={row.open}>
                  <span class="size-2 shrink-0 self-center rounded-full bg-emerald-500" title="On the clock now" aria-label="on the clock now" role="img" />
                </Show>
                <span class="hidden shrink-0 text-xs text-slate-500 sm:inline">
                  {row.entries} entr{row.entries === 1 ? 'y' : 'ies'}
                </span>
                <span class="w-16 shrink-0 text-right font-medium text-slate-900 tabular-nums">{formatHours(row.hours)}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
