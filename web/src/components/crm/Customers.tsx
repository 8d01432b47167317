import { createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import CustomerPanel, { type PanelMode } from './CustomerPanel';
import CustomerListHeader from './customers/CustomerListHeader';
import ConfirmDelete from './ConfirmDelete';
import { createNotice, ErrorBanner, Notice } from './Notice';
import { api, errorMessage } from '../../lib/api';
import { can, type Customer, type Paged, type Workspace } from '../../lib/types';

const PAGE_SIZE = 25;
const SEARCH_DELAY_MS = 300;

const updatedFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });

/** The customer list: search, pages, and the panels to add, edit and delete. */
export default function Customers(props: { workspace: Workspace }) {
  const initial = new URLSearchParams(window.location.search);
  const [searchInput, setSearchInput] = createSignal(initial.get('q') ?? '');
  const [search, setSearch] = createSignal(searchInput().trim());
  const [page, setPage] = createSignal(Math.max(1, Number(initial.get('page')) || 1));
  const [result, setResult] = createSignal<Paged<Customer>>();
  const [loading, setLoading] = createSignal(true);
  const [loadError, setLoadError] = createSignal('');
  const [panel, setPanel] = createSignal<PanelMode>();
  const [deleting, setDeleting] = createSignal<Customer>();
  const notice = createNotice();

  const canWrite = () => can.writeCustomers(props.workspace.role);
  const canDelete = () => can.deleteCustomers(props.workspace.role);

  let controller: AbortController | undefined;
  const load = async () => {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    setLoading(true);
    setLoadError('');
    try {
      const data = await api<Paged<Customer>>('/customers', {
        query: { search: search(), page: page(), pageSize: PAGE_SIZE },
        signal: current.signal,
      });
      if (data.data.length === 0 && data.page > 1 && data.total > 0) {
        setPage(Math.ceil(data.total / PAGE_SIZE));
        return;
      }
      setResult(data);
    } catch (error) {
      if (current.signal.aborted) return;
      setLoadError(errorMessage(error));
    }
    if (controller === current) setLoading(false);
  };

  createEffect(on([search, page], () => {
    syncUrl(search(), page());
    void load();
  }));
  onCleanup(() => controller?.abort());

  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(searchTimer));
  const onSearchInput = (value: string) => {
    setSearchInput(value);
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => applySearch(value), SEARCH_DELAY_MS);
  };
  const applySearch = (value: string) => {
    clearTimeout(searchTimer);
    if (value.trim() === search()) return;
    setSearch(value.trim());
    setPage(1);
  };
  const clearSearch = () => {
    setSearchInput('');
    applySearch('');
  };

  const onSaved = (customer: Customer, created: boolean) => {
    setPanel(undefined);
    notice.show(created ? `Customer “${customer.name}” added.` : `Changes to “${customer.name}” saved.`);
    void load();
  };

  const confirmDelete = async () => {
    const customer = deleting();
    if (!customer) return;
    await api<void>(`/customers/${encodeURIComponent(customer.id)}`, { method: 'DELETE' });
    setDeleting(undefined);
    notice.show(`Customer “${customer.name}” deleted.`);
    void load();
  };

  const total = () => result()?.total ?? 0;
  const rows = () => result()?.data ?? [];
  const pageCount = () => Math.max(1, Math.ceil(total() / PAGE_SIZE));
  const rangeText = () => {
    const data = result();
    if (!data || data.total === 0) return '';
    const first = (data.page - 1) * data.pageSize + 1;
    const last = first + data.data.length - 1;
    return `Showing ${first}–${last} of ${data.total}`;
  };

  return (
    <section aria-labelledby="customers-heading" data-testid="customers">
      <CustomerListHeader
        companyName={props.workspace.company.name}
        canWrite={canWrite()}
        search={search()}
        onNew={() => setPanel({ kind: 'create' })}
      />

      <form
        class="mt-6"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          applySearch(searchInput());
        }}
      >
        <label for="customer-search" class="sr-only">
          Search customers
        </label>
        <div class="relative max-w-md">
          <svg viewBox="0 0 20 20" class="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" fill="currentColor" aria-hidden="true">
            <path fill-rule="evenodd" d="M9 3.5a5.5 5.5 0 1 0 3.4 9.83l3.63 3.63a.75.75 0 1 0 1.06-1.06l-3.63-3.63A5.5 5.5 0 0 0 9 3.5ZM5 9a4 4 0 1 1 8 0 4 4 0 0 1-8 0Z" clip-rule="evenodd" />
          </svg>
          <input
            id="customer-search"
            type="search"
            class="field-input mt-0 pl-9"
            placeholder="Search by name, email or phone"
            value={searchInput()}
            onInput={(event) => onSearchInput(event.currentTarget.value)}
            data-testid="customer-search"
          />
        </div>
      </form>

      <div class="mt-4">
        <Show when={loadError()}>
          <ErrorBanner message={loadError()} onRetry={() => void load()} testId="customers-error" />
        </Show>

        <Show when={!result() && loading()}>
          <div class="card divide-y divide-slate-100" aria-busy="true" data-testid="customers-loading">
            <span class="sr-only">Loading customers…</span>
            <For each={[1, 2, 3, 4]}>
              {() => (
                <div class="flex animate-pulse gap-4 px-4 py-4" aria-hidden="true">
                  <div class="h-4 w-1/4 rounded bg-slate-200" />
                  <div class="h-4 w-1/3 rounded bg-slate-100" />
                </div>
              )}
            </For>
          </div>
        </Show>

        <Show when={result() && total() === 0}>
          <div class="card px-6 py-14 text-center" data-testid="customers-empty">
            <Show
              when={search()}
              fallback={
                <>
                  <h2 class="text-base font-semibold text-slate-900">No customers yet</h2>
                  <p class="mx-auto mt-2 max-w-sm text-sm text-slate-600">
                    {canWrite()
                      ? 'Add the people and businesses you work for. Their contact details and job-site notes will be here for your whole team.'
                      : 'Your office adds customers here. Once they do, you will find their contact details and job-site notes in this list.'}
                  </p>
                  <Show when={canWrite()}>
                    <button type="button" class="btn-primary mt-5" onClick={() => setPanel({ kind: 'create' })} data-testid="customer-empty-new">
                      Add your first customer
                    </button>
                  </Show>
                </>
              }
            >
              <h2 class="text-base font-semibold text-slate-900">No customers match “{search()}”</h2>
              <p class="mt-2 text-sm text-slate-600">Check the spelling, or search by email or phone number instead.</p>
              <button type="button" class="btn-secondary mt-5" onClick={clearSearch} data-testid="customer-search-clear">
                Clear search
              </button>
            </Show>
          </div>
        </Show>

        <Show when={total() > 0}>
          <div class={`card overflow-x-auto transition-opacity ${loading() ? 'opacity-60' : ''}`} aria-busy={loading()}>
            <table class="min-w-full divide-y divide-slate-200 text-sm" data-testid="customers-table">
              <caption class="sr-only">Customers</caption>
              <thead class="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" class="px-4 py-3">Name</th>
                  <th scope="col" class="hidden px-4 py-3 md:table-cell">Email</th>
                  <th scope="col" class="hidden px-4 py-3 md:table-cell">Phone</th>
                  <th scope="col" class="hidden px-4 py-3 lg:table-cell">Address</th>
                  <th scope="col" class="hidden px-4 py-3 2xl:table-cell">Updated</th>
                  <th scope="col" class="px-4 py-3 text-right">
                    <span class="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody class="divide-y divide-slate-100 bg-white">
                <For each={rows()}>
                  {(customer) => (
                    <tr class="align-top hover:bg-slate-50" data-testid="customer-row" data-customer-id={customer.id}>
                      <td class="px-4 py-3 break-words md:min-w-44">
                        <a
                          href={`/crm/customers/view/?id=${encodeURIComponent(customer.id)}`}
                          class="font-medium text-slate-900 hover:text-brand-700 hover:underline"
                          data-testid="customer-name-cell"
                        >
                          {customer.name}
                        </a>
                        <div class="mt-0.5 space-y-0.5 text-xs text-slate-500 md:hidden">
                          <Show when={customer.email}>
                            <div>{customer.email}</div>
                          </Show>
                          <Show when={customer.phone}>
                            <div>{customer.phone}</div>
                          </Show>
                        </div>
                      </td>
                      <td class="hidden px-4 py-3 text-slate-600 md:table-cell">{customer.email ?? '—'}</td>
                      <td class="hidden px-4 py-3 whitespace-nowrap text-slate-600 md:table-cell">{customer.phone ?? '—'}</td>
                      <td class="hidden max-w-xs truncate px-4 py-3 text-slate-600 lg:table-cell">{customer.address ?? '—'}</td>
                      <td class="hidden px-4 py-3 whitespace-nowrap text-slate-500 2xl:table-cell">
                        {updatedFormat.format(new Date(customer.updatedAt))}
                      </td>
                      <td class="px-4 py-2 whitespace-nowrap">
                        <div class="flex flex-col items-end gap-1 sm:flex-row sm:items-center sm:justify-end">
                        <Show when={canWrite()}>
                          <button type="button" class="btn-ghost py-1.5" onClick={() => setPanel({ kind: 'edit', customer })} data-testid="customer-edit">
                            Edit<span class="sr-only"> {customer.name}</span>
                          </button>
                        </Show>
                        <Show when={canDelete()}>
                          <button type="button" class="btn-ghost py-1.5 text-red-600 hover:bg-red-50 hover:text-red-700" onClick={() => setDeleting(customer)} data-testid="customer-delete">
                            Delete<span class="sr-only"> {customer.name}</span>
                          </button>
                        </Show>
                        </div>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>

          <nav class="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600" aria-label="Customer pages" data-testid="customers-pagination">
            <p data-testid="customers-range">{rangeText()}</p>
            <Show when={pageCount() > 1}>
              <div class="flex items-center gap-2">
                <button type="button" class="btn-secondary py-1.5" disabled={page() <= 1 || loading()} onClick={() => setPage(page() - 1)} data-testid="customers-prev">
                  Previous
                </button>
                <span>
                  Page {page()} of {pageCount()}
                </span>
                <button type="button" class="btn-secondary py-1.5" disabled={page() >= pageCount() || loading()} onClick={() => setPage(page() + 1)} data-testid="customers-next">
                  Next
                </button>
              </div>
            </Show>
          </nav>
        </Show>
      </div>

      <CustomerPanel mode={panel()} onClose={() => setPanel(undefined)} onSaved={onSaved} />
      <ConfirmDelete subject={deleting()?.name} onConfirm={confirmDelete} onClose={() => setDeleting(undefined)} testId="customer-delete-dialog" />
      <Notice message={notice.message()} />
    </section>
  );
}

/** Keeps the search and page in the address bar, so a refresh or a shared link shows the same list. */
function syncUrl(search: string, page: number) {
  const url = new URL(window.location.href);
  if (search) url.searchParams.set('q', search);
  else url.searchParams.delete('q');
  if (page > 1) url.searchParams.set('page', String(page));
  else url.searchParams.delete('page');
  window.history.replaceState(null, '', url);
}
