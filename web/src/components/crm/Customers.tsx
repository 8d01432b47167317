import { createEffect, createSignal, For, on, onCleanup, Show } from 'solid-js';
import ConfirmDelete from './ConfirmDelete';
import CustomerPanel, { type PanelMode } from './CustomerPanel';
import CustomerListHeader from './customers/CustomerListHeader';
import { EmptyState, ListBody, Pager } from './ListStates';
import ListTable from './ListTable';
import { createNotice, Notice } from './Notice';
import SearchBox from './SearchBox';
import { pageParam, syncQuery } from '../../lib/addressBar';
import { api, errorMessage } from '../../lib/api';
import { customerHref } from '../../lib/navigation';
import { can, type Customer, type Paged, type Workspace } from '../../lib/types';

const PAGE_SIZE = 25;

const COLUMNS = [
  { label: 'Name' },
  { label: 'Email', class: 'hidden md:table-cell' },
  { label: 'Phone', class: 'hidden md:table-cell' },
  { label: 'Address', class: 'hidden lg:table-cell' },
  { label: 'Updated', class: 'hidden 2xl:table-cell' },
  { label: 'Actions', class: 'text-right', srOnly: true },
];

const updatedFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });

/** The customer list: search, pages, and the panels to add, edit and delete. */
export default function Customers(props: { workspace: Workspace }) {
  const initial = new URLSearchParams(window.location.search);
  const [search, setSearch] = createSignal((initial.get('q') ?? '').trim());
  const [page, setPage] = createSignal(pageParam(initial));
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
    syncQuery({ q: search(), page: page() });
    void load();
  }));
  onCleanup(() => controller?.abort());

  const applySearch = (value: string) => {
    if (value === search()) return;
    setSearch(value);
    setPage(1);
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

  return (
    <section aria-labelledby="customers-heading" data-testid="customers">
      <CustomerListHeader
        companyName={props.workspace.company.name}
        canWrite={canWrite()}
        search={search()}
        onNew={() => setPanel({ kind: 'create' })}
      />

      <SearchBox id="customer-search" label="Search customers" placeholder="Search by name, email or phone" value={search()} onSearch={applySearch} class="mt-6 w-full max-w-md" />

      <div class="mt-4">
        <ListBody
          list={{ data: result, loading, error: loadError, reload: load }}
          testPrefix="customers"
          loadingLabel="Loading customers…"
          empty={
            <Show
              when={search()}
              fallback={
                <EmptyState
                  title="No customers yet"
                  testId="customers-empty"
                  action={
                    <Show when={canWrite()}>
                      <button type="button" class="btn-primary" onClick={() => setPanel({ kind: 'create' })} data-testid="customer-empty-new">
                        Add your first customer
                      </button>
                    </Show>
                  }
                >
                  {canWrite()
                    ? 'Add the people and businesses you work for. Their contact details and job-site notes will be here for your whole team.'
                    : 'Your office adds customers here. Once they do, you will find their contact details and job-site notes in this list.'}
                </EmptyState>
              }
            >
              <EmptyState
                title={`No customers match “${search()}”`}
                testId="customers-empty"
                action={
                  <button type="button" class="btn-secondary" onClick={() => applySearch('')} data-testid="customer-search-clear">
                    Clear search
                  </button>
                }
              >
                Check the spelling, or search by email or phone number instead.
              </EmptyState>
            </Show>
          }
        >
          <ListTable caption="Customers" testId="customers-table" columns={COLUMNS} busy={loading()}>
            <For each={rows()}>
              {(customer) => (
                <tr class="align-top hover:bg-slate-50" data-testid="customer-row" data-customer-id={customer.id}>
                  <td class="px-4 py-3 break-words md:min-w-44">
                    <a
                      href={customerHref(customer.id)}
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
          </ListTable>

          <Pager page={page()} pageSize={PAGE_SIZE} total={total()} shown={rows().length} busy={loading()} onPage={setPage} label="Customer pages" testPrefix="customers" />
        </ListBody>
      </div>

      <CustomerPanel mode={panel()} onClose={() => setPanel(undefined)} onSaved={onSaved} />
      <ConfirmDelete subject={deleting()?.name} onConfirm={confirmDelete} onClose={() => setDeleting(undefined)} testId="customer-delete-dialog" />
      <Notice message={notice.message()} />
    </section>
  );
}
