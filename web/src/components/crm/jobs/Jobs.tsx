import { createEffect, createSignal, on, onMount, Show } from 'solid-js';
import { filterQuery, readFilters, writeFilters, type JobFilterState, type JobView } from './filters';
import JobCalendar from './JobCalendar';
import JobFilters from './JobFilters';
import JobFormDialog, { type JobFormMode } from './JobFormDialog';
import JobList from './JobList';
import { createMembers } from './members';
import { createNotice, Notice } from '../Notice';
import PageHeader from '../PageHeader';
import { api } from '../../../lib/api';
import { createDownload } from '../../../lib/downloads';
import { todayIso } from '../../../lib/format';
import type { Customer, Workspace } from '../../../lib/types';
import type { Job } from '../../../lib/types/jobs';

/** The jobs page: a filtered list or a week calendar, and the form to book jobs (staff). A tech sees only their own jobs. */
export default function Jobs(props: { workspace: Workspace }) {
  const { customerId, ...initial } = readFilters(window.location.search);
  const opensForm = new URLSearchParams(window.location.search).get('new') === '1';
  const [filters, setFilters] = createSignal<JobFilterState>({ ...initial, customer: customerId ? { id: customerId, name: 'Loading…' } : undefined });
  const [form, setForm] = createSignal<JobFormMode>();
  const [version, setVersion] = createSignal(0);
  const csv = createDownload();
  const notice = createNotice();
  const staff = () => props.workspace.role !== 'tech';
  // The tech filter and the crew picker are for staff; a tech sees only their own jobs.
  const members = staff() ? createMembers(props.workspace.company.id) : undefined;

  onMount(async () => {
    if (!customerId) {
      if (opensForm && staff()) setForm({ kind: 'create' });
      return;
    }
    try {
      const customer = await api<Customer>(`/customers/${encodeURIComponent(customerId)}`);
      const choice = { id: customer.id, name: customer.name };
      setFilters({ ...filters(), customer: choice });
      if (opensForm && staff()) setForm({ kind: 'create', customer: choice });
    } catch {
      // A stale or foreign id in the address: show every job instead.
      setFilters({ ...filters(), customer: undefined });
    }
  });
  createEffect(on(filters, writeFilters, { defer: true }));

  const update = (patch: Partial<JobFilterState>) => setFilters({ ...filters(), page: 1, ...patch });
  const setView = (view: JobView) => setFilters({ ...filters(), view });

  const onSaved = (job: Job) => {
    setForm(undefined);
    notice.show(`Job “${job.title}” booked for ${job.customer.name}.`);
    setVersion(version() + 1);
  };

  const exportCsv = () => csv.start('/jobs/export.csv', `jobs-${todayIso()}.csv`, filterQuery(filters()));

  return (
    <section aria-labelledby="jobs-heading" data-testid="jobs">
      <PageHeader id="jobs-heading" title="Jobs" description={staff() ? 'Every job on the books: schedule, crew and progress.' : 'The jobs you are assigned to.'}>
        <div class="flex flex-wrap gap-2">
          <div class="inline-flex rounded-lg border border-slate-300 bg-white p-0.5 shadow-sm" role="group" aria-label="View">
            <button type="button" class={`rounded-md px-3 py-1.5 text-sm font-medium ${filters().view === 'list' ? 'bg-slate-900 text-white' : 'text-slate-600 hover:bg-slate-50'}`} aria-pressed={filters().view === 'list'} onClick={() => setView('list')} data-testid="jobs-view-list">
              List
            </button>
            <button type="button" class={`rounded-md px-3 py-1.5 text-sm font-medium ${filters().view === 'week' ? 'bg-slate-900 text-white' : 'text-slate-600 hover:bg-slate-50'}`} aria-pressed={filters().view === 'week'} onClick={() => setView('week')} data-testid="jobs-view-week">
              Week
            </button>
          </div>
          <Show when={staff()}>
            <button type="button" class="btn-secondary" disabled={Boolean(csv.busy())} onClick={() => void exportCsv()} data-testid="jobs-export">
              {csv.busy() ? 'Exporting…' : 'Export CSV'}
            </button>
            <button type="button" class="btn-primary" onClick={() => setForm({ kind: 'create', customer: filters().customer })} data-testid="job-new">
              New job
            </button>
          </Show>
        </div>
      </PageHeader>
      <Show when={csv.error()}>
        <p role="alert" class="mt-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          The export failed: {csv.error()}
        </p>
      </Show>

      <JobFilters filters={filters()} onChange={update} people={members?.people() ?? []} showTech={staff()} />

      <div class="mt-4">
        <Show
          when={filters().view === 'week'}
          fallback={<JobList filters={filters()} version={version()} staff={staff()} onPage={(page) => setFilters({ ...filters(), page })} onNew={staff() ? () => setForm({ kind: 'create' }) : undefined} />}
        >
          <JobCalendar filters={filters()} version={version()} onWeek={(week) => setFilters({ ...filters(), week })} />
        </Show>
      </div>

      <JobFormDialog mode={form()} trades={props.workspace.company.trades} people={members?.people() ?? []} onClose={() => setForm(undefined)} onSaved={onSaved} />
      <Notice message={notice.message()} />
    </section>
  );
}
