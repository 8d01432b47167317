import InvoiceList from './InvoiceList';
import CrmPage from '../CrmPage';

export default function InvoicesPage() {
  return (
    <CrmPage section="invoices" staffOnly="Invoices">
      {() => <InvoiceList />}
    </CrmPage>
  );
}
