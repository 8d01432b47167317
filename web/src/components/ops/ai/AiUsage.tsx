import { createMemo, createSignal, For, Show } from 'solid-js';
import Chart from '../Chart';
import Kpi from '../Kpi';
import Panel from '../Panel';
import PeriodPicker from './PeriodPicker';
import TenantCosts from './TenantCosts';
import FeedbackTable from './FeedbackTable';
import LoadStatus from '../../crm/LoadStatus';
import PageHeader from '../../crm/PageHeader';
import { createLoader } from '../../../lib/loader';
import { loadAiUsage, type AiUsage as AiUsageData } from '../../../lib/ops';
import { formatCompact, formatCount, formatDay, formatLatency, formatShare, formatUsd } from '../../../lib/opsFormat';
import { humanize } from '../../../lib/format';

const PERIODS = [7, 30, 90] as const;
type Period = (typeof PERIODS)[number];

function periodFromUrl(): Period {
  const days = Number(new URLSearchParams(window.location.search).get('days'));
  return (PERIODS as readonly number[]).includes(days) ? (days as Period) : 30;
}

/** What Z costs and how well it answers: requests, tokens and dollars by day, tier, model and tenant, and thumbs up/down by topic. */
export default function AiUsage() {
  const [days, setDays] = createSignal<Period>(periodFromUrl());
  const usage = createLoader(days, (value, signal) => loadAiUsage({ days: value, signal }));
  const choose = (value: Period) => {
    setDays(value);
    const url = new URL(window.location.href);
    url.searchParams.set('days', String(value));
    window.history.replaceState(null, '', url);
  };

  return (
    <section aria-labelledby="ai-heading" data-testid="ops-ai">
      <PageHeader id="ai-heading" title="AI usage and quality" description={`Every Z request on the platform, last ${days()} days.`}>
        <PeriodPicker value={days()} options={PERIODS} onChange={choose} busy={usage.loading()} />
      </PageHeader>
      <LoadStatus loader={usage} errorTestId="ai-error" errorClass="mt-6">
        <div class="mt-6 grid grid-cols-2 gap-4 lg:grid-cols-4" aria-busy="true" data-testid="ai-loading">
          <span class="sr-only">Loading AI usage…</span>
          <For each={[1, 2, 3, 4]}>{() => <div class="card h-24 animate-pulse bg-slate-100" />}</For>
        </div>
      </LoadStatus>
      <Show when={usage.data()}>{(data) => <AiBody data={data()} days={days()} dim={usage.loading()} />}</Show>
    </section>
  );
}

function AiBody(props: { data: AiUsageData; days: number; dim: boolean }) {
  const totals = () => props.data.totals;
  const perRequest = () => (totals().requests > 0 ? totals().costUsd / totals().requests : null);
  const daySeries = createMemo(() => [
    { label: 'Requests', values: props.data.byDay.map((day) => day.requests), color: '#0ea5e9', kind: 'bars' as const, format: formatCount },
    { label: 'Cost', values: props.data.byDay.map((day) => day.costUsd), color: '#ea580c', kind: 'line' as const, axis: 'right' as const, format: formatUsd },
  ]);
  const tierRequests = () => Math.max(1, ...props.data.byTierModel.map((row) => row.requests));
  const peakDay = () => props.data.byDay.reduce<AiUsageData['byDay'][number] | undefined>((top, day) => (!top || day.costUsd > top.costUsd ? day : top), undefined);

  return (
    <div class={`transition-opacity ${props.dim ? 'opacity-60' : ''}`} aria-busy={props.dim}>
      <div class="mt-6 grid grid-cols-2 gap-4 md:grid-cols-4" data-testid="ai-totals">
        <Kpi label="Requests" value={formatCount(totals().requests)} detail={`in ${props.days} days`} testId="ai-requests" />
        <Kpi
          label="Tokens"
          value={formatCompact(totals().inputTokens + totals().outputTokens)}
          detail={`${formatCompact(totals().inputTokens)} in · ${formatCompact(totals().outputTokens)} out`}
          testId="ai-tokens"
        />
        <Kpi label="Cost" value={formatUsd(totals().costUsd)} detail={perRequest() == null ? 'No requests' : `${formatUsd(perRequest())} per request`} testId="ai-cost" />
        <Kpi label="Latency" value={`p50 ${formatLatency(totals().latencyP50Ms)}`} detail={`p95 ${formatLatency(totals().latencyP95Ms)}`} testId="ai-latency" />
        <Kpi label="Escalation rate" value={formatShare(totals().escalationRate)} detail="Answers re-asked of a stronger model" testId="ai-escalation" />
        <Kpi label="Fast path" value={formatShare(totals().fastPathShare)} detail="Answered without a model call" testId="ai-fast-path" />
        <Kpi label="Offline" value={formatShare(totals().offlineShare)} detail="Answered by the offline provider" testId="ai-offline" />
        <Kpi
          label="Feedback"
          value={formatShare(feedbackRate(props.data.feedback))}
          detail={`of ${formatCount(props.data.feedback.reduce((sum, row) => sum + row.positive + row.negative, 0))} ratings were helpful`}
          testId="ai-feedback-rate"
        />
      </div>

      <Panel id="ai-days-heading" title="Requests and cost per day" description="Requests (bars, left axis) and dollars (line, right axis)" class="mt-6" testId="ai-days-panel">
        <Chart
          title="Requests and cost per day"
          summary={`${formatCount(totals().requests)} requests costing ${formatUsd(totals().costUsd)} in ${props.days} days${peakDay() && peakDay()!.costUsd > 0 ? `; the most expensive day was ${formatDay(peakDay()!.day)} (${formatUsd(peakDay()!.costUsd)})` : ''}.`}
          labels={props.data.byDay.map((day) => formatDay(day.day))}
          rowLabels={props.data.byDay.map((day) => formatDay(day.day, true))}
          rowHeading="Day"
          series={daySeries()}
          axes={{ left: { format: formatCompact, integer: true }, right: { format: (dollars) => (dollars >= 1 ? `$${formatCompact(dollars)}` : `$${dollars.toFixed(2)}`) } }}
          testId="ai-days-chart"
        />
      </Panel>

      <div class="mt-6 grid gap-6 xl:grid-cols-2">
        <Panel id="ai-tier-heading" title="By tier and model" testId="ai-tier-panel">
          <Show when={props.data.byTierModel.length > 0} fallback={<p class="text-sm text-slate-500">No requests in this period.</p>}>
            <div class="relative overflow-x-auto">
              <table class="min-w-full text-sm" data-testid="ai-tier-table">
                <caption class="sr-only">Requests and cost by tier and model</caption>
                <thead class="text-left text-xs font-semibold tracking-wide text-slate-500 uppercase">
                  <tr>
                    <th scope="col" class="py-2 pr-3">Tier</th>
                    <th scope="col" class="py-2 pr-3">Model</th>
                    <th scope="col" class="py-2 pr-3 text-right">Requests</th>
                    <th scope="col" class="py-2 text-right">Cost</th>
                  </tr>
                </thead>
                <tbody class="divide-y divide-slate-100">
                  <For each={props.data.byTierModel}>
                    {(row) => (
                      <tr data-testid="ai-tier-row">
                        <td class="py-2 pr-3 text-slate-800">{humanize(row.tier)}</td>
                        <td class="py-2 pr-3 font-mono text-xs break-all text-slate-700">{row.model}</td>
                        <td class="py-2 pr-3 text-right tabular-nums">
                          <div class="flex items-center justify-end gap-2">
                            <span class="hidden h-1.5 w-16 rounded-full bg-slate-100 sm:block" aria-hidden="true">
                              <span class="block h-1.5 rounded-full bg-sky-500" style={{ width: `${(row.requests / tierRequests()) * 100}%` }} />
                            </span>
                            {formatCount(row.requests)}
                          </div>
                        </td>
                        <td class="py-2 text-right font-medium tabular-nums">{formatUsd(row.costUsd)}</td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        </Panel>
        <Panel id="ai-tenant-heading" title="Per tenant" description="Who uses Z most; sort by a column" testId="ai-tenant-panel">
          <TenantCosts rows={props.data.byTenant} />
        </Panel>
      </div>

      <Panel id="ai-feedback-heading" title="Ratings by trade and topic" description="Thumbs up and down on Z’s answers; the weakest topics first" class="mt-6" testId="ai-feedback-panel">
        <FeedbackTable rows={props.data.feedback} />
      </Panel>
    </div>
  );
}

/** The share of 👍 over all ratings, or null without any. */
function feedbackRate(rows: AiUsageData['feedback']): number | null {
  const positive = rows.reduce((sum, row) => sum + row.positive, 0);
  const all = rows.reduce((sum, row) => sum + row.positive + row.negative, 0);
  return all > 0 ? positive / all : null;
}
