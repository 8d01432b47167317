import { For, onMount, Show } from 'solid-js';
import AiBadge from './AiBadge';
import BidActions from './BidActions';
import LinesTable from './LinesTable';
import StatusBadge from './StatusBadge';
import { TotalsTable } from './TotalsEditor';
import { createLoader } from './createLoader';
import { ListSkeleton } from './ListStates';
import { createNotice, ErrorBanner, Notice } from '../Notice';
import { api } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { BID_STATUS_LABELS, type Bid } from '../../../lib/types/bids';

/** One bid: its lines and totals as the server stored them, its history, and what can be done next. */
export default function BidView(props: { id: string }) {
  const bid = createLoader((signal) => api<Bid>(`/bids/${encodeURIComponent(props.id)}`, { signal }));
  const notice = createNotice();
  onMount(() => {
    void bid.load();
    const saved = new URLSearchParams(window.location.search).get('saved');
    if (saved) {
      notice.show(saved === 'created' ? 'Bid saved as a draft.' : 'Changes saved.');
      const url = new URL(window.location.href);
      url.searchParams.delete('saved');
      window.history.replaceState(null, '', url);
    }
  });

  const onChanged = (next: Bid, message: string) => {
    bid.setData(() => next);
    notice.show(message);
  };

  return (
    <section aria-labelledby="bid-heading" data-testid="bid-view">
      <a href="/crm/bids/" class="text-sm font-medium text-slate-600 hover:text-slate-900">← All bids</a>
      <Show when={bid.error()}>
        <div class="mt-4">
          <ErrorBanner message={bid.error()} onRetry={() => void bid.load()} testId="bid-error" />
        </div>
      </Show>
      <Show when={!bid.data() && bid.loading()}>
        <div class="mt-4">
          <ListSkeleton label="Loading the bid…" testId="bid-loading" rows={3} />
        </div>
      </Show>
      <Show when={bid.data()}>
        {(current) => (
          <>
            <div class="mt-3 flex flex-wrap items-start justify-between gap-4">
              <div class="min-w-0">
                <div class="flex flex-wrap items-center gap-2">
                  <h1 id="bid-heading" class="text-2xl font-bold tracking-tight text-slate-900" data-testid="bid-number">
                    {current().number}
                  </h1>
                  <StatusBadge status={current().status} label={BID_STATUS_LABELS[current().status]} testId="bid-status" />
                  <Show when={current().createdByAi}>
                    <AiBadge reviewed={Boolean(current().reviewedBy)} />
                  </Show>
                </div>
                <p class="mt-1 text-sm text-slate-600">
                  {current().title ?? 'Untitled bid'} for{' '}
                  <a class="font-medium text-brand-700 hover:underline" href={`/crm/customers/view/?id=${encodeURIComponent(current().customerId)}`} data-testid="bid-customer">
                    {current().customer.name}
                  </a>
                </p>
              </div>
            </div>

            <BidActions bid={current()} onChanged={onChanged} />

            <div class="mt-6 grid gap-6 lg:grid-cols-3">
              <div class="card p-5 lg:col-span-2">
                <h2 class="mb-2 text-base font-semibold text-slate-900">Line items</h2>
                <Show when={current().lines.length > 0} fallback={<p class="text-sm text-slate-600">No lines yet. Edit the draft to add labor and materials.</p>}>
                  <LinesTable lines={current().lines} />
                </Show>
                <div class="mt-4 flex justify-end border-t border-slate-200 pt-4">
                  <TotalsTable totals={current()} testPrefix="bid" />
                </div>
                <Show when={current().notes}>
                  <h3 class="mt-6 text-sm font-semibold text-slate-900">Notes</h3>
                  <p class="mt-1 text-sm whitespace-pre-line text-slate-700">{current().notes}</p>
                </Show>
              </div>
              <BidFacts bid={current()} />
            </div>
          </>
        )}
      </Show>
      <Notice message={notice.message()} />
    </section>
  );
}

function BidFacts(props: { bid: Bid }) {
  const facts = () =>
    [
      { label: 'Created', value: formatDateTime(props.bid.createdAt) },
      { label: 'Valid until', value: formatDate(props.bid.validUntil) },
      { label: 'Sent', value: props.bid.sentAt ? formatDateTime(props.bid.sentAt) : undefined },
      { label: 'Accepted', value: props.bid.acceptedAt ? formatDateTime(props.bid.acceptedAt) : undefined },
      { label: 'Declined', value: props.bid.declinedAt ? formatDateTime(props.bid.declinedAt) : undefined },
      { label: 'Reason', value: props.bid.declineReason ?? undefined },
    ].filter((fact) => fact.value);
  return (
    <aside class="card space-y-4 self-start p-5" aria-label="Bid details">
      <dl class="space-y-2 text-sm">
        <For each={facts()}>
          {(fact) => (
            <div class="flex justify-between gap-4">
              <dt class="text-slate-500">{fact.label}</dt>
              <dd class="text-right text-slate-900">{fact.value}</dd>
            </div>
          )}
        </For>
      </dl>
      <Show when={props.bid.jobId}>
        <a class="btn-secondary w-full" href={`/crm/jobs/view/?id=${encodeURIComponent(props.bid.jobId ?? '')}`} data-testid="bid-job-link">
          Open the job
        </a>
      </Show>
      <Show when={props.bid.invoices.length > 0}>
        <div>
          <h3 class="text-sm font-semibold text-slate-900">Invoices from this bid</h3>
          <ul class="mt-2 space-y-1 text-sm">
            <For each={props.bid.invoices}>
              {(invoice) => (
                <li class="flex items-center justify-between gap-2">
                  <a class="font-medium text-brand-700 hover:underline" href={`/crm/invoices/view/?id=${encodeURIComponent(invoice.id)}`} data-testid="bid-invoice-link">
                    {invoice.number}
                  </a>
                  <StatusBadge status={invoice.status} />
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
    </aside>
  );
}
