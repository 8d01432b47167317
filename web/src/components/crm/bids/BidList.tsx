import { For, Show } from 'solid-js';
import AiBadge from '../documents/AiBadge';
import DocumentListEmpty from '../documents/DocumentListEmpty';
import { documentPaths } from '../documents/paths';
import { ListBody, Pager } from '../ListStates';
import ListTable, { MoneyCell } from '../ListTable';
import PageHeader from '../PageHeader';
import { onPageReturn } from '../pageReturn';
import StatusBadge from '../StatusBadge';
import StatusSearchBar from '../StatusSearchBar';
import { createListQuery } from '../../../lib/addressBar';
import { api } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { createLoader } from '../../../lib/loader';
import type { Paged } from '../../../lib/types';
import { BID_STATUS_LABELS, BID_STATUSES, type BidSummary } from '../../../lib/types/bids';

const PAGE_SIZE = 25;

const COLUMNS = [
  { label: 'Bid' },
  { label: 'Customer', class: 'hidden sm:table-cell' },
  { label: 'Status' },
  { label: 'Valid until', class: 'hidden md:table-cell' },
  { label: 'Total', class: 'text-right' },
];

/** Every bid of the company: filter by status, search by number, title or customer. */
export default function BidList() {
  const query = createListQuery();
  const bids = createLoader(
    () => ({ ...query.params(), pageSize: PAGE_SIZE }),
    (params, signal) => api<Paged<BidSummary>>('/bids', { query: params, signal }),
  );
  // A customer may accept or decline in the client portal while this list is open in another tab.
  onPageReturn(() => void bids.reload());
  const rows = () => bids.data()?.data ?? [];
  const total = () => bids.data()?.total ?? 0;

  return (
    <section aria-labelledby="bids-heading" data-testid="bids">
      <PageHeader id="bids-heading" title="Bids" description="Quotes you send to customers, from draft to accepted.">
        <a class="btn-primary" href={documentPaths('bid').edit()} data-testid="bid-new">
          New bid
        </a>
      </PageHeader>

      <StatusSearchBar noun="bid" query={query} options={BID_STATUSES.map((value) => ({ value, label: BID_STATUS_LABELS[value] }))} placeholder="Search number, title or customer" />

      <div class="mt-4">
        <ListBody
          list={bids}
          testPrefix="bids"
          loadingLabel="Loading bids…"
          empty={
            <DocumentListEmpty
              noun="bid"
              query={query}
              intro="Write your first quote: pick a customer, add labor and materials, and send it by email."
              writeLabel="Write a bid"
              noMatch="Try another status or search term."
            />
          }
        >
          <ListTable caption="Bids" testId="bids-table" columns={COLUMNS} busy={bids.loading()}>
            <For each={rows()}>
              {(bid) => (
                <tr class="relative align-top hover:bg-slate-50" data-testid="bid-row" data-bid-id={bid.id}>
                  <td class="px-4 py-3">
                    <a href={documentPaths('bid').view(bid.id)} class="font-medium text-slate-900 after:absolute after:inset-0 hover:text-brand-700" data-testid="bid-link">
                      {bid.number}
                    </a>
                    <div class="text-xs text-slate-500">{bid.title ?? 'Untitled'}</div>
                    <div class="text-xs text-slate-500 sm:hidden">{bid.customer.name}</div>
                  </td>
                  <td class="hidden px-4 py-3 text-slate-700 sm:table-cell">{bid.customer.name}</td>
                  <td class="px-4 py-3">
                    <div class="flex flex-wrap gap-1">
                      <StatusBadge status={bid.status} label={BID_STATUS_LABELS[bid.status]} />
                      <Show when={bid.decidedVia === 'client_portal'}>
                        <span
                          class="inline-flex items-center rounded-full bg-teal-50 px-2 py-0.5 text-xs font-medium whitespace-nowrap text-teal-800 ring-1 ring-teal-200 ring-inset"
                          title={bid.status === 'accepted' ? 'Signed by the customer in the client portal' : 'Declined by the customer in the client portal'}
                          data-testid="bid-portal-decision"
                        >
                          In portal
                        </span>
                      </Show>
                      <Show when={bid.createdByAi && !bid.reviewedBy}>
                        <AiBadge reviewed={false} />
                      </Show>
                    </div>
                  </td>
                  <td class="hidden px-4 py-3 whitespace-nowrap text-slate-600 md:table-cell">{formatDate(bid.validUntil)}</td>
                  <MoneyCell cents={bid.totalCents} />
                </tr>
              )}
            </For>
          </ListTable>
          <Pager page={query.page()} pageSize={PAGE_SIZE} total={total()} shown={rows().length} busy={bids.loading()} onPage={query.setPage} label="Bid pages" />
        </ListBody>
      </div>
    </section>
  );
}
