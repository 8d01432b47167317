import CrmShell from './CrmShell';
import Customers from './Customers';

export default function CustomersPage() {
  return <CrmShell section="customers">{(workspace) => <Customers workspace={workspace} />}</CrmShell>;
}
