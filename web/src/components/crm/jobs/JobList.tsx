import { For, Show } from 'solid-js';
import JobStatusBadge from './JobStatusBadge';
import { scheduleText } from './dates';
import { filterQuery, type JobFilterState } from './filters';
import { EmptyState, LoadingRows, Pager } from './ListStates';
import { createLoader } from './loader';
import { shortName } from './members';
import { ErrorBanner } from '../Notice';
import { api } from '../../../lib/api';
import { formatHours } from '../../../lib/format';
import type { Paged } from '../../../lib/types';
import type { JobSummary } from '../../../lib/types/jobs';

const PAGE_SIZE = 25;

export const jobHref = (id: string) => `/crm/jobs/view/?id=${encodeURIComponent(id)}`;

interface JobListProps {
  filters: JobFilterState;
  /** Bumped after a job is booked, to load again. */
  version: number;
  staff: boolean;
  onPage: (page: number) => void;
  onNew?: () => void;
}

/** The jobs matching the filters, newest schedule first, a page at a time. */
export default function JobList(props: JobListProps) {
  const list = createLoader(
    () => ({ ...filterQuery(props.filters), page: props.filters.page, pageSize: PAGE_SIZE, version: props.version }),
    ({ version: _version, ...query }, signal) => api<Paged<JobSummary>>('/jobs', { query, signal }),
  );
  const rows = () => list.data()?.data ?? [];
  const filtered = () => Boolean(props.filters.status || props.filters.customer || props.filters.techId || props.filters.from || props.filters.to || props.filters.search);

  return (
    <div>
      <Show when={list.error()}>
        <ErrorBanner message={list.error()} onRetry={() => void list.reload()} testId="jobs-error" />
      </Show>
      <Show when={!list.data() && list.loading()}>
        <LoadingRows label="Loading jobs…" testId="jobs-loading" />
      </Show>
      <Show when={list.data()?.total === 0}>
        <EmptyState
          title={filtered() ? 'No jobs match these filters' : props.staff ? 'No jobs yet' : 'No jobs assigned to you'}
          testId="jobs-empty"
          action={!filtered() && props.onNew ? <button type="button" class="btn-primary" onClick={() => props.onNew?.()}>Book the first job</button> : undefined}
        >
          {filtered() ? 'Widen the dates or clear a filter.' : props.staff ? 'Book a job for a customer, set the schedule and send the crew.' : 'When the office assigns you a job, it shows up here.'}
        </EmptyState>
      </Show>
      <Show when={rows().length > 0}>
        <div class={`card overflow-x-auto ${list.loading() ? 'opacity-60' : ''}`} aria-busy={list.loading()}>
          <table class="min-w-full divide-y divide-slate-200 text-sm" data-testid="jobs-table">
            <caption class="sr-only">Jobs</caption>
            <thead class="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" class="px-4 py-3">Job</th>
                <th scope="col" class="px-4 py-3">Status</th>
                <th scope="col" class="hidden px-4 py-3 md:table-cell">Scheduled</th>
                <th scope="col" class="hidden px-4 py-3 lg:table-cell">Crew</th>
                <th scope="col" class="hidden px-4 py-3 text-right sm:table-cell">Hours</th>
              </tr>
            </thead>
            <tbody class="divide-y divide-slate-100 bg-white">
              <For each={rows()}>
                {(job) => (
                  <tr class="relative align-top hover:bg-slate-50" data-testid="job-row" data-job-id={job.id}>
                    <td class="px-4 py-3">
                      <a href={jobHref(job.id)} class="font-medium break-words text-slate-900 after:absolute after:inset-0 hover:text-brand-700" data-testid="job-link">
                        {job.title}
                      </a>
                      <div class="text-xs text-slate-500">{job.customer.name}</div>
                      <div class="text-xs text-slate-500 md:hidden">{scheduleText(job.scheduledStart, job.scheduledEnd)}</div>
                    </td>
                    <td class="px-4 py-3">
                      <JobStatusBadge status={job.status} />
                    </td>
                    <td class="hidden px-4 py-3 text-slate-600 md:table-cell">{scheduleText(job.scheduledStart, job.scheduledEnd)}</td>
                    <td class="hidden px-4 py-3 text-slate-600 lg:table-cell">{job.assignees.length ? job.assignees.map((person) => shortName(person.email)).join(', ') : <span class="text-amber-700">Unassigned</span>}</td>
                    <td class="hidden px-4 py-3 text-right whitespace-nowrap text-slate-600 tabular-nums sm:table-cell">
                      {formatHours(job.actualHours)} <span class="text-slate-400">/ {formatHours(job.estimatedHours)}</span>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <Pager page={props.filters.page} pageSize={PAGE_SIZE} total={list.data()?.total ?? 0} shown={rows().length} busy={list.loading()} onPage={props.onPage} testId="jobs-pagination" />
      </Show>
    </div>
  );
}
