import ImportWizard from './ImportWizard';
import CrmShell from '../CrmShell';
import { EmptyState } from '../ListStates';
import { can } from '../../../lib/types';

/** `/crm/customers/import/`: the CSV import wizard, for staff. */
export default function CustomerImportPage() {
  return (
    <CrmShell section="customers">
      {(workspace) =>
        can.writeCustomers(workspace.role) ? (
          <ImportWizard />
        ) : (
          <EmptyState title="Importing is for the office" testId="import-forbidden" action={<a class="btn-secondary" href="/crm/customers/">Back to customers</a>}>
            Owners, admins and office staff import customer lists. Ask them to add the customers you need.
          </EmptyState>
        )
      }
    </CrmShell>
  );
}
