import type { CustomerChoice } from './CustomerCombobox';
import { addDays, dayKey, fromDayKey, startOfWeek } from './dates';

export type JobView = 'list' | 'week';

/** The jobs page's filters, as kept in the address bar. */
export interface JobFilterState {
  view: JobView;
  /** '' for all, a status, or `scheduled,in_progress` for open jobs. */
  status: string;
  customer: CustomerChoice | undefined;
  techId: string;
  /** `YYYY-MM-DD` days, inclusive, for the list. */
  from: string;
  to: string;
  search: string;
  page: number;
  /** The Monday of the week the calendar shows. */
  week: string;
}

export const STATUS_FILTERS = [
  { value: '', label: 'All statuses' },
  { value: 'scheduled,in_progress', label: 'Open' },
  { value: 'scheduled', label: 'Scheduled' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'completed', label: 'Completed' },
  { value: 'cancelled', label: 'Cancelled' },
] as const;

export function readFilters(search: string): JobFilterState & { customerId: string } {
  const params = new URLSearchParams(search);
  const week = params.get('week');
  return {
    view: params.get('view') === 'week' ? 'week' : 'list',
    status: STATUS_FILTERS.some((option) => option.value === params.get('status')) ? params.get('status')! : '',
    customer: undefined,
    customerId: params.get('customerId') ?? '',
    techId: params.get('techId') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    search: params.get('q') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
    week: dayKey(startOfWeek(week && /^\d{4}-\d{2}-\d{2}$/.test(week) ? fromDayKey(week) : new Date())),
  };
}

/** Keeps the filters in the address bar, so a refresh or a shared link shows the same jobs. */
export function writeFilters(filters: JobFilterState) {
  const url = new URL(window.location.href);
  const set = (name: string, value: string | undefined) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
  set('view', filters.view === 'week' ? 'week' : undefined);
  set('status', filters.status);
  set('customerId', filters.customer?.id);
  set('techId', filters.techId);
  set('from', filters.view === 'list' ? filters.from : undefined);
  set('to', filters.view === 'list' ? filters.to : undefined);
  set('q', filters.search);
  set('page', filters.view === 'list' && filters.page > 1 ? String(filters.page) : undefined);
  set('week', filters.view === 'week' && filters.week !== dayKey(startOfWeek(new Date())) ? filters.week : undefined);
  url.searchParams.delete('new');
  window.history.replaceState(null, '', url);
}

/** The API's filters (list and CSV export): days become local-midnight instants, `to` inclusive. */
export function filterQuery(filters: JobFilterState) {
  return {
    status: filters.status || undefined,
    customerId: filters.customer?.id,
    techId: filters.techId || undefined,
    from: filters.from ? fromDayKey(filters.from).toISOString() : undefined,
    to: filters.to ? addDays(fromDayKey(filters.to), 1).toISOString() : undefined,
    search: filters.search || undefined,
  };
}
