import type { JSX } from 'solid-js';
import type { DocumentForm } from './documentForm';
import LineItemsEditor from './LineItemsEditor';
import { documentPaths, type DocumentNoun } from './paths';
import TotalsEditor from './TotalsEditor';
import { FormError } from '../fields';
import type { SavedDocument } from '../../../lib/types/bids';

interface DocumentEditorFormProps {
  /** What `createDocumentEditor` gives: which document, its money and its form state. */
  editor: { noun: DocumentNoun; document?: SavedDocument; money: DocumentForm; form: { formError: () => string; saving: () => boolean } };
  onSubmit: (event: SubmitEvent) => void;
  /** The save button of a new document, e.g. “Save bid”. */
  createLabel: string;
  /** The notes field, in its own card under the lines. */
  notes: JSX.Element;
  /** The cards above the lines: customer and the document's own fields. */
  children: JSX.Element;
}

/** A bid or invoice form: its own fields, the line items with live totals, notes, and Cancel / Save. */
export default function DocumentEditorForm(props: DocumentEditorFormProps) {
  const noun = () => props.editor.noun;
  const paths = () => documentPaths(noun());
  const form = () => props.editor.money;
  const saving = () => props.editor.form.saving();
  const existing = () => props.editor.document;
  return (
    <form class="space-y-6" novalidate onSubmit={(event) => props.onSubmit(event)} aria-busy={saving()} data-testid={`${noun()}-form`}>
      <FormError message={props.editor.form.formError()} testId={`${noun()}-form-error`} />
      {props.children}

      <div class="card p-5">
        <h2 class="mb-3 text-base font-semibold text-slate-900">Line items</h2>
        <LineItemsEditor lines={form().lines} setLines={form().setLines} errors={form().lineErrors()} disabled={saving()} />
        <div class="mt-6 border-t border-slate-200 pt-5">
          <TotalsEditor
            discount={form().discount()}
            taxRate={form().taxRate()}
            onDiscount={form().setDiscount}
            onTaxRate={form().setTaxRate}
            discountError={form().discountError()}
            taxRateError={form().taxRateError()}
            totals={form().totals()}
            disabled={saving()}
          />
        </div>
      </div>

      <div class="card p-5">{props.notes}</div>

      <div class="flex flex-wrap justify-end gap-3">
        <a class="btn-secondary" href={existing() ? paths().view(existing()!.id) : paths().list} data-testid={`${noun()}-cancel`}>
          Cancel
        </a>
        <button type="submit" class="btn-primary" disabled={saving()} data-testid={`${noun()}-save`}>
          {saving() ? 'Saving…' : existing() ? 'Save changes' : props.createLabel}
        </button>
      </div>
    </form>
  );
}
