import { Show } from 'solid-js';
import BidList from './BidList';
import { NotForRole } from './ListStates';
import CrmShell from '../CrmShell';

export default function BidsPage() {
  return (
    <CrmShell section="bids">
      {(workspace) => (
        <Show when={workspace.role !== 'tech'} fallback={<NotForRole what="Bids" />}>
          <BidList />
        </Show>
      )}
    </CrmShell>
  );
}
