import CustomerDetail from './CustomerDetail';
import RecordPage from '../RecordPage';

/** `/crm/customers/view/?id=…`: one customer with everything the company knows about them. */
export default function CustomerDetailPage() {
  return (
    <RecordPage
      section="customers"
      missing={{ title: 'No customer chosen', message: 'Open a customer from the list to see their details.', testId: 'customer-missing', href: '/crm/customers/', linkLabel: 'Go to customers' }}
    >
      {(workspace, id) => <CustomerDetail workspace={workspace} customerId={id} />}
    </RecordPage>
  );
}
