import { createMemo, createSignal, For, Show } from 'solid-js';
import CorrectionCard from './CorrectionCard';
import ReviewDialog from './ReviewDialog';
import TopicHighlights from './TopicHighlights';
import type { OpsShellActions } from '../OpsShell';
import { EmptyState, LoadingRows } from '../../crm/ListStates';
import LoadStatus from '../../crm/LoadStatus';
import PageHeader from '../../crm/PageHeader';
import { createNotice, Notice } from '../../crm/Notice';
import { SelectField } from '../../crm/fields';
import { createLoader } from '../../../lib/loader';
import { CORRECTION_STATUSES, listCorrections, SEVERITIES, SEVERITY_LABELS, type Correction, type CorrectionFilters, type CorrectionList, type CorrectionStatus, type Severity } from '../../../lib/ops';
import { humanize } from '../../../lib/format';
import { tradeLabel } from '../../../lib/types';

function filtersFromUrl(): CorrectionFilters {
  const params = new URLSearchParams(window.location.search);
  const status = params.get('status');
  const severity = params.get('severity');
  return {
    // The queue is what needs doing: pending unless the address says otherwise (`all` lists every status).
    status: status === 'all' ? undefined : (CORRECTION_STATUSES as readonly string[]).includes(status ?? '') ? (status as CorrectionStatus) : 'pending',
    trade: params.get('trade') || undefined,
    topic: params.get('topic') || undefined,
    severity: (SEVERITIES as readonly string[]).includes(severity ?? '') ? (severity as Severity) : undefined,
  };
}

function writeUrl(filters: CorrectionFilters) {
  const url = new URL(window.location.href);
  url.search = '';
  url.searchParams.set('status', filters.status ?? 'all');
  for (const key of ['trade', 'topic', 'severity'] as const) if (filters[key]) url.searchParams.set(key, filters[key]!);
  window.history.replaceState(null, '', url);
}

/**
 * The corrections queue: what users said Z got wrong, filtered by status, trade, topic and
 * severity; staff validate (it is flagged for the corpus) or reject, with a note the person
 * who sent it receives. Topics drawing many corrections are called out first.
 */
export default function Corrections(props: { shell: OpsShellActions }) {
  const [filters, setFilters] = createSignal<CorrectionFilters>(filtersFromUrl());
  const list = createLoader(filters, (value, signal) => listCorrections(value, { signal }));
  const [reviewing, setReviewing] = createSignal<{ correction: Correction; decision: 'validate' | 'reject' }>();
  const notice = createNotice();

  const update = (change: Partial<CorrectionFilters>) => {
    const next = { ...filters(), ...change };
    // A topic belongs to a trade: changing the trade clears a topic of another one.
    if ('trade' in change && !('topic' in change)) next.topic = undefined;
    setFilters(next);
    writeUrl(next);
  };

  const topics = () => list.data()?.topics ?? [];
  const tradeOptions = createMemo(() => {
    const trades = new Set(topics().map((topic) => topic.trade).filter((trade): trade is string => Boolean(trade)));
    if (filters().trade) trades.add(filters().trade!);
    return [...trades].sort().map((trade) => ({ value: trade, label: tradeLabel(trade) }));
  });
  const topicOptions = createMemo(() => {
    const names = new Set(topics().filter((topic) => !filters().trade || topic.trade === filters().trade).map((topic) => topic.topic).filter((topic): topic is string => Boolean(topic)));
    if (filters().topic) names.add(filters().topic!);
    return [...names].sort().map((topic) => ({ value: topic, label: humanize(topic) }));
  });

  /** The outcome shows at once: the card changes status, the topic counts and the pending badge follow. */
  const reviewed = (before: Correction, after: Correction) => {
    const data = list.data();
    if (!data) return;
    const from = before.status;
    const to = after.status;
    const next: CorrectionList = {
      items: data.items.map((item) => (item.id === after.id ? { ...item, ...after } : item)),
      topics: data.topics.map((topic) =>
        topic.trade === before.trade && topic.topic === before.topic && from !== to ? { ...topic, [from]: Math.max(0, topic[from] - 1), [to]: topic[to] + 1 } : topic,
      ),
    };
    list.mutate(next);
    if (from === 'pending' && to !== 'pending') props.shell.adjustPendingCorrections(-1);
    notice.show(to === 'validated' ? 'Correction validated and flagged for the corpus. The sender has been told.' : 'Correction rejected. The sender has been told.');
  };

  return (
    <section aria-labelledby="corrections-heading" data-testid="ops-corrections">
      <PageHeader id="corrections-heading" title="Corrections" description="What people told Z it got wrong. Validated corrections go into the corpus; the sender hears the outcome either way." />

      <Show when={topics().some((topic) => topic.highlighted)}>
        <TopicHighlights topics={topics()} active={filters()} onPick={(trade, topic) => update({ trade: trade ?? undefined, topic: topic ?? undefined, status: undefined })} />
      </Show>

      <form class="mt-6 grid grid-cols-2 gap-3 md:grid-cols-4" role="search" aria-label="Filter corrections" onSubmit={(event) => event.preventDefault()} data-testid="corrections-filters">
        <SelectField
          id="filter-status"
          label="Status"
          value={filters().status ?? ''}
          onValue={(value) => update({ status: (value || undefined) as CorrectionStatus | undefined })}
          options={CORRECTION_STATUSES.map((status) => ({ value: status, label: humanize(status) }))}
          placeholder="Any status"
        />
        <SelectField id="filter-trade" label="Trade" value={filters().trade ?? ''} onValue={(value) => update({ trade: value || undefined })} options={tradeOptions()} placeholder="Any trade" />
        <SelectField id="filter-topic" label="Topic" value={filters().topic ?? ''} onValue={(value) => update({ topic: value || undefined })} options={topicOptions()} placeholder="Any topic" />
        <SelectField
          id="filter-severity"
          label="Severity"
          value={filters().severity ?? ''}
          onValue={(value) => update({ severity: (value || undefined) as Severity | undefined })}
          options={SEVERITIES.map((severity) => ({ value: severity, label: SEVERITY_LABELS[severity] }))}
          placeholder="Any severity"
        />
      </form>

      <div class="mt-6">
        <LoadStatus loader={list} errorTestId="corrections-error" errorClass="mb-4">
          <LoadingRows label="Loading corrections…" testId="corrections-loading" />
        </LoadStatus>
        <Show when={list.data()}>
          {(data) => (
            <Show
              when={data().items.length > 0}
              fallback={
                <EmptyState title={filters().status === 'pending' && !filters().trade && !filters().topic && !filters().severity ? 'The queue is empty' : 'No corrections match'} testId="corrections-empty">
                  {filters().status === 'pending' ? 'Nothing is waiting for review. New corrections from Z’s users land here.' : 'Try another status, trade, topic or severity.'}
                </EmptyState>
              }
            >
              <p class="mb-3 text-sm text-slate-600" data-testid="corrections-count">
                {data().items.length} {data().items.length === 1 ? 'correction' : 'corrections'}
              </p>
              <ol class={`space-y-4 transition-opacity ${list.loading() ? 'opacity-60' : ''}`} aria-busy={list.loading()} data-testid="corrections-list">
                <For each={data().items}>{(correction) => <CorrectionCard correction={correction} onReview={(decision) => setReviewing({ correction, decision })} />}</For>
              </ol>
            </Show>
          )}
        </Show>
      </div>

      <ReviewDialog review={reviewing()} onClose={() => setReviewing(undefined)} onReviewed={reviewed} />
      <Notice message={notice.message()} />
    </section>
  );
}
