import { createEffect, createMemo, on, Show } from 'solid-js';
import CustomerPicker, { type CustomerChoice } from '../CustomerPicker';
import { createDocumentEditor } from '../documents/documentEditor';
import DocumentEditorForm from '../documents/DocumentEditorForm';
import { SelectField, TextAreaField, TextField } from '../fields';
import { createJobCategories, OTHER_WORK } from '../jobs/categories';
import { optionalText } from '../../../lib/forms';
import { tradeLabel } from '../../../lib/types';
import type { Bid, BidInput } from '../../../lib/types/bids';

const FIELDS = ['customerId', 'title', 'trade', 'jobCategory', 'validUntil', 'notes', 'discountCents', 'taxRateBps'] as const;

/** Writes a new bid or changes a draft: customer, the kind of work, lines with live totals, discount and tax. */
export default function BidEditor(props: { bid?: Bid; customer?: CustomerChoice }) {
  const editor = createDocumentEditor({
    noun: 'bid',
    document: props.bid,
    customer: props.customer,
    values: {
      title: props.bid?.title ?? '',
      trade: props.bid?.trade ?? '',
      jobCategory: props.bid?.jobCategory ?? '',
      validUntil: props.bid?.validUntil ?? '',
      notes: props.bid?.notes ?? '',
    },
    fields: FIELDS,
    customerMessage: 'Pick the customer this bid is for.',
  });
  const { form } = editor;
  // A bid made for a job is filed under the job's trade and kind of work.
  const linkedToJob = Boolean(props.bid?.jobId);
  const categories = createJobCategories();
  const trade = createMemo(() => form.values().trade);
  const tradeOptions = () => {
    const own = categories.companyTrades();
    return (trade() && !own.includes(trade()) ? [...own, trade()] : own).map((value) => ({ value, label: tradeLabel(value) }));
  };
  // Without a trade a bid counts in no pattern: start with the company's first.
  createEffect(
    on(categories.loaded, (loaded) => {
      if (loaded && !trade() && !linkedToJob) form.set({ trade: categories.companyTrades()[0] ?? '' });
    }),
  );
  createEffect(
    on(trade, (next) => {
      const chosen = form.values().jobCategory;
      if (chosen && categories.loaded() && !categories.forTrade(next).some((category) => category.slug === chosen)) form.set({ jobCategory: '' });
    }, { defer: true }),
  );

  const submit = editor.onSubmit(
    () => ({}),
    (customerId, money): BidInput => {
      const values = form.values();
      const work = linkedToJob ? {} : { trade: values.trade || null, jobCategory: values.jobCategory || null };
      return { customerId, title: optionalText(values.title), ...work, validUntil: values.validUntil || null, notes: optionalText(values.notes), ...money };
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
        <Show
          when={!linkedToJob}
          fallback={
            <p class="self-end text-sm text-slate-500" data-testid="bid-work-from-job">
              Trade and kind of work come from the job this bid is for.
            </p>
          }
        >
          {/* Rendered once the lists are in, so a draft's choices are selected. */}
          <Show when={categories.loaded()} fallback={<SelectField id="bid-category" label="Kind of work" optional placeholder={categories.error() ? 'Could not load the list' : 'Loading…'} options={[]} value="" onValue={() => undefined} />}>
            <Show when={tradeOptions().length > 1}>
              <SelectField id="bid-trade" label="Trade" options={tradeOptions()} {...form.field('trade')} />
            </Show>
            <SelectField
              id="bid-category"
              label="Kind of work"
              optional
              placeholder={OTHER_WORK}
              options={categories.options(trade(), form.values().jobCategory)}
              hint="Lets Z compare the price with similar bids."
              {...form.field('jobCategory')}
            />
          </Show>
        </Show>
        <TextField id="bid-valid-until" label="Valid until" optional type="date" {...form.field('validUntil')} />
      </div>
    </DocumentEditorForm>
  );
}
