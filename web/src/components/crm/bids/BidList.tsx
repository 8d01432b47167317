import { createEffect, createSignal, For, on, Show } from 'solid-js';
import StatusBadge from './StatusBadge';
import { createLoader, syncQuery } from './createLoader';
import { EmptyState, ListSkeleton, Pager } from './ListStates';
import SearchBox from './SearchBox';
import StatusTabs from './StatusTabs';
import AiBadge from './AiBadge';
import { ErrorBanner } from '../Notice';
import { api } from '../../../lib/api';
import { formatCents, formatDate } from '../../../lib/format';
import type { Paged } from '../../../lib/types';
import { BID_STATUS_LABELS, BID_STATUSES, type BidSummary } from '../../../lib/types/bids';

const PAGE_SIZE = 25;

/** Every bid of the company: filter by status, search by number, title or customer. */
export default function BidList() {
  const initial = new URLSearchParams(window.location.search);
  const [status, setStatus] = createSignal(initial.get('status') ?? '');
  const [search, setSearch] = createSignal(initial.get('q') ?? '');
  const [page, setPage] = createSignal(Math.max(1, Number(initial.get('page')) || 1));
  const bids = createLoader((signal) =>
    api<Paged<BidSummary>>('/bids', { query: { status: status(), search: search(), page: page(), pageSize: PAGE_SIZE }, signal }),
  );

  createEffect(on([status, search, page], () => {
    syncQuery({ status: status(), q: search(), page: page() });
    void bids.load();
  }));

  const rows = () => bids.data()?.data ?? [];
  const total = () => bids.data()?.total ?? 0;
  const filtered = () => Boolean(status() || search());

  return (
    <section aria-labelledby="bids-heading" data-testid="bids">
      <div class="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="bids-heading" class="text-2xl font-bold tracking-tight text-slate-900">Bids</h1>
          <p class="mt-1 text-sm text-slate-600">Quotes you send to customers, from draft to accepted.</p>
        </div>
        <a class="btn-primary" href="/crm/bids/edit/" data-testid="bid-new">
          New bid
        </a>
      </div>

      <div class="mt-6 flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
        <StatusTabs
          label="Filter bids by status"
          value={status()}
          options={BID_STATUSES.map((value) => ({ value, label: BID_STATUS_LABELS[value] }))}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          testId="bid-status-filter"
        />
        <SearchBox
          id="bid-search"
          label="Search bids"
          placeholder="Search number, title or customer"
          value={search()}
          onSearch={(value) => {
            setSearch(value);
            setPage(1);
          }}
        />
      </div>

      <div class="mt-4">
        <Show when={bids.error()}>
          <ErrorBanner message={bids.error()} onRetry={() => void bids.load()} testId="bids-error" />
        </Show>
        <Show when={!bids.data() && bids.loading()}>
          <ListSkeleton label="Loading bids…" testId="bids-loading" />
        </Show>
        <Show when={bids.data() && total() === 0}>
          <Show
            when={filtered()}
            fallback={
              <EmptyState title="No bids yet" message="Write your first quote: pick a customer, add labor and materials, and send it by email." testId="bids-empty">
                <a class="btn-primary" href="/crm/bids/edit/">Write a bid</a>
              </EmptyState>
            }
          >
            <EmptyState title="No bids match" message="Try another status or search term." testId="bids-empty">
              <button type="button" class="btn-secondary" onClick={() => { setStatus(''); setSearch(''); setPage(1); }}>
                Show all bids
              </button>
            </EmptyState>
          </Show>
        </Show>
        <Show when={total() > 0}>
          <div class={`card overflow-x-auto transition-opacity ${bids.loading() ? 'opacity-60' : ''}`} aria-busy={bids.loading()}>
            <table class="min-w-full divide-y divide-slate-200 text-sm" data-testid="bids-table">
              <caption class="sr-only">Bids</caption>
              <thead class="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
                <tr>
                  <th scope="col" class="px-4 py-3">Bid</th>
                  <th scope="col" class="hidden px-4 py-3 sm:table-cell">Customer</th>
                  <th scope="col" class="px-4 py-3">Status</th>
                  <th scope="col" class="hidden px-4 py-3 md:table-cell">Valid until</th>
                  <th scope="col" class="px-4 py-3 text-right">Total</th>
                </tr>
              </thead>
              <tbody class="divide-y divide-slate-100 bg-white">
                <For each={rows()}>
                  {(bid) => (
                    <tr class="relative align-top hover:bg-slate-50" data-testid="bid-row" data-bid-id={bid.id}>
                      <td class="px-4 py-3">
                        <a href={`/crm/bids/view/?id=${encodeURIComponent(bid.id)}`} class="font-medium text-slate-900 after:absolute after:inset-0 hover:text-brand-700" data-testid="bid-link">
                          {bid.number}
                        </a>
                        <div class="text-xs text-slate-500">{bid.title ?? 'Untitled'}</div>
                        <div class="text-xs text-slate-500 sm:hidden">{bid.customer.name}</div>
                      </td>
                      <td class="hidden px-4 py-3 text-slate-700 sm:table-cell">{bid.customer.name}</td>
                      <td class="px-4 py-3">
                        <div class="flex flex-wrap gap-1">
                          <StatusBadge status={bid.status} label={BID_STATUS_LABELS[bid.status]} />
                          <Show when={bid.createdByAi && !bid.reviewedBy}>
                            <AiBadge reviewed={false} />
                          </Show>
                        </div>
                      </td>
                      <td class="hidden px-4 py-3 whitespace-nowrap text-slate-600 md:table-cell">{formatDate(bid.validUntil)}</td>
                      <td class="px-4 py-3 text-right font-medium whitespace-nowrap tabular-nums">{formatCents(bid.totalCents)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
          <Pager page={page()} pageSize={PAGE_SIZE} total={total()} shown={rows().length} loading={bids.loading()} onPage={setPage} label="Bid pages" />
        </Show>
      </div>
    </section>
  );
}
