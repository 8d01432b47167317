import { For, Show } from 'solid-js';
import { formatCents } from '../../../lib/format';
import { customerHref } from '../../../lib/navigation';

/** The five customers who paid the most over the last 12 months. */
export default function TopCustomers(props: { customers: Array<{ customerId: string; name: string; revenueCents: number }> }) {
  return (
    <section class="card p-5" aria-labelledby="top-customers-heading" data-testid="top-customers">
      <h2 id="top-customers-heading" class="text-base font-semibold text-slate-900">Top customers</h2>
      <p class="text-xs text-slate-500">Payments received, last 12 months</p>
      <Show when={props.customers.length > 0} fallback={<p class="mt-3 text-sm text-slate-600">No payments in the last 12 months yet.</p>}>
        <ol class="mt-3 divide-y divide-slate-100">
          <For each={props.customers}>
            {(customer, index) => (
              <li class="flex items-center justify-between gap-3 py-2 text-sm" data-testid="top-customer">
                <a href={customerHref(customer.customerId)} class="flex min-w-0 items-center gap-2 text-slate-800 hover:text-brand-700">
                  <span class="w-4 text-xs text-slate-500">{index() + 1}</span>
                  <span class="truncate font-medium">{customer.name}</span>
                </a>
                <span class="font-medium text-slate-900 tabular-nums">{formatCents(customer.revenueCents)}</span>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
