import { createEffect, createSignal, For, on, Show } from 'solid-js';
import AgingSummary from './AgingSummary';
import FromBidDialog from './FromBidDialog';
import AiBadge from '../bids/AiBadge';
import DownloadButton from '../bids/DownloadButton';
import SearchBox from '../bids/SearchBox';
import StatusBadge from '../bids/StatusBadge';
import StatusTabs from '../bids/StatusTabs';
import { createLoader, syncQuery } from '../bids/createLoader';
import { EmptyState, ListSkeleton, Pager } from '../bids/ListStates';
import { ErrorBanner } from '../Notice';
import { api } from '../../../lib/api';
import { formatCents, formatDate, todayIso } from '../../../lib/format';
import type { Paged } from '../../../lib/types';
import { INVOICE_FILTERS, INVOICE_STATUS_LABELS, type InvoiceSummary } from '../../../lib/types/invoices';

const PAGE_SIZE = 25;

/** Every invoice: aging at the top, a status filter (with overdue), search, CSV export. */
export default function InvoiceList() {
  const initial = new URLSearchParams(window.location.search);
  const [status, setStatus] = createSignal(initial.get('status') ?? '');
  const [search, setSearch] = createSignal(initial.get('q') ?? '');
  const [page, setPage] = createSignal(Math.max(1, Number(initial.get('page')) || 1));
  const [fromBid, setFromBid] = createSignal(false);
  const invoices = createLoader((signal) =>
    api<Paged<InvoiceSummary>>('/invoices', { query: { status: status(), search: search(), page: page(), pageSize: PAGE_SIZE }, signal }),
  );

  createEffect(on([status, search, page], () => {
    syncQuery({ status: status(), q: search(), page: page() });
    void invoices.load();
  }));

  const rows = () => invoices.data()?.data ?? [];
  const total = () => invoices.data()?.total ?? 0;

  return (
    <section aria-labelledby="invoices-heading" data-testid="invoices">
      <div class="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="invoices-heading" class="text-2xl font-bold tracking-tight text-slate-900">Invoices</h1>
          <p class="mt-1 text-sm text-slate-600">What customers owe you, and what they have paid.</p>
        </div>
        <div class="flex flex-wrap gap-2">
          <DownloadButton path="/invoices/export.csv" query={{ status: status(), search: search() }} filename={`invoices-${todayIso()}.csv`} label="Export CSV" busyLabel="Exporting…" testId="invoices-export" />
          <button type="button" class="btn-secondary" onClick={() => setFromBid(true)} data-testid="invoice-from-bid">
            From a bid
          </button>
          <a class="btn-primary" href="/crm/invoices/edit/" data-testid="invoice-new">
            New invoice
          </a>
        </div>
      </div>

      <div class="mt-6">
        <AgingSummary />
      </div>

      <div class="mt-6 flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
        <StatusTabs label="Filter invoices by status" value={status()} options={INVOICE_FILTERS} onChange={(value) => { setStatus(value); setPage(1); }} testId="invoice-status-filter" />
        <SearchBox id="invoice-search" label="Search invoices" placeholder="Search number or customer" value={search()} onSearch={(value) => { setSearch(value); setPage(1); }} />
      </div>

      <div class="mt-4">
        <Show when={invoices.error()}>
          <ErrorBanner message={invoices.error()} onRetry={() => void invoices.load()} testId="invoices-error" />
        </Show>
        <Show when={!invoices.data() && invoices.loading()}>
          <ListSkeleton label="Loading invoices…" testId="invoices-loading" />
        </Show>
        <Show when={invoices.data() && total() === 0}>
          <Show
            when={status() || search()}
            fallback={
              <EmptyState title="No invoices yet" message="Bill a finished job: start from an accepted bid, or write an invoice from scratch." testId="invoices-empty">
                <a class="btn-primary" href="/crm/invoices/edit/">Write an invoice</a>
              </EmptyState>
            }
          >
            <EmptyState title="No invoices match" message={status() === 'overdue' ? 'Nothing is overdue. Nice work.' : 'Try another status or search term.'} testId="invoices-empty">
              <button type="button" class="btn-secondary" onClick={() => { setStatus(''); setSearch(''); setPage(1); }}>
                Show all invoices
              </button>
            </EmptyState>
          </Show>
        </Show>
        <Show when={total() > 0}>
          <div class={`card overflow-x-auto transition-opacity ${invoices.loading() ? 'opacity-60' : ''}`} aria-busy={invoices.loading()}>
            <table class="min-w-full divide-y divide-slate-200 text-sm" data-testid="invoices-table">
              <caption class="sr-only">Invoices</caption>
              <thead class="bg-slate-50 text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
                <tr>
                  <th scope="col" class="px-4 py-3">Invoice</th>
                  <th scope="col" class="hidden px-4 py-3 sm:table-cell">Customer</th>
                  <th scope="col" class="px-4 py-3">Status</th>
                  <th scope="col" class="hidden px-4 py-3 md:table-cell">Due</th>
                  <th scope="col" class="hidden px-4 py-3 text-right md:table-cell">Total</th>
                  <th scope="col" class="px-4 py-3 text-right">Balance</th>
                </tr>
              </thead>
              <tbody class="divide-y divide-slate-100 bg-white">
                <For each={rows()}>
                  {(invoice) => (
                    <tr class="relative align-top hover:bg-slate-50" data-testid="invoice-row" data-invoice-id={invoice.id}>
                      <td class="px-4 py-3">
                        <a href={`/crm/invoices/view/?id=${encodeURIComponent(invoice.id)}`} class="font-medium text-slate-900 after:absolute after:inset-0 hover:text-brand-700" data-testid="invoice-link">
                          {invoice.number}
                        </a>
                        <div class="text-xs text-slate-500 sm:hidden">{invoice.customer.name}</div>
                        <div class="text-xs text-slate-500 md:hidden">Due {formatDate(invoice.dueDate)}</div>
                      </td>
                      <td class="hidden px-4 py-3 text-slate-700 sm:table-cell">{invoice.customer.name}</td>
                      <td class="px-4 py-3">
                        <div class="flex flex-wrap gap-1">
                          <StatusBadge status={invoice.displayStatus} label={INVOICE_STATUS_LABELS[invoice.displayStatus]} />
                          <Show when={invoice.createdByAi && !invoice.reviewedBy}>
                            <AiBadge reviewed={false} />
                          </Show>
                        </div>
                        <Show when={invoice.isOverdue}>
                          <div class="mt-0.5 text-xs text-red-700">{invoice.daysOverdue} day{invoice.daysOverdue === 1 ? '' : 's'} late</div>
                        </Show>
                      </td>
                      <td class="hidden px-4 py-3 whitespace-nowrap text-slate-600 md:table-cell">{formatDate(invoice.dueDate)}</td>
                      <td class="hidden px-4 py-3 text-right whitespace-nowrap tabular-nums md:table-cell">{formatCents(invoice.totalCents)}</td>
                      <td class="px-4 py-3 text-right font-medium whitespace-nowrap tabular-nums">{formatCents(invoice.balanceCents)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
          <Pager page={page()} pageSize={PAGE_SIZE} total={total()} shown={rows().length} loading={invoices.loading()} onPage={setPage} label="Invoice pages" />
        </Show>
      </div>
      <FromBidDialog open={fromBid()} onClose={() => setFromBid(false)} />
    </section>
  );
}
