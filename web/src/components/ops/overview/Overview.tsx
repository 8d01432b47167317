import { createMemo, For, Show } from 'solid-js';
import Chart from '../Chart';
import Kpi from '../Kpi';
import Panel from '../Panel';
import RankedBars from '../RankedBars';
import ActivityFeed from './ActivityFeed';
import LoadStatus from '../../crm/LoadStatus';
import PageHeader from '../../crm/PageHeader';
import { formatCentsWhole } from '../../../lib/format';
import { createLoadOnce } from '../../../lib/loader';
import { loadOverview, type OpsOverview } from '../../../lib/ops';
import { formatAgo, formatCompact, formatCount, formatDay, formatShare } from '../../../lib/opsFormat';
import { tradeLabel } from '../../../lib/types';
import { US_STATES } from '../../../lib/us-states';

const WEEKS = 12;
const COLORS = { companies: '#ea580c', users: '#0ea5e9', jobs: '#0f172a', payments: '#10b981' };

const stateName = (code: string) => US_STATES.find((state) => state.code === code)?.name ?? code;
const plural = (count: number, one: string, many = `${one}s`) => `${formatCount(count)} ${count === 1 ? one : many}`;

/** The platform at a glance: tenants, people, work and money moving through it, week by week. */
export default function Overview() {
  const overview = createLoadOnce((signal) => loadOverview({ signal, weeks: WEEKS }));

  return (
    <section aria-labelledby="overview-heading" data-testid="ops-overview">
      <PageHeader
        id="overview-heading"
        title="Platform overview"
        description={<Show when={overview.data()} fallback="Every tenant, anonymous and in aggregate.">{(data) => `All tenants, anonymous and in aggregate · updated ${formatAgo(data().generatedAt)}`}</Show>}
      >
        <button type="button" class="btn-secondary" onClick={() => void overview.reload()} disabled={overview.loading()} data-testid="overview-refresh">
          {overview.loading() && overview.data() ? 'Refreshing…' : 'Refresh'}
        </button>
      </PageHeader>

      <LoadStatus loader={overview} errorTestId="overview-error" errorClass="mt-6">
        <div class="mt-6 grid grid-cols-2 gap-4 lg:grid-cols-5" aria-busy="true" data-testid="overview-loading">
          <span class="sr-only">Loading the overview…</span>
          <For each={[1, 2, 3, 4, 5]}>{() => <div class="card h-24 animate-pulse bg-slate-100" />}</For>
        </div>
      </LoadStatus>
      <Show when={overview.data()}>{(data) => <OverviewBody data={data()} dim={overview.loading()} />}</Show>
    </section>
  );
}

function OverviewBody(props: { data: OpsOverview; dim: boolean }) {
  const weekly = () => props.data.weekly;
  const labels = createMemo(() => weekly().map((week) => formatDay(week.week)));
  const rowLabels = createMemo(() => weekly().map((week) => `Week of ${formatDay(week.week, true)}`));
  const thisWeek = () => weekly().at(-1);
  const sum = (pick: (week: OpsOverview['weekly'][number]) => number) => weekly().reduce((total, week) => total + pick(week), 0);

  const signupSeries = createMemo(() => [
    { label: 'New companies', values: weekly().map((week) => week.newCompanies), color: COLORS.companies, kind: 'bars' as const, format: formatCount },
    { label: 'New users', values: weekly().map((week) => week.newUsers), color: COLORS.users, kind: 'bars' as const, format: formatCount },
  ]);
  const workSeries = createMemo(() => [
    { label: 'Jobs completed', values: weekly().map((week) => week.jobsCompleted), color: COLORS.jobs, kind: 'line' as const, format: formatCount },
    { label: 'Payments processed', values: weekly().map((week) => week.paymentsCents), color: COLORS.payments, kind: 'line' as const, axis: 'right' as const, format: formatCentsWhole },
  ]);
  const busiest = (pick: (week: OpsOverview['weekly'][number]) => number) => {
    const best = weekly().reduce<OpsOverview['weekly'][number] | undefined>((top, week) => (!top || pick(week) > pick(top) ? week : top), undefined);
    return best && pick(best) > 0 ? `, most in the week of ${formatDay(best.week)}` : '';
  };

  return (
    <div class={`transition-opacity ${props.dim ? 'opacity-60' : ''}`} aria-busy={props.dim}>
      <div class="mt-6 grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-5" data-testid="overview-kpis">
        <Kpi label="Tenants" value={formatCount(props.data.tenants.total)} detail={`${formatCount(thisWeek()?.newCompanies ?? 0)} new this week`} testId="kpi-tenants" />
        <Kpi
          label="Active, 30 days"
          value={formatCount(props.data.tenants.active30d)}
          detail={props.data.tenants.total > 0 ? `${formatShare(props.data.tenants.active30d / props.data.tenants.total)} of tenants` : 'No tenants yet'}
          testId="kpi-active"
        />
        <Kpi label="Users" value={formatCount(props.data.users.total)} detail={`${formatCount(props.data.users.signedIn30d)} signed in, ${formatCount(props.data.users.new)} new in 30 days`} testId="kpi-users" />
        <Kpi
          label="Jobs done this week"
          value={formatCount(props.data.jobs.completedThisWeek)}
          growthPct={props.data.jobs.growthPct}
          detail={`${formatCount(props.data.jobs.completedLastWeek)} last week`}
          testId="kpi-jobs"
        />
        <Kpi
          label="Revenue this week"
          value={formatCentsWhole(props.data.revenue.thisWeekCents)}
          growthPct={props.data.revenue.growthPct}
          detail={`${formatCentsWhole(props.data.revenue.lastWeekCents)} last week · ${formatCentsWhole(props.data.revenue.totalCents)} all time`}
          testId="kpi-revenue"
        />
      </div>

      <div class="mt-6 grid gap-6 xl:grid-cols-2">
        <Panel id="signups-heading" title="Signups per week" description={`New companies and new users, last ${weekly().length} weeks`} testId="signups-panel">
          <Chart
            title="New companies and users per week"
            summary={`${plural(sum((week) => week.newCompanies), 'new company', 'new companies')} and ${plural(sum((week) => week.newUsers), 'new user')} in ${weekly().length} weeks${busiest((week) => week.newUsers)}.`}
            labels={labels()}
            rowLabels={rowLabels()}
            rowHeading="Week"
            series={signupSeries()}
            axes={{ left: { format: formatCompact, integer: true } }}
            testId="signups-chart"
          />
        </Panel>
        <Panel id="work-heading" title="Work and money per week" description="Jobs completed (left axis) and payments processed (right axis)" testId="work-panel">
          <Chart
            title="Jobs completed and payments processed per week"
            summary={`${plural(sum((week) => week.jobsCompleted), 'job')} completed and ${formatCentsWhole(sum((week) => week.paymentsCents))} processed in ${weekly().length} weeks${busiest((week) => week.paymentsCents)}.`}
            labels={labels()}
            rowLabels={rowLabels()}
            rowHeading="Week"
            series={workSeries()}
            axes={{ left: { format: formatCompact, integer: true }, right: { format: (cents) => `$${formatCompact(cents / 100)}`, emptyTop: 100_000 } }}
            testId="work-chart"
          />
        </Panel>
      </div>

      <div class="mt-6 grid gap-6 lg:grid-cols-3">
        <Panel id="by-trade-heading" title="Tenants by trade" description="A company with several trades counts in each" testId="by-trade-panel">
          <RankedBars
            caption="Tenants by trade"
            rows={props.data.tenants.byTrade.map((row) => ({ label: tradeLabel(row.trade), value: row.count }))}
            labelHeading="Trade"
            valueHeading="Tenants"
            format={formatCount}
            barClass="bg-brand-500"
            empty="No tenants yet."
            testId="by-trade"
          />
        </Panel>
        <Panel id="by-state-heading" title="Tenants by state" testId="by-state-panel">
          <RankedBars
            caption="Tenants by state"
            rows={props.data.tenants.byState.map((row) => ({ label: row.state ? stateName(row.state) : 'Not set', value: row.count }))}
            labelHeading="State"
            valueHeading="Tenants"
            format={formatCount}
            empty="No tenants yet."
            testId="by-state"
          />
        </Panel>
        <Panel id="portal-heading" title="Client portal" description="Homeowners linked to a contractor, and what they did in the last 7 days" testId="portal-panel">
          <dl class="grid grid-cols-2 gap-3">
            <PortalFigure label="Linked homeowners" value={props.data.portal.linkedHomeowners} testId="portal-linked" />
            <PortalFigure label="Quotes decided" value={props.data.portal.quotesDecided7d} testId="portal-quotes" />
            <PortalFigure label="Messages" value={props.data.portal.messages7d} testId="portal-messages" />
            <PortalFigure label="Service requests" value={props.data.portal.serviceRequests7d} testId="portal-requests" />
          </dl>
        </Panel>
      </div>

      <Panel id="activity-heading" title="Recent activity" description="Anonymous: what happened, in which trade and state — never who" class="mt-6" testId="activity-panel">
        <ActivityFeed items={props.data.recentActivity} />
      </Panel>
    </div>
  );
}

function PortalFigure(props: { label: string; value: number; testId: string }) {
  return (
    <div class="rounded-lg bg-slate-50 px-3 py-2.5" data-testid={props.testId}>
      <dt class="text-xs text-slate-500">{props.label}</dt>
      <dd class="mt-0.5 text-xl font-semibold text-slate-900 tabular-nums" data-testid={`${props.testId}-value`}>
        {formatCount(props.value)}
      </dd>
    </div>
  );
}
