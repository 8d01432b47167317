import { createSignal, For, Show } from 'solid-js';
import AgingSummary from './AgingSummary';
import FromBidDialog from './FromBidDialog';
import AiBadge from '../documents/AiBadge';
import DocumentListEmpty from '../documents/DocumentListEmpty';
import { documentPaths } from '../documents/paths';
import DownloadButton from '../DownloadButton';
import { ListBody, Pager } from '../ListStates';
import ListTable, { MoneyCell } from '../ListTable';
import PageHeader from '../PageHeader';
import StatusBadge from '../StatusBadge';
import StatusSearchBar from '../StatusSearchBar';
import { createListQuery } from '../../../lib/addressBar';
import { api } from '../../../lib/api';
import { formatDate, todayIso } from '../../../lib/format';
import { createLoader } from '../../../lib/loader';
import type { Paged } from '../../../lib/types';
import { INVOICE_FILTERS, INVOICE_STATUS_LABELS, type InvoiceSummary } from '../../../lib/types/invoices';

const PAGE_SIZE = 25;

const COLUMNS = [
  { label: 'Invoice' },
  { label: 'Customer', class: 'hidden sm:table-cell' },
  { label: 'Status' },
  { label: 'Due', class: 'hidden md:table-cell' },
  { label: 'Total', class: 'hidden text-right md:table-cell' },
  { label: 'Balance', class: 'text-right' },
];

/** Every invoice: aging at the top, a status filter (with overdue), search, CSV export. */
export default function InvoiceList() {
  const query = createListQuery();
  const [fromBid, setFromBid] = createSignal(false);
  const invoices = createLoader(
    () => ({ ...query.params(), pageSize: PAGE_SIZE }),
    (params, signal) => api<Paged<InvoiceSummary>>('/invoices', { query: params, signal }),
  );
  const rows = () => invoices.data()?.data ?? [];
  const total = () => invoices.data()?.total ?? 0;

  return (
    <section aria-labelledby="invoices-heading" data-testid="invoices">
      <PageHeader id="invoices-heading" title="Invoices" description="What customers owe you, and what they have paid.">
        <div class="flex flex-wrap gap-2">
          <DownloadButton path="/invoices/export.csv" query={{ status: query.status(), search: query.search() }} filename={`invoices-${todayIso()}.csv`} label="Export CSV" busyLabel="Exporting…" testId="invoices-export" />
          <button type="button" class="btn-secondary" onClick={() => setFromBid(true)} data-testid="invoice-from-bid">
            From a bid
          </button>
          <a class="btn-primary" href={documentPaths('invoice').edit()} data-testid="invoice-new">
            New invoice
          </a>
        </div>
      </PageHeader>

      <div class="mt-6">
        <AgingSummary />
      </div>

      <StatusSearchBar noun="invoice" query={query} options={INVOICE_FILTERS} placeholder="Search number or customer" />

      <div class="mt-4">
        <ListBody
          list={invoices}
          testPrefix="invoices"
          loadingLabel="Loading invoices…"
          empty={
            <DocumentListEmpty
              noun="invoice"
              query={query}
              intro="Bill a finished job: start from an accepted bid, or write an invoice from scratch."
              writeLabel="Write an invoice"
              noMatch={query.status() === 'overdue' ? 'Nothing is overdue. Nice work.' : 'Try another status or search term.'}
            />
          }
        >
          <ListTable caption="Invoices" testId="invoices-table" columns={COLUMNS} busy={invoices.loading()}>
            <For each={rows()}>
              {(invoice) => (
                <tr class="relative align-top hover:bg-slate-50" data-testid="invoice-row" data-invoice-id={invoice.id}>
                  <td class="px-4 py-3">
                    <a href={documentPaths('invoice').view(invoice.id)} class="font-medium text-slate-900 after:absolute after:inset-0 hover:text-brand-700" data-testid="invoice-link">
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
                      <div class="mt-0.5 text-xs text-red-700">
                        {invoice.daysOverdue} day{invoice.daysOverdue === 1 ? '' : 's'} late
                      </div>
                    </Show>
                  </td>
                  <td class="hidden px-4 py-3 whitespace-nowrap text-slate-600 md:table-cell">{formatDate(invoice.dueDate)}</td>
                  <MoneyCell cents={invoice.totalCents} plain class="hidden md:table-cell" />
                  <MoneyCell cents={invoice.balanceCents} />
                </tr>
              )}
            </For>
          </ListTable>
          <Pager page={query.page()} pageSize={PAGE_SIZE} total={total()} shown={rows().length} busy={invoices.loading()} onPage={query.setPage} label="Invoice pages" />
        </ListBody>
      </div>
      <FromBidDialog open={fromBid()} onClose={() => setFromBid(false)} />
    </section>
  );
}
