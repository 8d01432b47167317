import { For, Show } from 'solid-js';
import PortalShell, { type PortalContext } from './PortalShell';
import { PortalHeading, QuoteBadge } from './portalUi';
import LoadStatus from '../crm/LoadStatus';
import { EmptyState, LoadingRows } from '../crm/ListStates';
import { api } from '../../lib/api';
import { formatCents, formatDate } from '../../lib/format';
import { createLoadOnce } from '../../lib/loader';
import { customerPath } from '../../lib/portal';
import type { QuoteSummary } from '../../lib/portalTypes';

/** What the date line of a quote says, by where it stands. */
function dateLine(quote: QuoteSummary): string {
  if (quote.status === 'accepted') return `Approved ${formatDate(quote.decidedAt)}`;
  if (quote.status === 'declined') return `Declined ${formatDate(quote.decidedAt)}`;
  if (quote.status === 'expired') return `Expired ${formatDate(quote.validUntil)}`;
  return `Sent ${formatDate(quote.sentAt)}${quote.validUntil ? ` · valid until ${formatDate(quote.validUntil)}` : ''}`;
}

/** `/portal/quotes/`: every quote the contractor sent, the ones waiting for a decision first. */
export default function QuotesPage() {
  return <PortalShell section="quotes">{(context) => <Quotes context={context} />}</PortalShell>;
}

function Quotes(props: { context: PortalContext }) {
  const quotes = createLoadOnce((signal) => api<QuoteSummary[]>(customerPath(props.context.customerId, '/quotes'), { signal }));
  const sorted = () => [...(quotes.data() ?? [])].sort((a, b) => Number(b.status === 'sent') - Number(a.status === 'sent'));
  return (
    <div data-testid="portal-quotes">
      <PortalHeading id="quotes-heading" title="Quotes" description="Review what your contractor proposes, then approve it with your signature or decline it." />
      <LoadStatus loader={quotes} errorTestId="quotes-error">
        <LoadingRows label="Loading your quotes…" testId="quotes-loading" rows={3} />
      </LoadStatus>
      <Show when={quotes.data()?.length === 0}>
        <EmptyState title="No quotes yet" testId="quotes-empty">
          When {props.context.relationship.company.name} sends you a quote, it appears here for you to review and approve.
        </EmptyState>
      </Show>
      <Show when={(quotes.data()?.length ?? 0) > 0}>
        <ul class="card divide-y divide-slate-100">
          <For each={sorted()}>
            {(quote) => (
              <li>
                <a
                  href={props.context.href('/portal/quotes/view/', { id: quote.id })}
                  class="flex flex-wrap items-center justify-between gap-3 px-5 py-4 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600"
                  data-testid="quote-row"
                  data-status={quote.status}
                >
                  <div class="min-w-0">
                    <p class="font-medium text-slate-900">{quote.title ?? 'Quote'}</p>
                    <p class="text-sm text-slate-600">
                      {quote.number} · {dateLine(quote)}
                    </p>
                  </div>
                  <div class="flex items-center gap-3">
                    <QuoteBadge status={quote.status} />
                    <span class="font-semibold text-slate-900 tabular-nums">{formatCents(quote.totalCents)}</span>
                  </div>
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
