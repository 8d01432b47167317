import CustomerDetail from './CustomerDetail';
import CrmShell from '../CrmShell';
import { EmptyState } from '../jobs/ListStates';

/** `/crm/customers/view/?id=…`: one customer with everything the company knows about them. */
export default function CustomerDetailPage() {
  return (
    <CrmShell section="customers">
      {(workspace) => {
        // Read in the browser only: the page is pre-rendered without a window.
        const id = new URLSearchParams(window.location.search).get('id');
        return id ? (
          <CustomerDetail workspace={workspace} customerId={id} />
        ) : (
          <EmptyState title="No customer chosen" testId="customer-missing" action={<a class="btn-primary" href="/crm/customers/">Go to customers</a>}>
            Open a customer from the list to see their details.
          </EmptyState>
        );
      }}
    </CrmShell>
  );
}
