import CustomerPicker, { type CustomerChoice } from '../CustomerPicker';
import { createDocumentEditor } from '../documents/documentEditor';
import DocumentEditorForm from '../documents/DocumentEditorForm';
import { TextAreaField, TextField } from '../fields';
import { todayIso } from '../../../lib/format';
import { optionalText } from '../../../lib/forms';
import type { Invoice, InvoiceInput } from '../../../lib/types/invoices';

const FIELDS = ['customerId', 'issueDate', 'dueDate', 'notes', 'discountCents', 'taxRateBps'] as const;

/** Writes an invoice from scratch or changes a draft: customer, dates, lines with live totals. */
export default function InvoiceEditor(props: { invoice?: Invoice; customer?: CustomerChoice }) {
  const editor = createDocumentEditor({
    noun: 'invoice',
    document: props.invoice,
    customer: props.customer,
    values: { issueDate: props.invoice?.issueDate ?? todayIso(), dueDate: props.invoice?.dueDate ?? '', notes: props.invoice?.notes ?? '' },
    fields: FIELDS,
    customerMessage: 'Pick the customer to bill.',
  });
  const { form } = editor;
  const submit = editor.onSubmit(
    () => {
      const { issueDate, dueDate } = form.values();
      return { dueDate: issueDate && dueDate && dueDate < issueDate ? 'The due date cannot be before the issue date.' : undefined };
    },
    (customerId, money) => {
      const values = form.values();
      const body: InvoiceInput = { customerId, notes: optionalText(values.notes), ...money };
      if (values.issueDate) body.issueDate = values.issueDate;
      if (values.dueDate) body.dueDate = values.dueDate;
      return body;
    },
  );

  return (
    <DocumentEditorForm
      editor={editor}
      onSubmit={submit}
      createLabel="Save invoice"
      notes={<TextAreaField id="invoice-notes" label="Notes for the customer" optional rows={3} maxLength={5000} hint="Payment instructions, thanks. Printed on the PDF." {...form.field('notes')} />}
    >
      <div class="card grid gap-5 p-5 sm:grid-cols-3">
        <div class="sm:col-span-3 lg:col-span-1">
          <CustomerPicker id="invoice-customer" value={editor.customer()} onChange={editor.setCustomer} error={form.errors().customerId} disabled={form.saving()} />
        </div>
        <TextField id="invoice-issue-date" label="Issue date" type="date" {...form.field('issueDate')} />
        <TextField id="invoice-due-date" label="Due date" optional type="date" hint="Blank: 30 days after the issue date." {...form.field('dueDate')} />
      </div>
    </DocumentEditorForm>
  );
}
