import { onMount, Show } from 'solid-js';
import InvoiceEditor from './InvoiceEditor';
import { createLoader } from '../bids/createLoader';
import { EmptyState, ListSkeleton, NotForRole } from '../bids/ListStates';
import CrmShell from '../CrmShell';
import { ErrorBanner } from '../Notice';
import { api } from '../../../lib/api';
import type { Customer } from '../../../lib/types';
import type { CustomerRef } from '../../../lib/types/bids';
import type { Invoice } from '../../../lib/types/invoices';

export default function InvoiceEditorPage() {
  return (
    <CrmShell section="invoices">
      {(workspace) => (
        <Show when={workspace.role !== 'tech'} fallback={<NotForRole what="Invoices" />}>
          <InvoiceEditorLoader />
        </Show>
      )}
    </CrmShell>
  );
}

/** `?id=` edits that draft; otherwise a new invoice, for `?customerId=` when given. */
function InvoiceEditorLoader() {
  const params = new URLSearchParams(window.location.search);
  const id = params.get('id');
  const customerId = params.get('customerId');
  const loader = createLoader(async (signal): Promise<{ invoice?: Invoice; customer?: CustomerRef }> => {
    if (id) return { invoice: await api<Invoice>(`/invoices/${encodeURIComponent(id)}`, { signal }) };
    if (customerId) {
      const customer = await api<Customer>(`/customers/${encodeURIComponent(customerId)}`, { signal });
      return { customer: { id: customer.id, name: customer.name, email: customer.email } };
    }
    return {};
  });
  onMount(() => void loader.load());
  const heading = () => {
    const invoice = loader.data()?.invoice;
    return invoice ? `Edit ${invoice.number}` : 'New invoice';
  };

  return (
    <section aria-labelledby="invoice-editor-heading" data-testid="invoice-editor">
      <a href={id ? `/crm/invoices/view/?id=${encodeURIComponent(id)}` : '/crm/invoices/'} class="text-sm font-medium text-slate-600 hover:text-slate-900">
        ← {id ? 'Back to the invoice' : 'All invoices'}
      </a>
      <h1 id="invoice-editor-heading" class="mt-3 mb-6 text-2xl font-bold tracking-tight text-slate-900">{heading()}</h1>
      <Show when={loader.error()}>
        <ErrorBanner message={loader.error()} onRetry={() => void loader.load()} testId="invoice-editor-error" />
      </Show>
      <Show when={!loader.data() && loader.loading()}>
        <ListSkeleton label="Loading…" testId="invoice-editor-loading" rows={3} />
      </Show>
      <Show when={loader.data()}>
        {(data) => (
          <Show
            when={!data().invoice || data().invoice?.status === 'draft'}
            fallback={
              <EmptyState title={`${data().invoice?.number} has been sent`} message="Only draft invoices can be edited, so what the customer received stays on record. Void it and write a new one to change the lines." testId="invoice-not-editable">
                <a class="btn-primary" href={`/crm/invoices/view/?id=${encodeURIComponent(data().invoice?.id ?? '')}`}>Open the invoice</a>
              </EmptyState>
            }
          >
            <InvoiceEditor invoice={data().invoice} customer={data().customer} />
          </Show>
        )}
      </Show>
    </section>
  );
}
