import { For } from 'solid-js';
import { scheduleText } from './dates';
import { filterQuery, hasFilters, type JobFilterState } from './filters';
import JobStatusBadge from './JobStatusBadge';
import { shortName } from './members';
import { EmptyState, ListBody, Pager } from '../ListStates';
import ListTable from '../ListTable';
import { api } from '../../../lib/api';
import { formatHours } from '../../../lib/format';
import { createLoader } from '../../../lib/loader';
import { jobHref } from '../../../lib/navigation';
import type { Paged } from '../../../lib/types';
import type { JobSummary } from '../../../lib/types/jobs';

const PAGE_SIZE = 25;

const COLUMNS = [
  { label: 'Job' },
  { label: 'Status' },
  { label: 'Scheduled', class: 'hidden md:table-cell' },
  { label: 'Crew', class: 'hidden lg:table-cell' },
  { label: 'Hours', class: 'hidden text-right sm:table-cell' },
];

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
  const filtered = () => hasFilters(props.filters);

  return (
    <div>
      <ListBody
        list={list}
        testPrefix="jobs"
        loadingLabel="Loading jobs…"
        empty={
          <EmptyState
            title={filtered() ? 'No jobs match these filters' : props.staff ? 'No jobs yet' : 'No jobs assigned to you'}
            testId="jobs-empty"
            action={!filtered() && props.onNew ? <button type="button" class="btn-primary" onClick={() => props.onNew?.()}>Book the first job</button> : undefined}
          >
            {filtered() ? 'Widen the dates or clear a filter.' : props.staff ? 'Book a job for a customer, set the schedule and send the crew.' : 'When the office assigns you a job, it shows up here.'}
          </EmptyState>
        }
      >
        <ListTable caption="Jobs" testId="jobs-table" columns={COLUMNS} busy={list.loading()}>
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
                  {formatHours(job.actualHours)} <span class="text-slate-500">/ {formatHours(job.estimatedHours)}</span>
                </td>
              </tr>
            )}
          </For>
        </ListTable>
        <Pager page={props.filters.page} pageSize={PAGE_SIZE} total={list.data()?.total ?? 0} shown={rows().length} busy={list.loading()} onPage={props.onPage} testPrefix="jobs" />
      </ListBody>
    </div>
  );
}
