import InvoiceEditor from './InvoiceEditor';
import DocumentEditorPage from '../documents/DocumentEditorPage';
import type { Invoice } from '../../../lib/types/invoices';

export default function InvoiceEditorPage() {
  return (
    <DocumentEditorPage<Invoice>
      noun="invoice"
      what="Invoices"
      notEditable={(invoice) => ({
        title: `${invoice.number} has been sent`,
        message: 'Only draft invoices can be edited, so what the customer received stays on record. Void it and write a new one to change the lines.',
      })}
    >
      {(loaded) => <InvoiceEditor invoice={loaded.document} customer={loaded.customer} />}
    </DocumentEditorPage>
  );
}
