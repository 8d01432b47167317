import { For, Show } from 'solid-js';
import LoadStatus from '../LoadStatus';
import { api } from '../../../lib/api';
import { formatCents } from '../../../lib/format';
import { createLoadOnce } from '../../../lib/loader';
import type { Aging } from '../../../lib/types/invoices';

const TONES: Record<string, string> = {
  current: 'bg-emerald-500',
  days_1_30: 'bg-amber-400',
  days_31_60: 'bg-orange-500',
  days_61_90: 'bg-red-500',
  days_over_90: 'bg-red-700',
};

/** Open balances by how late they are: not yet due, 1–30, 31–60, 61–90 and over 90 days. */
export default function AgingSummary() {
  const aging = createLoadOnce((signal) => api<Aging>('/invoices/aging', { signal }));

  return (
    <section class="card p-5" aria-labelledby="aging-heading" data-testid="aging">
      <div class="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="aging-heading" class="text-base font-semibold text-slate-900">Receivables aging</h2>
        <Show when={aging.data()}>
          <p class="text-sm text-slate-600">
            <span class="font-semibold text-slate-900 tabular-nums" data-testid="aging-total">{formatCents(aging.data()?.totalCents)}</span> open on {aging.data()?.count} invoice
            {aging.data()?.count === 1 ? '' : 's'}
          </p>
        </Show>
      </div>
      <LoadStatus loader={aging} errorClass="mt-3">
        <div class="mt-4 h-16 animate-pulse rounded-lg bg-slate-100" aria-busy="true">
          <span class="sr-only">Loading aging…</span>
        </div>
      </LoadStatus>
      <Show when={aging.data()}>
        {(data) => (
          <>
            <Show when={data().totalCents > 0}>
              <div class="mt-4 flex h-2.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
                <For each={data().buckets}>
                  {(bucket) => <div class={TONES[bucket.key]} style={{ width: `${(bucket.totalCents / data().totalCents) * 100}%` }} />}
                </For>
              </div>
            </Show>
            <dl class="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-5">
              <For each={data().buckets}>
                {(bucket) => (
                  <div class="rounded-lg bg-slate-50 px-3 py-2" data-testid={`aging-${bucket.key}`}>
                    <dt class="flex items-center gap-1.5 text-xs font-medium text-slate-600">
                      <span class={`size-2 rounded-full ${TONES[bucket.key]}`} aria-hidden="true" />
                      {bucket.label}
                    </dt>
                    <dd class="mt-1 text-sm font-semibold text-slate-900 tabular-nums">{formatCents(bucket.totalCents)}</dd>
                    <dd class="text-xs text-slate-500">
                      {bucket.count} invoice{bucket.count === 1 ? '' : 's'}
                    </dd>
                  </div>
                )}
              </For>
            </dl>
          </>
        )}
      </Show>
    </section>
  );
}
