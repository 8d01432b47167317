import { For, Show } from 'solid-js';
import BidActions from './BidActions';
import BidDecisionNote from './BidDecisionNote';
import type { DecidedBid } from './decision';
import CustomerLink from '../CustomerLink';
import DocumentFrame from '../documents/DocumentFrame';
import DocumentHeading from '../documents/DocumentHeading';
import DocumentLinesCard from '../documents/DocumentLinesCard';
import { createDocumentPage } from '../documents/documentPage';
import FactList from '../documents/FactList';
import { documentPaths } from '../documents/paths';
import { createJobCategories } from '../jobs/categories';
import { onPageReturn } from '../pageReturn';
import StatusBadge from '../StatusBadge';
import { formatDate, formatDateTime } from '../../../lib/format';
import { jobHref } from '../../../lib/navigation';
import { tradeLabel } from '../../../lib/types';
import { BID_STATUS_LABELS, type Bid } from '../../../lib/types/bids';

/** One bid: its lines and totals as the server stored them, its history, and what can be done next. */
export default function BidView(props: { id: string }) {
  const page = createDocumentPage<DecidedBid>({ noun: 'bid', id: props.id, savedMessages: { created: 'Bid saved as a draft.', updated: 'Changes saved.' } });
  // A sent bid waits on the customer, who may answer in the client portal while this page sits in a tab.
  onPageReturn(() => {
    if (page.document.data()?.status === 'sent') void page.document.reload();
  });
  return (
    <DocumentFrame page={page}>
      {(bid) => (
        <>
          <DocumentHeading noun="bid" document={bid()} status={bid().status} statusLabel={BID_STATUS_LABELS[bid().status]}>
            {bid().title ?? 'Untitled bid'} for <CustomerLink customer={bid().customer} testId="bid-customer" />
          </DocumentHeading>
          <BidDecisionNote bid={bid()} />
          <BidActions bid={bid()} onChanged={page.changed} />
          <div class="mt-6 grid gap-6 lg:grid-cols-3">
            <DocumentLinesCard noun="bid" document={bid()} emptyText="No lines yet. Edit the draft to add labor and materials." />
            <BidFacts bid={bid()} />
          </div>
        </>
      )}
    </DocumentFrame>
  );
}

function BidFacts(props: { bid: Bid }) {
  const categories = createJobCategories();
  const facts = () => [
    { label: 'Created', value: formatDateTime(props.bid.createdAt) },
    { label: 'Trade', value: props.bid.trade ? tradeLabel(props.bid.trade) : undefined },
    { label: 'Kind of work', value: props.bid.jobCategory ? categories.label(props.bid.trade, props.bid.jobCategory) : undefined },
    { label: 'Valid until', value: formatDate(props.bid.validUntil) },
    { label: 'Sent', value: props.bid.sentAt ? formatDateTime(props.bid.sentAt) : undefined },
    { label: 'Followed up', value: props.bid.followedUpAt ? formatDateTime(props.bid.followedUpAt) : undefined },
    { label: 'Accepted', value: props.bid.acceptedAt ? formatDateTime(props.bid.acceptedAt) : undefined },
    { label: 'Declined', value: props.bid.declinedAt ? formatDateTime(props.bid.declinedAt) : undefined },
    { label: 'Reason', value: props.bid.declineReason ?? undefined },
  ];
  return (
    <aside class="card space-y-4 self-start p-5" aria-label="Bid details">
      <FactList facts={facts()} />
      <Show when={props.bid.jobId}>
        {(jobId) => (
          <a class="btn-secondary w-full" href={jobHref(jobId())} data-testid="bid-job-link">
            Open the job
          </a>
        )}
      </Show>
      <Show when={props.bid.invoices.length > 0}>
        <div>
          <h3 class="text-sm font-semibold text-slate-900">Invoices from this bid</h3>
          <ul class="mt-2 space-y-1 text-sm">
            <For each={props.bid.invoices}>
              {(invoice) => (
                <li class="flex items-center justify-between gap-2">
                  <a class="link" href={documentPaths('invoice').view(invoice.id)} data-testid="bid-invoice-link">
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
