import { Show } from 'solid-js';
import InvoiceList from './InvoiceList';
import { NotForRole } from '../bids/ListStates';
import CrmShell from '../CrmShell';

export default function InvoicesPage() {
  return (
    <CrmShell section="invoices">
      {(workspace) => (
        <Show when={workspace.role !== 'tech'} fallback={<NotForRole what="Invoices" />}>
          <InvoiceList />
        </Show>
      )}
    </CrmShell>
  );
}
