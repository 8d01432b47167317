import InvoiceView from './InvoiceView';
import DocumentViewPage from '../documents/DocumentViewPage';

export default function InvoiceViewPage() {
  return (
    <DocumentViewPage noun="invoice" what="Invoices">
      {(id) => <InvoiceView id={id} />}
    </DocumentViewPage>
  );
}
