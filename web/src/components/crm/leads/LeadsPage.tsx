import { Show } from 'solid-js';
import LeadBoard from './LeadBoard';
import { NotForRole } from '../bids/ListStates';
import CrmShell from '../CrmShell';

export default function LeadsPage() {
  return (
    <CrmShell section="leads">
      {(workspace) => (
        <Show when={workspace.role !== 'tech'} fallback={<NotForRole what="Leads" />}>
          <LeadBoard workspace={workspace} />
        </Show>
      )}
    </CrmShell>
  );
}
