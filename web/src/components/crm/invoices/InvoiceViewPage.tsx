import { Show } from 'solid-js';
import InvoiceView from './InvoiceView';
import { EmptyState, NotForRole } from '../bids/ListStates';
import CrmShell from '../CrmShell';

export default function InvoiceViewPage() {
  // Read only once the shell is up: the island's first render happens at build time, without a window.
  const id = () => new URLSearchParams(window.location.search).get('id') ?? '';
  return (
    <CrmShell section="invoices">
      {(workspace) => (
        <Show when={workspace.role !== 'tech'} fallback={<NotForRole what="Invoices" />}>
          <Show
            when={id()}
            fallback={
              <EmptyState title="Which invoice?" message="This link does not say which invoice to open. Pick one from the list." testId="invoice-missing">
                <a class="btn-primary" href="/crm/invoices/">All invoices</a>
              </EmptyState>
            }
          >
            {(invoiceId) => <InvoiceView id={invoiceId()} />}
          </Show>
        </Show>
      )}
    </CrmShell>
  );
}
