import { createSignal, For, Show } from 'solid-js';
import Dialog from '../Dialog';
import { FormError } from '../fields';
import LoadStatus from '../LoadStatus';
import { api, errorMessage } from '../../../lib/api';
import { formatCents, formatDate } from '../../../lib/format';
import { createLoadOnce } from '../../../lib/loader';
import type { Paged } from '../../../lib/types';
import type { BidConvertResult, BidSummary } from '../../../lib/types/bids';

/** Picks an accepted bid and turns it into a draft invoice with the same lines. */
export default function FromBidDialog(props: { open: boolean; onClose: () => void }) {
  return (
    <Dialog open={props.open} onClose={props.onClose} title="Invoice an accepted bid" description="The invoice starts as a draft with the bid’s lines, discount and tax." testId="from-bid-dialog">
      <AcceptedBids />
    </Dialog>
  );
}

function AcceptedBids() {
  const bids = createLoadOnce((signal) => api<Paged<BidSummary>>('/bids', { query: { status: 'accepted', pageSize: 100 }, signal }));
  const [busy, setBusy] = createSignal('');
  const [error, setError] = createSignal('');

  const convert = async (bid: BidSummary) => {
    setBusy(bid.id);
    setError('');
    try {
      const result = await api<BidConvertResult>(`/bids/${encodeURIComponent(bid.id)}/convert`, { method: 'POST', body: { createInvoice: true, createJob: false } });
      if (result.invoiceId) window.location.assign(`/crm/invoices/view/?id=${encodeURIComponent(result.invoiceId)}&saved=from-bid`);
    } catch (cause) {
      setError(errorMessage(cause));
      setBusy('');
    }
  };

  return (
    <div class="flex-1 overflow-y-auto px-6 py-5">
      <FormError message={error()} testId="from-bid-error" />
      <LoadStatus loader={bids}>
        <p class="text-sm text-slate-600" aria-busy="true">Loading accepted bids…</p>
      </LoadStatus>
      <Show when={bids.data()?.data.length === 0}>
        <p class="text-sm text-slate-600" data-testid="from-bid-empty">
          No accepted bids. Mark a bid accepted first, or <a class="link" href="/crm/invoices/edit/">write an invoice from scratch</a>.
        </p>
      </Show>
      <ul class="mt-2 divide-y divide-slate-100">
        <For each={bids.data()?.data ?? []}>
          {(bid) => (
            <li class="flex items-center justify-between gap-3 py-3">
              <div class="min-w-0">
                <p class="font-medium text-slate-900">
                  {bid.number} · {bid.customer.name}
                </p>
                <p class="truncate text-xs text-slate-500">
                  {bid.title ?? 'Untitled'} · accepted {formatDate(bid.acceptedAt)} · {formatCents(bid.totalCents)}
                </p>
              </div>
              <button type="button" class="btn-secondary shrink-0" disabled={Boolean(busy())} onClick={() => void convert(bid)} data-testid="from-bid-pick">
                {busy() === bid.id ? 'Creating…' : 'Invoice it'}
              </button>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
