import { addDays, dayKey, fromDayKey, startOfWeek } from './dates';
import type { CustomerChoice } from '../CustomerPicker';
import { pageParam, syncQuery } from '../../../lib/addressBar';

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
    page: pageParam(params),
    week: dayKey(startOfWeek(week && /^\d{4}-\d{2}-\d{2}$/.test(week) ? fromDayKey(week) : new Date())),
  };
}

/** Whether any filter narrows the jobs (the view and the page do not). */
export const hasFilters = (filters: JobFilterState) => Boolean(filters.status || filters.customer || filters.techId || filters.from || filters.to || filters.search);

/** Keeps the filters in the address bar, so a refresh or a shared link shows the same jobs. */
export function writeFilters(filters: JobFilterState) {
  const list = filters.view === 'list';
  syncQuery({
    view: list ? undefined : 'week',
    status: filters.status,
    customerId: filters.customer?.id,
    techId: filters.techId,
    from: list ? filters.from : undefined,
    to: list ? filters.to : undefined,
    q: filters.search,
    page: list ? filters.page : undefined,
    week: !list && filters.week !== dayKey(startOfWeek(new Date())) ? filters.week : undefined,
    new: undefined,
  });
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
