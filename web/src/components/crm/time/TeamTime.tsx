import { createSignal, For, Show } from 'solid-js';
import EditEntryDialog from './EditEntryDialog';
import HoursTable from './HoursTable';
import WeekPicker from './WeekPicker';
import { addDays, startOfWeek } from '../jobs/dates';
import type { Assignable } from '../jobs/members';
import { EmptyState, ListBody, Pager } from '../ListStates';
import ListTable from '../ListTable';
import { ErrorBanner } from '../Notice';
import PageHeader from '../PageHeader';
import { api } from '../../../lib/api';
import { formatDateTime, formatHours } from '../../../lib/format';
import { createLoader } from '../../../lib/loader';
import { jobHref } from '../../../lib/navigation';
import type { TimeEntry, TimeEntryList, TimeSummary } from '../../../lib/types/time';

const PAGE_SIZE = 25;

const COLUMNS = [
  { label: 'Person' },
  { label: 'Job', class: 'hidden md:table-cell' },
  { label: 'In – out', class: 'hidden sm:table-cell' },
  { label: 'Hours', class: 'text-right' },
  { label: 'Actions', srOnly: true },
];

/** `Dec 1, 7:01 PM – running`, and when the office corrected it. */
function Span(props: { entry: TimeEntry }) {
  return (
    <>
      {formatDateTime(props.entry.clockIn)} – {props.entry.clockOut ? formatDateTime(props.entry.clockOut) : <span class="font-medium text-emerald-700">running</span>}
      <Show when={props.entry.editedAt}>
        <span class="block text-xs text-amber-700">Corrected {formatDateTime(props.entry.editedAt)}</span>
      </Show>
    </>
  );
}

/** Staff view of everyone's time for a week: hours per person and per job, and every entry with a fix button. */
export default function TeamTime(props: { people: Assignable[]; version: number; onEdited: (entry: TimeEntry) => void }) {
  const [monday, setMonday] = createSignal(startOfWeek(new Date()));
  const [person, setPerson] = createSignal('');
  const [page, setPage] = createSignal(1);
  const [editing, setEditing] = createSignal<TimeEntry>();
  const [edits, setEdits] = createSignal(0);
  const range = () => ({ from: monday().toISOString(), to: addDays(monday(), 7).toISOString(), userId: person() || undefined });
  const summary = createLoader(
    () => ({ ...range(), version: props.version + edits() }),
    ({ version: _version, ...query }, signal) => api<TimeSummary>('/time/summary', { query, signal }),
  );
  const entries = createLoader(
    () => ({ ...range(), page: page(), pageSize: PAGE_SIZE, version: props.version + edits() }),
    ({ version: _version, ...query }, signal) => api<TimeEntryList>('/time/entries', { query, signal }),
  );
  const rows = () => entries.data()?.data ?? [];
  const changeWeek = (next: Date) => {
    setMonday(next);
    setPage(1);
  };

  return (
    <section aria-labelledby="team-time-heading" data-testid="time-team">
      <PageHeader
        level={2}
        id="team-time-heading"
        title="Team time"
        description={
          <>
            Total: <strong class="text-slate-900" data-testid="time-team-total">{formatHours(summary.data()?.totalHours ?? 0)}</strong>
            <Show when={(summary.data()?.openEntries ?? 0) > 0}> · {summary.data()?.openEntries} on the clock now</Show>
          </>
        }
      >
        <div class="flex flex-wrap items-center gap-3">
          <label for="time-person" class="sr-only">
            Person
          </label>
          <select
            id="time-person"
            class="field-input mt-0 h-9 w-56 py-1"
            value={person()}
            onChange={(event) => {
              setPerson(event.currentTarget.value);
              setPage(1);
            }}
            data-testid="time-person"
          >
            <option value="">Everyone</option>
            <For each={props.people}>{(member) => <option value={member.userId}>{member.email}</option>}</For>
          </select>
          <WeekPicker monday={monday()} onChange={changeWeek} testId="time-team-picker" />
        </div>
      </PageHeader>

      <Show when={summary.error()}>
        <div class="mt-3">
          <ErrorBanner message={summary.error()} onRetry={() => void summary.reload()} />
        </div>
      </Show>
      <div class={`mt-4 grid gap-4 md:grid-cols-2 ${summary.loading() ? 'opacity-60' : ''}`}>
        <HoursTable
          title="Hours per person"
          testId="time-by-tech"
          rows={(summary.data()?.byTech ?? []).map((row) => ({ key: row.userId, label: row.email ?? 'Former member', hours: row.hours, entries: row.entries, open: row.open }))}
        />
        <HoursTable
          title="Hours per job"
          testId="time-by-job"
          rows={(summary.data()?.byJob ?? []).map((row) => ({ key: row.jobId ?? 'none', label: row.jobTitle ?? 'No job', href: row.jobId ? jobHref(row.jobId) : undefined, hours: row.hours, entries: row.entries, open: row.open }))}
        />
      </div>

      <div class="mt-4">
        <ListBody
          list={entries}
          testPrefix="time-team"
          loadingLabel="Loading entries…"
          empty={
            <EmptyState title="No time entries this week" testId="time-team-empty">
              Entries appear as people clock in. Try another week.
            </EmptyState>
          }
        >
          <ListTable caption="Time entries" testId="time-team-table" columns={COLUMNS} busy={entries.loading()}>
            <For each={rows()}>
              {(entry) => (
                <tr class="align-top" data-testid="time-team-entry" data-open={entry.open}>
                  <td class="px-4 py-2.5 [overflow-wrap:anywhere] text-slate-900">
                    {entry.email ?? 'Former member'}
                    <div class="text-xs text-slate-500 md:hidden">{entry.jobTitle ?? 'No job'}</div>
                    <div class="text-xs text-slate-500 sm:hidden">
                      <Span entry={entry} />
                    </div>
                  </td>
                  <td class="hidden px-4 py-2.5 text-slate-600 md:table-cell">{entry.jobTitle ?? 'No job'}</td>
                  <td class="hidden px-4 py-2.5 text-slate-600 sm:table-cell">
                    <Span entry={entry} />
                  </td>
                  <td class="px-4 py-2.5 text-right text-slate-900 tabular-nums">{formatHours(entry.hours)}</td>
                  <td class="px-4 py-2 text-right">
                    <button type="button" class="btn-ghost py-1" onClick={() => setEditing(entry)} data-testid="time-entry-edit">
                      Fix<span class="sr-only"> entry of {entry.email}</span>
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </ListTable>
          <Pager page={page()} pageSize={PAGE_SIZE} total={entries.data()?.total ?? 0} shown={rows().length} busy={entries.loading()} onPage={setPage} testPrefix="time-team" />
        </ListBody>
      </div>

      <EditEntryDialog
        entry={editing()}
        onClose={() => setEditing(undefined)}
        onSaved={(entry) => {
          setEditing(undefined);
          setEdits(edits() + 1);
          props.onEdited(entry);
        }}
      />
    </section>
  );
}
