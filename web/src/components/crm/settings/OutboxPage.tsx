import Outbox from './Outbox';
import SettingsPage from './SettingsPage';
import { EmptyState } from '../ListStates';

export default function OutboxPage() {
  return (
    <SettingsPage tab="outbox">
      {(workspace) =>
        workspace.role === 'tech' ? (
          <EmptyState title="The outbox is for the office" testId="outbox-forbidden">
            Owners, admins and office staff see the emails sent to customers. Ask the office if a customer did not get something.
          </EmptyState>
        ) : (
          <Outbox />
        )
      }
    </SettingsPage>
  );
}
