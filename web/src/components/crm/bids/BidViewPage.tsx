import { Show } from 'solid-js';
import BidView from './BidView';
import { EmptyState, NotForRole } from './ListStates';
import CrmShell from '../CrmShell';

export default function BidViewPage() {
  // Read only once the shell is up: the island's first render happens at build time, without a window.
  const id = () => new URLSearchParams(window.location.search).get('id') ?? '';
  return (
    <CrmShell section="bids">
      {(workspace) => (
        <Show when={workspace.role !== 'tech'} fallback={<NotForRole what="Bids" />}>
          <Show when={id()} fallback={<MissingId />}>
            {(bidId) => <BidView id={bidId()} />}
          </Show>
        </Show>
      )}
    </CrmShell>
  );
}

function MissingId() {
  return (
    <EmptyState title="Which bid?" message="This link does not say which bid to open. Pick one from the list." testId="bid-missing">
      <a class="btn-primary" href="/crm/bids/">All bids</a>
    </EmptyState>
  );
}
