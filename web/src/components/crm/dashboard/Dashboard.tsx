import { For, Show } from 'solid-js';
import JobsByStatusChart from './JobsByStatusChart';
import RevenueChart from './RevenueChart';
import Tile from './Tile';
import TopCustomers from './TopCustomers';
import DownloadButton from '../DownloadButton';
import LoadStatus from '../LoadStatus';
import PageHeader from '../PageHeader';
import { api } from '../../../lib/api';
import { formatCents, formatCentsWhole, formatDate, formatHours } from '../../../lib/format';
import { createLoadOnce } from '../../../lib/loader';
import type { Workspace } from '../../../lib/types';
import type { Dashboard as DashboardData } from '../../../lib/types/dashboard';

/** How the business is doing: money figures and charts for the office, own jobs and hours for a tech. */
export default function Dashboard(props: { workspace: Workspace }) {
  const dashboard = createLoadOnce((signal) => api<DashboardData>('/dashboard', { signal }));
  const firstName = () => props.workspace.user.email.split('@')[0];

  return (
    <section aria-labelledby="dashboard-heading" data-testid="dashboard">
      <PageHeader
        id="dashboard-heading"
        title="Dashboard"
        description={
          <Show when={dashboard.data()} fallback={`Welcome back, ${firstName()}.`}>
            {(data) => (data().scope === 'own' ? `Your jobs and hours, as of ${formatDate(data().asOf)}.` : `${props.workspace.company.name} as of ${formatDate(data().asOf)}.`)}
          </Show>
        }
      >
        <div class="flex gap-2">
          <button type="button" class="btn-ghost" onClick={() => void dashboard.reload()} disabled={dashboard.loading()} data-testid="dashboard-refresh">
            {dashboard.loading() && dashboard.data() ? 'Refreshing…' : 'Refresh'}
          </button>
          <Show when={props.workspace.role !== 'tech'}>
            <DownloadButton path="/dashboard/pdf" filename={`dashboard-${dashboard.data()?.asOf ?? 'report'}.pdf`} label="Download PDF" busyLabel="Preparing PDF…" testId="dashboard-pdf" />
          </Show>
        </div>
      </PageHeader>

      <LoadStatus loader={dashboard} errorTestId="dashboard-error" errorClass="mt-6">
        <div class="mt-6 grid grid-cols-2 gap-4 lg:grid-cols-4" aria-busy="true" data-testid="dashboard-loading">
          <span class="sr-only">Loading the dashboard…</span>
          <For each={[1, 2, 3, 4]}>{() => <div class="card h-24 animate-pulse bg-slate-100" />}</For>
        </div>
      </LoadStatus>
      <Show when={dashboard.data()}>
        {(data) => (
          <div class={`transition-opacity ${dashboard.loading() ? 'opacity-60' : ''}`} aria-busy={dashboard.loading()}>
            <div class="mt-6 grid grid-cols-2 gap-4 lg:grid-cols-4" data-testid="dashboard-tiles">
              <MoneyTiles data={data()} />
              <Tile label="Hours this week" value={formatHours(data().hoursThisWeek.totalHours)} detail={data().scope === 'own' ? 'Your clocked time since Monday' : 'Everyone, since Monday'} href="/crm/time/" testId="tile-hours" />
            </div>

            <div class="mt-6 grid gap-6 lg:grid-cols-3">
              <Show when={data().revenue}>
                {(revenue) => (
                  <section class="card min-w-0 p-5 lg:col-span-2" aria-labelledby="revenue-heading">
                    <div class="flex flex-wrap items-baseline justify-between gap-2">
                      <h2 id="revenue-heading" class="text-base font-semibold text-slate-900">Revenue, last 12 months</h2>
                      <p class="text-sm text-slate-600">{formatCentsWhole(revenue().last12Months.reduce((sum, m) => sum + m.cents, 0))} received</p>
                    </div>
                    <div class="mt-4">
                      <RevenueChart months={revenue().last12Months} />
                    </div>
                  </section>
                )}
              </Show>
              <section class="card p-5" aria-labelledby="jobs-heading">
                <h2 id="jobs-heading" class="text-base font-semibold text-slate-900">{data().scope === 'own' ? 'Your jobs' : 'Jobs by status'}</h2>
                <div class="mt-4">
                  <JobsByStatusChart counts={data().jobsByStatus} />
                </div>
              </section>
              <Show when={data().topCustomers}>
                {(customers) => <TopCustomers customers={customers()} />}
              </Show>
              <Show when={data().hoursThisWeek.people}>
                {(people) => <HoursByPerson people={people()} />}
              </Show>
            </div>
          </div>
        )}
      </Show>
    </section>
  );
}

/** Revenue, receivables and win rate: only when the API sent them (never for a tech). */
function MoneyTiles(props: { data: DashboardData }) {
  const winRate = () => props.data.bidWinRate;
  return (
    <>
      <Show when={props.data.revenue}>
        {(revenue) => (
          <>
            <Tile label="Revenue this month" value={formatCentsWhole(revenue().monthCents)} detail={`Since ${formatDate(props.data.periods.monthStart)}`} testId="tile-revenue-month" />
            <Tile label="This quarter" value={formatCentsWhole(revenue().quarterCents)} detail={`Since ${formatDate(props.data.periods.quarterStart)}`} testId="tile-revenue-quarter" />
            <Tile label="This year" value={formatCentsWhole(revenue().yearCents)} detail={`Since ${formatDate(props.data.periods.yearStart)}`} testId="tile-revenue-year" />
          </>
        )}
      </Show>
      <Show when={props.data.receivables}>
        {(receivables) => (
          <>
            <Tile label="Outstanding" value={formatCents(receivables().outstandingCents)} detail={`${receivables().outstandingCount} open invoice${receivables().outstandingCount === 1 ? '' : 's'}`} href="/crm/invoices/" testId="tile-outstanding" />
            <Tile label="Overdue" value={formatCents(receivables().overdueCents)} detail={`${receivables().overdueCount} invoice${receivables().overdueCount === 1 ? '' : 's'} past due`} tone={receivables().overdueCents > 0 ? 'warning' : 'default'} href="/crm/invoices/?status=overdue" testId="tile-overdue" />
          </>
        )}
      </Show>
      <Show when={winRate()}>
        {(rate) => (
          <Tile
            label="Bid win rate"
            value={rate().rate == null ? '—' : `${Math.round(rate().rate! * 100)}%`}
            detail={rate().rate == null ? 'No bids decided in 90 days' : `${rate().accepted} of ${rate().accepted + rate().declined + rate().expired} decided, 90 days`}
            href="/crm/bids/"
            testId="tile-win-rate"
          />
        )}
      </Show>
    </>
  );
}

function HoursByPerson(props: { people: NonNullable<DashboardData['hoursThisWeek']['people']> }) {
  const max = () => Math.max(1, ...props.people.map((person) => person.hours));
  return (
    <section class="card p-5" aria-labelledby="hours-heading" data-testid="hours-by-person">
      <h2 id="hours-heading" class="text-base font-semibold text-slate-900">Hours this week</h2>
      <Show when={props.people.length > 0} fallback={<p class="mt-3 text-sm text-slate-600">Nobody has clocked in this week yet.</p>}>
        <ul class="mt-3 space-y-2.5">
          <For each={props.people}>
            {(person) => (
              <li class="text-sm">
                <div class="flex justify-between gap-3">
                  <span class="truncate text-slate-700">{person.email}</span>
                  <span class="font-medium text-slate-900 tabular-nums">{formatHours(person.hours)}</span>
                </div>
                <div class="mt-1 h-1.5 rounded-full bg-slate-100" aria-hidden="true">
                  <div class="h-1.5 rounded-full bg-sky-500" style={{ width: `${(person.hours / max()) * 100}%` }} />
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
