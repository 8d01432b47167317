import Outbox from './Outbox';
import SettingsLayout from './SettingsLayout';
import CrmShell from '../CrmShell';
import { EmptyState } from '../jobs/ListStates';

export default function OutboxPage() {
  return (
    <CrmShell section="settings">
      {(workspace) => (
        <SettingsLayout tab="outbox" role={workspace.role}>
          {workspace.role === 'tech' ? (
            <EmptyState title="The outbox is for the office" testId="outbox-forbidden">
              Owners, admins and office staff see the emails sent to customers. Ask the office if a customer did not get something.
            </EmptyState>
          ) : (
            <Outbox />
          )}
        </SettingsLayout>
      )}
    </CrmShell>
  );
}
