import { createSignal } from 'solid-js';
import { createDocumentForm } from './documentForm';
import { documentPaths, type DocumentNoun } from './paths';
import type { CustomerChoice } from '../CustomerPicker';
import { saveRecord } from '../../../lib/api';
import { createFormState } from '../../../lib/formState';
import type { LineItemInput, SavedDocument } from '../../../lib/types/bids';

/** The money part of a request body, as the editor checked it. */
export interface MoneyInput {
  lines: LineItemInput[];
  discountCents: number;
  taxRateBps: number;
}

interface DocumentEditorOptions<D extends SavedDocument, V extends Record<string, string>> {
  noun: DocumentNoun;
  /** The draft being changed; a new document without it. */
  document?: D;
  /** The customer a new document starts with (`?customerId=`). */
  customer?: CustomerChoice;
  /** The document's own fields as typed (title, dates, notes). */
  values: V;
  /** The body fields whose API messages belong beside an input. */
  fields: readonly string[];
  /** Said when no customer is chosen. */
  customerMessage: string;
}

/**
 * The state of a bid or invoice editor: customer, its own fields, lines and totals, and the
 * submit that checks them, saves the draft and opens what was saved.
 */
export function createDocumentEditor<D extends SavedDocument, V extends Record<string, string>>(options: DocumentEditorOptions<D, V>) {
  const paths = documentPaths(options.noun);
  const form = createFormState(options.values);
  const money = createDocumentForm(options.document);
  const [customer, setCustomer] = createSignal<CustomerChoice | undefined>(options.document ? options.document.customer : options.customer);

  /**
   * A submit handler: checks the customer, the money and `checks()` (the other fields'
   * messages), then saves `body(customerId, money)` and opens the saved document.
   */
  const onSubmit = (checks: () => Record<string, string | undefined>, body: (customerId: string, money: MoneyInput) => object) =>
    form.onSubmit(async () => {
      const amounts = money.check();
      const chosen = customer();
      const valid = form.check({ customerId: chosen ? undefined : options.customerMessage, ...checks() });
      if (!amounts || !chosen || !valid) {
        form.setFormError('Please fix the highlighted fields.');
        return;
      }
      const saved = await form.save(() => saveRecord<D>(paths.api(), options.document?.id, body(chosen.id, amounts)), options.fields, { onError: money.placeFailure });
      if (saved) window.location.assign(`${paths.view(saved.id)}&saved=${options.document ? 'updated' : 'created'}`);
    });

  return { noun: options.noun, document: options.document, form, money, customer, setCustomer, onSubmit };
}
