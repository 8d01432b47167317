import { createSignal, For, Show } from 'solid-js';
import { documentPaths } from '../documents/paths';
import { EmptyState, LoadingRows } from '../ListStates';
import LoadStatus from '../LoadStatus';
import { ErrorBanner } from '../Notice';
import { api, errorMessage } from '../../../lib/api';
import { formatCents } from '../../../lib/format';
import { createLoader } from '../../../lib/loader';
import { jobHref, messagesHref } from '../../../lib/navigation';
import type { Role } from '../../../lib/types';
import type { Timeline, TimelineItem } from '../../../lib/types/customers';

const PAGE = 30;

/** `Mar 4, 2:30 PM`, with the year when it is not this year's. */
function when(at: string) {
  const date = new Date(at);
  const sameYear = date.getFullYear() === new Date().getFullYear();
  return date.toLocaleString('en-US', { month: 'short', day: 'numeric', year: sameYear ? undefined : 'numeric', hour: 'numeric', minute: '2-digit' });
}

/** Colour and short label per kind of event (the part of the type before the dot). */
const KINDS: Record<string, { label: string; dot: string }> = {
  job: { label: 'Job', dot: 'bg-sky-500' },
  bid: { label: 'Bid', dot: 'bg-violet-500' },
  invoice: { label: 'Invoice', dot: 'bg-amber-500' },
  payment: { label: 'Payment', dot: 'bg-emerald-500' },
  note: { label: 'Note', dot: 'bg-slate-400' },
  message: { label: 'Message', dot: 'bg-brand-500' },
};
const kindOf = (item: TimelineItem) => KINDS[item.type.split('.')[0] ?? ''] ?? { label: 'Event', dot: 'bg-slate-400' };

/** Where an item's record opens; bids, invoices and conversations are staff pages. */
function linkFor(item: TimelineItem, role: Role): string | undefined {
  if (item.entityType === 'job') return jobHref(item.entityId);
  if (role === 'tech') return undefined;
  if (item.entityType === 'bid' || item.entityType === 'invoice') return documentPaths(item.entityType).view(item.entityId);
  if (item.entityType === 'message_thread') return messagesHref(item.entityId);
  return undefined;
}

/** Jobs, bids, invoices, payments, notes and messages for one customer, newest first, older pages on demand. */
export default function CustomerTimeline(props: { customerId: string; role: Role }) {
  const path = `/customers/${encodeURIComponent(props.customerId)}/timeline`;
  const first = createLoader(
    () => props.customerId,
    (_id, signal) => api<Timeline>(path, { query: { limit: PAGE }, signal }),
  );
  const [older, setOlder] = createSignal<TimelineItem[]>([]);
  const [cursor, setCursor] = createSignal<string | null | undefined>();
  const [loadingMore, setLoadingMore] = createSignal(false);
  const [moreError, setMoreError] = createSignal('');

  const items = () => [...(first.data()?.data ?? []), ...older()];
  const next = () => (cursor() === undefined ? first.data()?.nextBefore ?? null : cursor());

  const loadMore = async () => {
    const before = next();
    if (!before) return;
    setLoadingMore(true);
    setMoreError('');
    try {
      const page = await api<Timeline>(path, { query: { limit: PAGE, before } });
      setOlder([...older(), ...page.data]);
      setCursor(page.nextBefore);
    } catch (error) {
      setMoreError(errorMessage(error));
    }
    setLoadingMore(false);
  };

  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" class="text-base font-semibold text-slate-900">
        Timeline
      </h2>
      <div class="mt-3">
        <LoadStatus loader={first} errorTestId="timeline-error">
          <LoadingRows label="Loading the timeline…" testId="timeline-loading" />
        </LoadStatus>
        <Show when={first.data() && items().length === 0}>
          <EmptyState title="Nothing has happened yet" testId="timeline-empty">
            Jobs, bids, invoices, payments and messages for this customer will show up here as they happen.
          </EmptyState>
        </Show>
        <Show when={items().length > 0}>
          <ol class="card divide-y divide-slate-100" data-testid="customer-timeline">
            <For each={items()}>
              {(item) => (
                <li class="flex gap-3 px-4 py-3" data-testid="timeline-item" data-type={item.type}>
                  <span class={`mt-1.5 size-2.5 shrink-0 rounded-full ${kindOf(item).dot}`} aria-hidden="true" />
                  <div class="min-w-0 flex-1">
                    <div class="flex flex-wrap items-baseline justify-between gap-x-3">
                      <p class="text-sm font-medium break-words text-slate-900">
                        <span class="sr-only">{kindOf(item).label}: </span>
                        <Show when={linkFor(item, props.role)} fallback={item.title}>
                          {(href) => (
                            <a href={href()} class="hover:text-brand-700 hover:underline">
                              {item.title}
                            </a>
                          )}
                        </Show>
                      </p>
                      <Show when={item.amountCents !== undefined && props.role !== 'tech'}>
                        <span class="text-sm font-medium text-slate-900 tabular-nums" data-testid="timeline-amount">
                          {formatCents(item.amountCents)}
                        </span>
                      </Show>
                    </div>
                    <Show when={item.detail}>
                      <p class="mt-0.5 text-sm break-words whitespace-pre-line text-slate-600">{item.detail}</p>
                    </Show>
                    <p class="mt-0.5 text-xs text-slate-500">
                      <time datetime={item.at}>{when(item.at)}</time>
                    </p>
                  </div>
                </li>
              )}
            </For>
          </ol>
          <div class="mt-3 space-y-2 text-center">
            <Show when={moreError()}>
              <ErrorBanner message={moreError()} onRetry={() => void loadMore()} />
            </Show>
            <Show when={next()}>
              <button type="button" class="btn-secondary" disabled={loadingMore()} onClick={() => void loadMore()} data-testid="timeline-more">
                {loadingMore() ? 'Loading…' : 'Show older'}
              </button>
            </Show>
          </div>
        </Show>
      </div>
    </section>
  );
}
