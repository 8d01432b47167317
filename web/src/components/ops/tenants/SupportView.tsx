import { For, Show } from 'solid-js';
import type { SupportView as SupportData } from '../../../lib/ops';
import { formatCount } from '../../../lib/opsFormat';
import { formatDate, formatDateTime, humanize } from '../../../lib/format';
import { tradeLabel } from '../../../lib/types';

const COUNTS: ReadonlyArray<{ key: keyof SupportData['counts']; label: string }> = [
  { key: 'members', label: 'Members' },
  { key: 'customers', label: 'Customers' },
  { key: 'linkedHomeowners', label: 'Portal homeowners' },
  { key: 'jobs', label: 'Jobs' },
  { key: 'jobsOpen', label: 'Open jobs' },
  { key: 'bids', label: 'Bids' },
  { key: 'invoices', label: 'Invoices' },
  { key: 'leads', label: 'Leads' },
  { key: 'aiRequests30d', label: 'Z requests, 30 days' },
];

/** One tenant as support sees it: the company, its counts and what happened lately (never the changed values). */
export default function SupportView(props: { data: SupportData; reason: string }) {
  const company = () => props.data.company;
  const facts = () => [
    { label: 'Trades', value: company().trades.map(tradeLabel).join(', ') || '—' },
    { label: 'State', value: company().state ?? '—' },
    { label: 'Plan', value: humanize(company().tier) },
    { label: 'Employees', value: company().employeeCount == null ? '—' : formatCount(company().employeeCount) },
    { label: 'Phone', value: company().phone ?? '—' },
    { label: 'Email', value: company().email ?? '—' },
    { label: 'Address', value: company().address ?? '—' },
    { label: 'Shares anonymous data', value: company().contributeToIntelligence ? 'Yes' : 'No' },
    { label: 'On ZAFTO since', value: formatDate(company().createdAt) },
  ];
  return (
    <div class="flex-1 space-y-6 overflow-y-auto px-6 py-5" tabIndex={0} role="region" aria-label={`Support view of ${company().name}`} data-testid="support-view">
      <p class="rounded-lg border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900" role="status" data-testid="support-recorded">
        Recorded in the audit log with your reason: “{props.reason}”
      </p>
      <section aria-labelledby="support-company-heading">
        <h3 id="support-company-heading" class="text-sm font-semibold text-slate-900">
          Company
        </h3>
        <dl class="mt-2 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          <For each={facts()}>
            {(fact) => (
              <div class="min-w-0">
                <dt class="text-xs text-slate-500">{fact.label}</dt>
                <dd class="break-words text-slate-900">{fact.value}</dd>
              </div>
            )}
          </For>
        </dl>
      </section>
      <section aria-labelledby="support-counts-heading">
        <h3 id="support-counts-heading" class="text-sm font-semibold text-slate-900">
          Records
        </h3>
        <dl class="mt-2 grid grid-cols-3 gap-2" data-testid="support-counts">
          <For each={COUNTS}>
            {(count) => (
              <div class="rounded-lg bg-slate-50 px-3 py-2">
                <dt class="text-xs text-slate-500">{count.label}</dt>
                <dd class="text-lg font-semibold text-slate-900 tabular-nums" data-testid={`support-count-${count.key}`}>
                  {formatCount(props.data.counts[count.key])}
                </dd>
              </div>
            )}
          </For>
        </dl>
      </section>
      <section aria-labelledby="support-audit-heading">
        <h3 id="support-audit-heading" class="text-sm font-semibold text-slate-900">
          Recent activity
        </h3>
        <Show when={props.data.recentAudit.length > 0} fallback={<p class="mt-2 text-sm text-slate-500">Nothing recorded yet.</p>}>
          <ol class="mt-2 divide-y divide-slate-100 text-sm" data-testid="support-audit">
            <For each={props.data.recentAudit}>
              {(entry) => (
                <li class="flex items-baseline justify-between gap-3 py-1.5">
                  <span class="min-w-0 text-slate-800">
                    <span class="font-mono text-xs">{entry.action}</span>
                    <span class="text-slate-500">
                      {' '}
                      on {humanize(entry.entityType)}
                      <Show when={entry.actorRole}> · by {humanize(entry.actorRole!)}</Show>
                    </span>
                  </span>
                  <time class="shrink-0 text-xs text-slate-500" datetime={entry.at}>
                    {formatDateTime(entry.at)}
                  </time>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </section>
    </div>
  );
}
