import { For, Show } from 'solid-js';
import { ErrorBanner } from '../Notice';
import { api } from '../../../lib/api';
import { formatCents } from '../../../lib/format';
import { createLoader } from '../../../lib/loader';
import type { CustomerStats } from '../../../lib/types/customers';

/** Jobs, revenue and open balance at a glance; the money tiles only for staff (the API leaves them out for techs). */
export default function CustomerStatsCard(props: { customerId: string; showMoney: boolean }) {
  const stats = createLoader(
    () => props.customerId,
    (id, signal) => api<CustomerStats>(`/customers/${encodeURIComponent(id)}/stats`, { signal }),
  );

  const tiles = () => {
    const data = stats.data();
    if (!data) return [];
    const open = data.jobs.scheduled + data.jobs.in_progress;
    const list = [
      { id: 'jobs', label: 'Jobs', value: String(data.jobs.total), hint: `${open} open · ${data.jobs.completed} completed`, warn: false },
    ];
    if (props.showMoney && data.revenueCents !== undefined) {
      list.push({ id: 'revenue', label: 'Revenue', value: formatCents(data.revenueCents), hint: `Billed ${formatCents(data.lifetimeBilledCents ?? 0)}`, warn: false });
    }
    if (props.showMoney && data.openBalanceCents !== undefined) {
      const overdue = data.overdueBalanceCents ?? 0;
      list.push({ id: 'balance', label: 'Open balance', value: formatCents(data.openBalanceCents), hint: overdue > 0 ? `${formatCents(overdue)} overdue` : 'Nothing overdue', warn: overdue > 0 });
    }
    return list;
  };

  return (
    <div class="mt-6" data-testid="customer-stats">
      <Show when={stats.error()}>
        <ErrorBanner message={`Could not load the totals: ${stats.error()}`} onRetry={() => void stats.reload()} />
      </Show>
      <Show when={!stats.data() && stats.loading()}>
        <div class="grid gap-4 sm:grid-cols-3" aria-busy="true">
          <For each={[1, 2, 3]}>{() => <div class="card h-24 animate-pulse bg-slate-100" />}</For>
        </div>
      </Show>
      <Show when={stats.data()}>
        <dl class="grid gap-4 sm:grid-cols-3">
          <For each={tiles()}>
            {(tile) => (
              <div class="card px-5 py-4" data-testid={`customer-stat-${tile.id}`}>
                <dt class="text-sm font-medium text-slate-500">{tile.label}</dt>
                <dd class="mt-1 text-2xl font-semibold tracking-tight text-slate-900" data-testid={`customer-stat-${tile.id}-value`}>
                  {tile.value}
                </dd>
                <dd class={`mt-1 text-xs ${tile.warn ? 'font-medium text-red-600' : 'text-slate-500'}`}>{tile.hint}</dd>
              </div>
            )}
          </For>
        </dl>
      </Show>
    </div>
  );
}
