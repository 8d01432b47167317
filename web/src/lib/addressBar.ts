import { batch, createEffect, createSignal } from 'solid-js';

/** List filters kept in the address bar, so a refresh or a shared link shows the same list. */

/**
 * Writes `values` into the address bar without a navigation: a blank or `undefined` value
 * (and `page` 1) drops its parameter.
 */
export function syncQuery(values: Record<string, string | number | undefined>) {
  const url = new URL(window.location.href);
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '' || (key === 'page' && value === 1)) url.searchParams.delete(key);
    else url.searchParams.set(key, String(value));
  }
  window.history.replaceState(null, '', url);
}

/** The `page` parameter as a page number, 1 when missing or not a number. */
export function pageParam(params: URLSearchParams): number {
  return Math.max(1, Number(params.get('page')) || 1);
}

/**
 * The status tab, search and page of a list, read from the address bar and kept there. A new
 * status or search goes back to page 1.
 */
export function createListQuery() {
  const initial = new URLSearchParams(window.location.search);
  const [status, setStatus] = createSignal(initial.get('status') ?? '');
  const [search, setSearch] = createSignal(initial.get('q') ?? '');
  const [page, setPage] = createSignal(pageParam(initial));
  createEffect(() => syncQuery({ status: status(), q: search(), page: page() }));
  return {
    status,
    search,
    page,
    setPage,
    setStatus: (value: string) => batch(() => {
      setStatus(value);
      setPage(1);
    }),
    setSearch: (value: string) => batch(() => {
      setSearch(value);
      setPage(1);
    }),
    clear: () => batch(() => {
      setStatus('');
      setSearch('');
      setPage(1);
    }),
    filtered: () => Boolean(status() || search()),
    /** The list request's filters: `{ status, search, page }`. */
    params: () => ({ status: status(), search: search(), page: page() }),
  };
}

export type ListQuery = ReturnType<typeof createListQuery>;
