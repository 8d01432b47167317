import { Show } from 'solid-js';
import { createDownload } from '../../../lib/downloads';
import { todayIso } from '../../../lib/format';

interface CustomerListHeaderProps {
  companyName: string;
  canWrite: boolean;
  /** The list's current search, which the export follows. */
  search: string;
  onNew: () => void;
}

/** The customer list's title and its actions: new customer, CSV import (staff) and CSV export. */
export default function CustomerListHeader(props: CustomerListHeaderProps) {
  const csv = createDownload();
  const exporting = () => Boolean(csv.busy());
  const exportCsv = () => csv.start('/customers/export.csv', `customers-${todayIso()}.csv`, { search: props.search || undefined });

  return (
    <div>
      <div class="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="customers-heading" class="text-2xl font-bold tracking-tight text-slate-900">
            Customers
          </h1>
          <p class="mt-1 text-sm text-slate-600">Everyone {props.companyName} works for, in one list.</p>
        </div>
        <div class="flex flex-wrap gap-2">
          <button type="button" class="btn-secondary" disabled={exporting()} onClick={() => void exportCsv()} data-testid="customer-export" title={props.search ? 'Exports the customers matching the search' : undefined}>
            <Show when={exporting()}>
              <span class="size-4 animate-spin rounded-full border-2 border-slate-300 border-t-slate-700" aria-hidden="true" />
            </Show>
            {exporting() ? 'Exporting…' : props.search ? 'Export matches' : 'Export CSV'}
          </button>
          <Show when={props.canWrite}>
            <a class="btn-secondary" href="/crm/customers/import/" data-testid="customer-import">
              Import CSV
            </a>
            <button type="button" class="btn-primary" onClick={() => props.onNew()} data-testid="customer-new">
              <svg viewBox="0 0 20 20" class="size-4" fill="currentColor" aria-hidden="true">
                <path d="M10 4a1 1 0 0 1 1 1v4h4a1 1 0 1 1 0 2h-4v4a1 1 0 1 1-2 0v-4H5a1 1 0 1 1 0-2h4V5a1 1 0 0 1 1-1Z" />
              </svg>
              New customer
            </button>
          </Show>
        </div>
      </div>
      <Show when={csv.error()}>
        <p role="alert" class="mt-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="customer-export-error">
          The export failed: {csv.error()}
        </p>
      </Show>
    </div>
  );
}
