import { createMemo, createSignal, For, Show } from 'solid-js';
import SupportDialog from './SupportDialog';
import { EmptyState, LoadingRows } from '../../crm/ListStates';
import LoadStatus from '../../crm/LoadStatus';
import PageHeader from '../../crm/PageHeader';
import SearchBox from '../../crm/SearchBox';
import { createLoadOnce } from '../../../lib/loader';
import { listTenants, type Tenant } from '../../../lib/ops';
import { formatCount } from '../../../lib/opsFormat';
import { formatDate } from '../../../lib/format';
import { tradeLabel } from '../../../lib/types';

const COLUMNS: ReadonlyArray<{ label: string; class?: string; srOnly?: boolean }> = [
  { label: 'Company' },
  { label: 'Trades', class: 'hidden md:table-cell' },
  { label: 'State' },
  { label: 'Since', class: 'hidden lg:table-cell' },
  { label: 'Members', class: 'text-right' },
  { label: 'Customers', class: 'text-right' },
  { label: 'Jobs, 30 days', class: 'text-right' },
  { label: 'Support', srOnly: true },
];

/** Every tenant in aggregate (counts only); one tenant's records only through a support action with a reason. */
export default function Tenants() {
  const tenants = createLoadOnce((signal) => listTenants({ signal }));
  const [query, setQuery] = createSignal('');
  const [supporting, setSupporting] = createSignal<Tenant>();
  const shown = createMemo(() => {
    const needle = query().trim().toLowerCase();
    const all = tenants.data() ?? [];
    return needle ? all.filter((tenant) => [tenant.name, tenant.state ?? '', ...tenant.trades.map(tradeLabel)].some((text) => text.toLowerCase().includes(needle))) : all;
  });

  return (
    <section aria-labelledby="tenants-heading" data-testid="ops-tenants">
      <PageHeader id="tenants-heading" title="Tenants" description="Companies on ZAFTO, as counts. Opening one for support is recorded in the audit log with your reason.">
        <SearchBox id="tenants-search" label="Search tenants" placeholder="Search by name, trade or state" value={query()} onSearch={setQuery} class="w-full sm:w-72" />
      </PageHeader>
      <div class="mt-6">
        <LoadStatus loader={tenants} errorTestId="tenants-error" errorClass="mb-4">
          <LoadingRows label="Loading tenants…" testId="tenants-loading" />
        </LoadStatus>
        <Show when={tenants.data()}>
          <Show
            when={shown().length > 0}
            fallback={
              <EmptyState title={query() ? 'No tenant matches' : 'No tenants yet'} testId="tenants-empty">
                {query() ? 'Try another name, trade or state.' : 'Companies appear here when contractors sign up.'}
              </EmptyState>
            }
          >
            {/* Positioned, so the screen-reader-only header text stays inside the scrolling box on a phone. */}
            <div class={`card relative overflow-x-auto transition-opacity ${tenants.loading() ? 'opacity-60' : ''}`} aria-busy={tenants.loading()}>
              <table class="min-w-full divide-y divide-slate-200 text-sm" data-testid="tenants-table">
                <caption class="sr-only">Tenants</caption>
                <thead class="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
                  <tr>
                    <For each={COLUMNS}>
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
                <tbody class="divide-y divide-slate-100 bg-white">
                  <For each={shown()}>
                    {(tenant) => (
                      <tr data-testid="tenant-row" data-company={tenant.companyId}>
                        <td class="px-4 py-3 font-medium text-slate-900">{tenant.name}</td>
                        <td class="hidden px-4 py-3 text-slate-600 md:table-cell">{tenant.trades.map(tradeLabel).join(', ') || '—'}</td>
                        <td class="px-4 py-3 text-slate-600">{tenant.state ?? '—'}</td>
                        <td class="hidden px-4 py-3 whitespace-nowrap text-slate-600 lg:table-cell">{formatDate(tenant.createdAt)}</td>
                        <td class="px-4 py-3 text-right tabular-nums">{formatCount(tenant.members)}</td>
                        <td class="px-4 py-3 text-right tabular-nums">{formatCount(tenant.customers)}</td>
                        <td class="px-4 py-3 text-right tabular-nums">{formatCount(tenant.jobs30d)}</td>
                        <td class="px-4 py-3 text-right">
                          <button
                            type="button"
                            class="btn-secondary py-1.5 whitespace-nowrap"
                            aria-label={`Open for support: ${tenant.name}`}
                            onClick={() => setSupporting(tenant)}
                            data-testid="tenant-support"
                          >
                            Open for support
                          </button>
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
            <p class="mt-3 text-sm text-slate-600" data-testid="tenants-count">
              {formatCount(shown().length)} of {formatCount(tenants.data()!.length)} tenants
            </p>
          </Show>
        </Show>
      </div>
      <SupportDialog tenant={supporting()} onClose={() => setSupporting(undefined)} />
    </section>
  );
}
