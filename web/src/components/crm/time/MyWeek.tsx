import { createSignal, For, Show } from 'solid-js';
import WeekPicker from './WeekPicker';
import { addDays, dayKey, startOfWeek, timeOfDay, weekDays } from '../jobs/dates';
import { EmptyState, LoadingRows } from '../ListStates';
import LoadStatus from '../LoadStatus';
import PageHeader from '../PageHeader';
import { api } from '../../../lib/api';
import { formatHours } from '../../../lib/format';
import { createLoader } from '../../../lib/loader';
import { jobHref } from '../../../lib/navigation';
import type { TimeEntryList } from '../../../lib/types/time';

/** The signed-in person's entries for a week, by day, with the week's total. */
export default function MyWeek(props: { userId: string; version: number }) {
  const [monday, setMonday] = createSignal(startOfWeek(new Date()));
  const entries = createLoader(
    () => ({ from: monday().toISOString(), to: addDays(monday(), 7).toISOString(), userId: props.userId, pageSize: 100, version: props.version }),
    ({ version: _version, ...query }, signal) => api<TimeEntryList>('/time/entries', { query, signal }),
  );
  const days = () =>
    weekDays(monday())
      .map((day) => {
        const list = (entries.data()?.data ?? []).filter((entry) => dayKey(new Date(entry.clockIn)) === dayKey(day));
        return { day, list, hours: list.reduce((sum, entry) => sum + entry.hours, 0) };
      })
      .filter((day) => day.list.length > 0);

  return (
    <section aria-labelledby="my-week-heading" data-testid="time-my-week">
      <PageHeader
        level={2}
        id="my-week-heading"
        title="My time"
        description={
          <>
            Week total: <strong class="text-slate-900" data-testid="time-week-total">{formatHours(entries.data()?.totalHours ?? 0)}</strong>
          </>
        }
      >
        <WeekPicker monday={monday()} onChange={setMonday} testId="time-my-week-picker" />
      </PageHeader>
      <div class="mt-3">
        <LoadStatus loader={entries}>
          <LoadingRows label="Loading your time…" testId="time-my-week-loading" rows={3} />
        </LoadStatus>
        <Show when={entries.data() && days().length === 0}>
          <EmptyState title="No time this week" testId="time-my-week-empty">
            Clock in above when you start work; every entry shows up here.
          </EmptyState>
        </Show>
        <Show when={days().length > 0}>
          <div class={`card divide-y divide-slate-100 ${entries.loading() ? 'opacity-60' : ''}`}>
            <For each={days()}>
              {(day) => (
                <div class="px-4 py-3">
                  <div class="flex items-baseline justify-between text-sm">
                    <h3 class="font-medium text-slate-900">{day.day.toLocaleDateString('en-US', { weekday: 'long', month: 'short', day: 'numeric' })}</h3>
                    <span class="font-medium text-slate-700 tabular-nums">{formatHours(Math.round(day.hours * 100) / 100)}</span>
                  </div>
                  <ul class="mt-1 space-y-1">
                    <For each={day.list}>
                      {(entry) => (
                        <li class="flex flex-wrap items-baseline justify-between gap-x-3 text-sm text-slate-600" data-testid="time-entry" data-open={entry.open}>
                          <span>
                            {timeOfDay(entry.clockIn)} – {entry.clockOut ? timeOfDay(entry.clockOut) : <span class="font-medium text-emerald-700">running</span>}
                            {' · '}
                            <Show when={entry.jobId} fallback="No job">
                              {(id) => (
                                <a class="link" href={jobHref(id())}>
                                  {entry.jobTitle ?? 'Job'}
                                </a>
                              )}
                            </Show>
                            <Show when={entry.editedAt}>
                              <span class="ml-1 text-xs text-amber-700">(corrected by the office)</span>
                            </Show>
                          </span>
                          <span class="tabular-nums">{formatHours(entry.hours)}</span>
                        </li>
                      )}
                    </For>
                  </ul>
                </div>
              )}
            </For>
          </div>
        </Show>
      </div>
    </section>
  );
}
