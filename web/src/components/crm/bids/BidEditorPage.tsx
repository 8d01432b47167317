import { onMount, Show } from 'solid-js';
import BidEditor from './BidEditor';
import { createLoader } from './createLoader';
import { EmptyState, ListSkeleton, NotForRole } from './ListStates';
import CrmShell from '../CrmShell';
import { ErrorBanner } from '../Notice';
import { api } from '../../../lib/api';
import type { Customer } from '../../../lib/types';
import type { Bid, CustomerRef } from '../../../lib/types/bids';

export default function BidEditorPage() {
  return (
    <CrmShell section="bids">
      {(workspace) => (
        <Show when={workspace.role !== 'tech'} fallback={<NotForRole what="Bids" />}>
          <BidEditorLoader />
        </Show>
      )}
    </CrmShell>
  );
}

/** `?id=` edits that draft; otherwise a new bid, for `?customerId=` when given. */
function BidEditorLoader() {
  const params = new URLSearchParams(window.location.search);
  const id = params.get('id');
  const customerId = params.get('customerId');
  const loader = createLoader(async (signal): Promise<{ bid?: Bid; customer?: CustomerRef }> => {
    if (id) return { bid: await api<Bid>(`/bids/${encodeURIComponent(id)}`, { signal }) };
    if (customerId) {
      const customer = await api<Customer>(`/customers/${encodeURIComponent(customerId)}`, { signal });
      return { customer: { id: customer.id, name: customer.name, email: customer.email } };
    }
    return {};
  });
  onMount(() => void loader.load());

  const heading = () => {
    const bid = loader.data()?.bid;
    return bid ? `Edit ${bid.number}` : 'New bid';
  };

  return (
    <section aria-labelledby="bid-editor-heading" data-testid="bid-editor">
      <a href={id ? `/crm/bids/view/?id=${encodeURIComponent(id)}` : '/crm/bids/'} class="text-sm font-medium text-slate-600 hover:text-slate-900">
        ← {id ? 'Back to the bid' : 'All bids'}
      </a>
      <h1 id="bid-editor-heading" class="mt-3 mb-6 text-2xl font-bold tracking-tight text-slate-900">{heading()}</h1>
      <Show when={loader.error()}>
        <ErrorBanner message={loader.error()} onRetry={() => void loader.load()} testId="bid-editor-error" />
      </Show>
      <Show when={!loader.data() && loader.loading()}>
        <ListSkeleton label="Loading…" testId="bid-editor-loading" rows={3} />
      </Show>
      <Show when={loader.data()}>
        {(data) => (
          <Show
            when={!data().bid || data().bid?.status === 'draft'}
            fallback={
              <EmptyState title={`${data().bid?.number} is ${data().bid?.status}`} message="Only drafts can be edited, so what the customer saw stays on record. Duplicate it to change the lines." testId="bid-not-editable">
                <a class="btn-primary" href={`/crm/bids/view/?id=${encodeURIComponent(data().bid?.id ?? '')}`}>Open the bid</a>
              </EmptyState>
            }
          >
            <BidEditor bid={data().bid} customer={data().customer} />
          </Show>
        )}
      </Show>
    </section>
  );
}
