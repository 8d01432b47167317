import { For, Show } from 'solid-js';
import { addDays, dayKey, fromDayKey, startOfWeek, timeOfDay, weekDays, weekLabel } from './dates';
import type { JobFilterState } from './filters';
import { JOB_STATUS_TONES } from './JobStatusBadge';
import { shortName } from './members';
import { ErrorBanner } from '../Notice';
import { api } from '../../../lib/api';
import { createLoader } from '../../../lib/loader';
import { jobHref } from '../../../lib/navigation';
import { JOB_STATUS_LABELS, type JobCalendar as Calendar, type JobSummary } from '../../../lib/types/jobs';

interface JobCalendarProps {
  filters: JobFilterState;
  version: number;
  onWeek: (week: string) => void;
}

/** The filters the calendar API does not take (status, customer, title), applied to the week's jobs here. */
function matchesFilters(job: JobSummary, filters: JobFilterState) {
  if (filters.status && !filters.status.split(',').includes(job.status)) return false;
  if (filters.customer && job.customer.id !== filters.customer.id) return false;
  if (filters.search && !job.title.toLowerCase().includes(filters.search.toLowerCase())) return false;
  return true;
}

/** One week, Monday to Sunday: each job on the day it is scheduled to start (jobs that began earlier sit on Monday). */
export default function JobCalendar(props: JobCalendarProps) {
  const monday = () => fromDayKey(props.filters.week);
  const calendar = createLoader(
    () => ({ from: monday().toISOString(), to: addDays(monday(), 7).toISOString(), techId: props.filters.techId || undefined, includeCancelled: props.filters.status.includes('cancelled') ? 'true' : undefined, version: props.version }),
    ({ version: _version, ...query }, signal) => api<Calendar>('/jobs/calendar', { query, signal }),
  );
  const today = dayKey(new Date());
  const jobsOn = (day: Date) => {
    const key = dayKey(day);
    const first = dayKey(monday());
    return (calendar.data()?.data ?? []).filter((job) => {
      if (!job.scheduledStart || !matchesFilters(job, props.filters)) return false;
      const start = dayKey(new Date(job.scheduledStart));
      return start === key || (key === first && start < first);
    });
  };
  const move = (weeks: number) => props.onWeek(dayKey(addDays(monday(), weeks * 7)));
  const total = () => weekDays(monday()).reduce((sum, day) => sum + jobsOn(day).length, 0);

  return (
    <div data-testid="jobs-calendar">
      <div class="flex flex-wrap items-center justify-between gap-3">
        <h2 class="text-base font-semibold text-slate-900" data-testid="calendar-week">
          {weekLabel(monday())}
        </h2>
        <div class="flex gap-2">
          <button type="button" class="btn-secondary py-1.5" onClick={() => move(-1)} data-testid="calendar-prev">
            <span aria-hidden="true">←</span> Previous<span class="sr-only"> week</span>
          </button>
          <button type="button" class="btn-secondary py-1.5" onClick={() => props.onWeek(dayKey(startOfWeek(new Date())))} data-testid="calendar-today">
            This week
          </button>
          <button type="button" class="btn-secondary py-1.5" onClick={() => move(1)} data-testid="calendar-next">
            Next<span class="sr-only"> week</span> <span aria-hidden="true">→</span>
          </button>
        </div>
      </div>
      <div class="mt-3">
        <Show when={calendar.error()}>
          <ErrorBanner message={calendar.error()} onRetry={() => void calendar.reload()} testId="calendar-error" />
        </Show>
      </div>
      <div class={`mt-3 grid gap-2 lg:grid-cols-7 ${calendar.loading() ? 'opacity-60' : ''}`} aria-busy={calendar.loading()}>
        <For each={weekDays(monday())}>
          {(day) => (
            <section class={`card min-h-28 p-2 ${dayKey(day) === today ? 'ring-2 ring-brand-500' : ''}`} aria-label={day.toLocaleDateString('en-US', { weekday: 'long', month: 'long', day: 'numeric' })} data-testid="calendar-day" data-day={dayKey(day)}>
              <h3 class="flex items-baseline gap-1.5 px-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
                {day.toLocaleDateString('en-US', { weekday: 'short' })}
                <span class={`text-sm ${dayKey(day) === today ? 'text-brand-700' : 'text-slate-900'}`}>{day.getDate()}</span>
              </h3>
              <ul class="mt-2 space-y-1.5">
                <For each={jobsOn(day)}>
                  {(job) => (
                    <li>
                      <a href={jobHref(job.id)} class={`block rounded-lg px-2 py-1.5 text-xs ring-1 ring-inset hover:brightness-95 ${JOB_STATUS_TONES[job.status]}`} data-testid="calendar-job" data-job-id={job.id}>
                        <span class="font-semibold">{dayKey(new Date(job.scheduledStart!)) < dayKey(day) ? 'Continues' : timeOfDay(job.scheduledStart!)}</span>
                        <span class="sr-only"> {JOB_STATUS_LABELS[job.status]}</span>
                        <span class="block font-medium break-words text-slate-900">{job.title}</span>
                        <span class="block truncate">{job.customer.name}</span>
                        <Show when={job.assignees.length > 0}>
                          <span class="block truncate">{job.assignees.map((person) => shortName(person.email)).join(', ')}</span>
                        </Show>
                      </a>
                    </li>
                  )}
                </For>
              </ul>
              <Show when={calendar.data() && jobsOn(day).length === 0}>
                <p class="px-1 pt-1 text-xs text-slate-500 lg:hidden">Nothing scheduled</p>
              </Show>
            </section>
          )}
        </For>
      </div>
      <Show when={calendar.data() && total() === 0}>
        <p class="mt-3 text-center text-sm text-slate-500" data-testid="calendar-empty">
          Nothing scheduled this week. Try the previous or next week, or clear the filters.
        </p>
      </Show>
    </div>
  );
}
