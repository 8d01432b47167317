import { createSignal, For, onCleanup, Show } from 'solid-js';
import { hasFilters, STATUS_FILTERS, type JobFilterState } from './filters';
import type { Assignable } from './members';
import CustomerPicker from '../CustomerPicker';

interface JobFiltersProps {
  filters: JobFilterState;
  onChange: (patch: Partial<JobFilterState>) => void;
  people: Assignable[];
  /** Staff filter by tech; a tech sees only their own jobs anyway. */
  showTech: boolean;
}

const SEARCH_DELAY_MS = 300;

/** Status, customer, tech, date range and title search for the jobs list (the week view uses all but the dates). */
export default function JobFilters(props: JobFiltersProps) {
  const [search, setSearch] = createSignal(props.filters.search);
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const onSearch = (value: string) => {
    setSearch(value);
    clearTimeout(timer);
    timer = setTimeout(() => props.onChange({ search: value.trim() }), SEARCH_DELAY_MS);
  };
  const active = () => hasFilters(props.filters);
  const clear = () => {
    setSearch('');
    props.onChange({ status: '', customer: undefined, techId: '', from: '', to: '', search: '' });
  };

  return (
    <form class="card mt-6 grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-4" role="search" aria-label="Filter jobs" onSubmit={(event) => event.preventDefault()} data-testid="job-filters">
      <div>
        <label for="jobs-search" class="field-label">
          Title
        </label>
        <input id="jobs-search" type="search" class="field-input h-10" placeholder="Search job titles" value={search()} onInput={(event) => onSearch(event.currentTarget.value)} data-testid="jobs-search" />
      </div>
      <div>
        <label for="jobs-status" class="field-label">
          Status
        </label>
        <select id="jobs-status" class="field-input h-10" value={props.filters.status} onChange={(event) => props.onChange({ status: event.currentTarget.value })} data-testid="jobs-status">
          <For each={STATUS_FILTERS}>{(option) => <option value={option.value}>{option.label}</option>}</For>
        </select>
      </div>
      <CustomerPicker id="jobs-customer" value={props.filters.customer} onChange={(customer) => props.onChange({ customer })} clearLabel="Any customer" />
      <Show when={props.showTech}>
        <div>
          <label for="jobs-tech" class="field-label">
            Assigned to
          </label>
          <select id="jobs-tech" class="field-input h-10" value={props.filters.techId} onChange={(event) => props.onChange({ techId: event.currentTarget.value })} data-testid="jobs-tech">
            <option value="">Anyone</option>
            <For each={props.people}>{(person) => <option value={person.userId}>{person.email}</option>}</For>
          </select>
        </div>
      </Show>
      <Show when={props.filters.view === 'list'}>
        <div>
          <label for="jobs-from" class="field-label">
            Scheduled from
          </label>
          <input id="jobs-from" type="date" class="field-input h-10" value={props.filters.from} max={props.filters.to || undefined} onChange={(event) => props.onChange({ from: event.currentTarget.value })} data-testid="jobs-from" />
        </div>
        <div>
          <label for="jobs-to" class="field-label">
            Scheduled to
          </label>
          <input id="jobs-to" type="date" class="field-input h-10" value={props.filters.to} min={props.filters.from || undefined} onChange={(event) => props.onChange({ to: event.currentTarget.value })} data-testid="jobs-to" />
        </div>
      </Show>
      <Show when={active()}>
        <div class="flex items-end">
          <button type="button" class="btn-ghost" onClick={clear} data-testid="jobs-clear-filters">
            Clear filters
          </button>
        </div>
      </Show>
    </form>
  );
}
