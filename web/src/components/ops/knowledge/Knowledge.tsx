import { createEffect, For, Show } from 'solid-js';
import RunProgress from './RunProgress';
import { createRunWatcher } from './runWatcher';
import Panel from '../Panel';
import { safeHref } from '../../z/links';
import { EmptyState } from '../../crm/ListStates';
import LoadStatus from '../../crm/LoadStatus';
import PageHeader from '../../crm/PageHeader';
import { createNotice, ErrorBanner, Notice } from '../../crm/Notice';
import { createLoadOnce } from '../../../lib/loader';
import { loadKnowledge, startIngest, startLinkCheck, type KnowledgeStatus } from '../../../lib/ops';
import { formatAgo, formatCount } from '../../../lib/opsFormat';
import { formatDateTime } from '../../../lib/format';
import { tradeLabel } from '../../../lib/types';

/** The corpus Z answers from: what is in it per trade, re-ingesting it, and whether the code links still work. */
export default function Knowledge() {
  const knowledge = createLoadOnce((signal) => loadKnowledge({ signal }));
  const notice = createNotice();
  const ingest = createRunWatcher(startIngest, (run) => {
    void knowledge.reload();
    notice.show(run.status === 'succeeded' ? 'The corpus was re-ingested.' : `The ingest ${run.status === 'skipped' ? 'was skipped: another one is running' : 'failed'}.`);
  });
  const linkCheck = createRunWatcher(startLinkCheck, (run) => {
    void knowledge.reload();
    notice.show(run.status === 'succeeded' ? 'The code links were checked.' : `The link check ${run.status === 'skipped' ? 'was skipped: another one is running' : 'failed'}.`);
  });

  // An ingest still going when the page opens is followed like one started here.
  createEffect(() => {
    const last = knowledge.data()?.lastIngest;
    if (last) ingest.follow(last);
  });

  return (
    <section aria-labelledby="knowledge-heading" data-testid="ops-knowledge">
      <PageHeader id="knowledge-heading" title="Knowledge" description="The corpus Z cites: our own factual write-ups per trade and deep links to the publishers’ free code viewers." />
      <LoadStatus loader={knowledge} errorTestId="knowledge-error" errorClass="mt-6">
        <div class="mt-6 grid gap-6 lg:grid-cols-2" aria-busy="true" data-testid="knowledge-loading">
          <span class="sr-only">Loading the corpus…</span>
          <div class="card h-48 animate-pulse bg-slate-100" />
          <div class="card h-48 animate-pulse bg-slate-100" />
        </div>
      </LoadStatus>
      <Show when={knowledge.data()}>
        {(data) => (
          <div class={`mt-6 grid gap-6 lg:grid-cols-5 ${knowledge.loading() ? 'opacity-60' : ''}`}>
            <Panel
              id="corpus-heading"
              title="Corpus by trade"
              description={`${formatCount(sum(data(), 'documents'))} documents in ${formatCount(sum(data(), 'chunks'))} searchable chunks`}
              class="lg:col-span-3"
              testId="corpus-panel"
            >
              <CorpusTable data={data()} />
            </Panel>
            <Panel
              id="ingest-heading"
              title="Ingest"
              description="Reads knowledge/ again: new and changed documents are embedded, removed ones dropped."
              class="lg:col-span-2"
              testId="ingest-panel"
              aside={
                <button type="button" class="btn-primary" onClick={() => void ingest.start()} disabled={ingest.active()} data-testid="ingest-start">
                  {ingest.active() ? 'Ingesting…' : 'Re-ingest corpus'}
                </button>
              }
            >
              <Show when={ingest.error()}>
                <div class="mb-3">
                  <ErrorBanner message={ingest.error()} testId="ingest-error" />
                </div>
              </Show>
              <Show
                when={ingest.run() ?? data().lastIngest}
                fallback={<p class="text-sm text-slate-500">The corpus has not been ingested from here yet.</p>}
              >
                {(run) => (
                  <>
                    <p class="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase">{ingest.run() ? 'This run' : 'Last ingest'}</p>
                    <RunProgress run={run()} label="Ingest progress" testId="ingest-run" />
                  </>
                )}
              </Show>
            </Panel>
            <Panel
              id="links-heading"
              title="Code references"
              description={
                data().codeReferences.lastCheckedAt
                  ? `Links last checked ${formatAgo(data().codeReferences.lastCheckedAt)} (${formatDateTime(data().codeReferences.lastCheckedAt)})`
                  : 'The deep links have not been checked yet.'
              }
              class="lg:col-span-5"
              testId="links-panel"
              aside={
                <button type="button" class="btn-secondary" onClick={() => void linkCheck.start()} disabled={linkCheck.active()} data-testid="link-check-start">
                  {linkCheck.active() ? 'Checking links…' : 'Check links now'}
                </button>
              }
            >
              <LinkSummary references={data().codeReferences} />
              <Show when={linkCheck.error()}>
                <div class="mt-3">
                  <ErrorBanner message={linkCheck.error()} testId="link-check-error" />
                </div>
              </Show>
              <Show when={linkCheck.run()}>
                {(run) => (
                  <div class="mt-4">
                    <RunProgress run={run()} label="Link check progress" testId="link-check-run" />
                  </div>
                )}
              </Show>
              <BrokenLinks references={data().codeReferences} />
            </Panel>
          </div>
        )}
      </Show>
      <Notice message={notice.message()} />
    </section>
  );
}

const sum = (data: KnowledgeStatus, key: 'documents' | 'chunks') => data.byTrade.reduce((total, row) => total + row[key], 0);

function CorpusTable(props: { data: KnowledgeStatus }) {
  const max = () => Math.max(1, ...props.data.byTrade.map((row) => row.chunks));
  return (
    <Show when={props.data.byTrade.length > 0} fallback={<EmptyState title="The corpus is empty" testId="corpus-empty">Re-ingest to load the documents in knowledge/.</EmptyState>}>
      <div class="relative overflow-x-auto">
        <table class="min-w-full text-sm" data-testid="corpus-table">
          <caption class="sr-only">Documents and chunks per trade</caption>
          <thead class="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" class="py-2 pr-3">Trade</th>
              <th scope="col" class="py-2 pr-3 text-right">Documents</th>
              <th scope="col" class="py-2 pr-3">Chunks</th>
              <th scope="col" class="py-2 text-right">Last ingested</th>
            </tr>
          </thead>
          <tbody class="divide-y divide-slate-100">
            <For each={[...props.data.byTrade].sort((a, b) => b.chunks - a.chunks)}>
              {(row) => (
                <tr data-testid="corpus-row" data-trade={row.trade}>
                  <th scope="row" class="py-2 pr-3 text-left font-normal text-slate-800">
                    {row.trade === 'universal' ? 'All trades (universal)' : tradeLabel(row.trade)}
                  </th>
                  <td class="py-2 pr-3 text-right tabular-nums">{formatCount(row.documents)}</td>
                  <td class="py-2 pr-3">
                    <div class="flex items-center gap-2">
                      <span class="h-1.5 w-24 rounded-full bg-slate-100" aria-hidden="true">
                        <span class="block h-1.5 rounded-full bg-brand-500" style={{ width: `${(row.chunks / max()) * 100}%` }} />
                      </span>
                      <span class="tabular-nums">{formatCount(row.chunks)}</span>
                    </div>
                  </td>
                  <td class="py-2 text-right whitespace-nowrap text-slate-600">
                    <time datetime={row.lastIngestedAt ?? undefined} title={formatDateTime(row.lastIngestedAt)}>
                      {formatAgo(row.lastIngestedAt)}
                    </time>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}

function LinkSummary(props: { references: KnowledgeStatus['codeReferences'] }) {
  const parts = () => [
    { key: 'ok', label: 'Working', value: props.references.ok, bar: 'bg-emerald-500', text: 'text-emerald-700' },
    { key: 'broken', label: 'Broken', value: props.references.broken, bar: 'bg-red-500', text: 'text-red-700' },
    { key: 'unchecked', label: 'Not checked yet', value: props.references.unchecked, bar: 'bg-slate-300', text: 'text-slate-600' },
  ];
  const total = () => Math.max(1, props.references.total);
  return (
    <div data-testid="link-summary">
      <div class="flex h-3 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        <For each={parts()}>{(part) => <div class={part.bar} style={{ width: `${(part.value / total()) * 100}%` }} />}</For>
      </div>
      <dl class="mt-3 flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <div>
          <dt class="text-xs text-slate-500">Code references</dt>
          <dd class="text-lg font-semibold text-slate-900 tabular-nums" data-testid="links-total">
            {formatCount(props.references.total)}
          </dd>
        </div>
        <For each={parts()}>
          {(part) => (
            <div>
              <dt class="flex items-center gap-1.5 text-xs text-slate-500">
                <span class={`size-2 rounded-full ${part.bar}`} aria-hidden="true" />
                {part.label}
              </dt>
              <dd class={`text-lg font-semibold tabular-nums ${part.text}`} data-testid={`links-${part.key}`}>
                {formatCount(part.value)}
              </dd>
            </div>
          )}
        </For>
      </dl>
    </div>
  );
}

function BrokenLinks(props: { references: KnowledgeStatus['codeReferences'] }) {
  return (
    <Show when={props.references.broken_items.length > 0}>
      <h3 class="mt-5 text-sm font-semibold text-slate-900">Broken links</h3>
      <div class="relative mt-2 overflow-x-auto">
        <table class="min-w-full text-sm" data-testid="broken-links">
          <caption class="sr-only">Code references whose link does not work</caption>
          <thead class="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" class="py-2 pr-3">Code</th>
              <th scope="col" class="py-2 pr-3">Section</th>
              <th scope="col" class="py-2 pr-3">Link</th>
              <th scope="col" class="py-2">What went wrong</th>
            </tr>
          </thead>
          <tbody class="divide-y divide-slate-100">
            <For each={props.references.broken_items}>
              {(item) => (
                <tr data-testid="broken-link">
                  <td class="py-2 pr-3 whitespace-nowrap text-slate-800">
                    {item.codeBody}
                    <Show when={item.edition}> {item.edition}</Show>
                  </td>
                  <td class="py-2 pr-3 text-slate-700">{item.section}</td>
                  <td class="max-w-xs truncate py-2 pr-3">
                    <Show when={safeHref(item.deepLinkUrl ?? undefined)} fallback={<span class="text-slate-500">—</span>}>
                      {(url) => (
                        <a href={url()} target="_blank" rel="noopener noreferrer" class="link" title={url()}>
                          {url()}
                          <span class="sr-only"> (opens in a new tab)</span>
                        </a>
                      )}
                    </Show>
                  </td>
                  <td class="py-2 text-red-700">{item.linkDetail ?? 'No answer'}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
