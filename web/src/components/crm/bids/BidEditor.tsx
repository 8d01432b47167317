import CustomerPicker, { type CustomerChoice } from '../CustomerPicker';
import { createDocumentEditor } from '../documents/documentEditor';
import DocumentEditorForm from '../documents/DocumentEditorForm';
import { TextAreaField, TextField } from '../fields';
import { optionalText } from '../../../lib/forms';
import type { Bid, BidInput } from '../../../lib/types/bids';

const FIELDS = ['customerId', 'title', 'validUntil', 'notes', 'discountCents', 'taxRateBps'] as const;

/** Writes a new bid or changes a draft: customer, lines with live totals, discount and tax. */
export default function BidEditor(props: { bid?: Bid; customer?: CustomerChoice }) {
  const editor = createDocumentEditor({
    noun: 'bid',
    document: props.bid,
    customer: props.customer,
    values: { title: props.bid?.title ?? '', validUntil: props.bid?.validUntil ?? '', notes: props.bid?.notes ?? '' },
    fields: FIELDS,
    customerMessage: 'Pick the customer this bid is for.',
  });
  const { form } = editor;
  const submit = editor.onSubmit(
    () => ({}),
    (customerId, money): BidInput => {
      const values = form.values();
      return { customerId, title: optionalText(values.title), validUntil: values.validUntil || null, notes: optionalText(values.notes), ...money };
    },
  );

  return (
    <DocumentEditorForm
      editor={editor}
      onSubmit={submit}
      createLabel="Save bid"
      notes={<TextAreaField id="bid-notes" label="Notes for the customer" optional rows={3} maxLength={5000} hint="Scope, exclusions, payment terms. Printed on the PDF." {...form.field('notes')} />}
    >
      <div class="card grid gap-5 p-5 sm:grid-cols-2">
        <CustomerPicker id="bid-customer" value={editor.customer()} onChange={editor.setCustomer} error={form.errors().customerId} disabled={form.saving()} />
        <TextField id="bid-title" label="Title" optional maxLength={200} placeholder="200A panel upgrade" {...form.field('title')} />
        <TextField id="bid-valid-until" label="Valid until" optional type="date" {...form.field('validUntil')} />
      </div>
    </DocumentEditorForm>
  );
}
